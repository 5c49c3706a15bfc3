package io.datasage.ai.planner;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells apart two columns whose names differ only by a symbol or a unit: GOLDS_# (how many) beside GOLD_% (what share),
 * DISC_GBP (money) beside DISC % (a rate).
 */
final class SymbolTwins {

    /** Words after a name that ask for its share. */
    private static final Set<String> PERCENT_WORDS = Words.set("% percent percentage pct");

    private SymbolTwins() {}

    /**
     * "gold %" is GOLD_%, the percent sign read with the name; "total golds" is GOLDS_#, a plural counting things
     * and never a share.
     */
    static void read(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2) {
                continue;
            }
            ColumnInfo first = p.columns.get(0).column();
            ColumnInfo share = null;
            ColumnInfo count = null;
            for (ColumnMatcher.Hit h : p.columns) {
                ColumnInfo c = h.column();
                if (h.quality() != Quality.EXACT || !c.core().equals(first.core())) {
                    continue;
                }
                if (c.name().contains("%")) {
                    share = c;
                } else {
                    count = c;
                }
            }
            if (share == null || count == null) {
                continue;
            }
            boolean percentNext = p.end < tokens.size()
                    && PERCENT_WORDS.contains(tokens.get(p.end).raw().toLowerCase(Locale.ROOT));
            if (percentNext) {
                // The sign may have been read as a part of its own, or as nothing.
                Part next = Parts.at(parts, k + 1);
                if (next != null && next.start == p.end && next.end == p.end + 1) {
                    parts.remove(k + 1);
                }
                String text = p.text + " " + tokens.get(p.end).raw();
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                p.end + 1,
                                text,
                                List.of(new ColumnMatcher.Hit(share, p.end + 1 - p.start, Quality.EXACT, 1.0))));
            } else if (tokens.get(p.end - 1).isPlural() || MeasureKinds.money(count.schema(), count.words())) {
                // "total discount given away" beside DISC % and DISC_GBP: without the sign, the money, not the rate.
                parts.set(k, PhraseRewrites.asColumn(p, count, Quality.EXACT, 1.0));
            }
        }
    }
}
