package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** Things counted by a deed that a quantity's name holds: "candles poured" over QTY_POURED, "units we shipped". */
final class QuantityParticiples {

    /** First words of a quantity's name before its participle (QTY_POURED, units_sold, No Shipped). */
    private static final Set<String> QUANTITY_WORDS = Words.set("qty quantity units no num number count");

    private QuantityParticiples() {}

    /** Whether {@code c} is a quantity named by a word of quantity and a participle (QTY_POURED, units_sold). */
    static boolean isQuantity(ColumnInfo c) {
        return c.isMeasure()
                && c.additive()
                && c.core().size() == 2
                && QUANTITY_WORDS.contains(c.core().get(0))
                && Words.isParticiple(c.core().get(1));
    }

    /** Whether {@code c} adds up a number of {@code thing}s (qty_balls for "ball", Units Sold for "unit"). */
    static boolean countsThings(ColumnInfo c, String thing) {
        return c.isMeasure()
                && c.additive()
                && c.core().size() >= 2
                && QUANTITY_WORDS.contains(c.core().get(0))
                && c.core().contains(thing);
    }

    /**
     * "candles poured by scent", "how many candles did we pour" beside QTY_POURED: a plural the data does not name,
     * then (after "did we") the verb of the one quantity named "qty" and its participle, is that quantity.
     */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        namedWithTheirDeed(parts, tokens);
        amountsOfTheUnit(parts, tokens);
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD
                    || p.end - p.start != 1
                    || !tokens.get(p.start).isPlural()) {
                continue;
            }
            int v = p.end;
            while (v < tokens.size()
                    && CountedPhrases.AUXILIARIES.contains(tokens.get(v).word())) {
                v++;
            }
            if (v >= tokens.size()) {
                continue;
            }
            String verb = tokens.get(v).word();
            ColumnInfo quantity = SchemaIndex.only(
                    index.columns,
                    c -> isQuantity(c)
                            && (c.core().get(1).equals(verb)
                                    || Words.bases(c.core().get(1)).contains(verb)));
            int j = Parts.covering(parts, v);
            if (quantity == null
                    || j < 0
                    || parts.get(j).end - parts.get(j).start != 1
                    || parts.get(j).isCue()) {
                continue;
            }
            parts.set(j, PhraseRewrites.columnAt(tokens, v, quantity, Quality.PARTIAL, 0.8));
        }
    }

    /**
     * "hectares sprayed by crop" beside RATE_L_HA, HA_SPRAYED and CHG_PER_HA: a word that partly names several
     * measures, then a participle only one of them holds, is that one measure, named with its deed.
     */
    private static void namedWithTheirDeed(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.columns.size() < 2
                    || p.end - p.start != 1
                    || next.kind != Part.Kind.WORD
                    || next.start != p.end
                    || next.end - next.start != 1
                    || !Words.isParticiple(tokens.get(next.start).word())) {
                continue;
            }
            String deed = tokens.get(next.start).word();
            List<ColumnMatcher.Hit> holding = p.columns.stream()
                    .filter(h -> h.column().isMeasure() && h.column().core().contains(deed))
                    .toList();
            if (holding.size() == 1) {
                parts.set(k, PhraseRewrites.spanning(p, next, holding.get(0).column(), Quality.EXACT, 0.95));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "hectares by crop" beside HA_SPRAYED, RATE_L_HA and CHG_PER_HA: a unit that opens the name of one measure and
     * closes the others (rates per hectare) is that measure, the amount counted in it.
     */
    private static void amountsOfTheUnit(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.columns.size() < 2
                    || p.end - p.start != 1
                    || !ColumnMatcher.namesUnit(tokens.get(p.start))) {
                continue;
            }
            List<ColumnMatcher.Hit> opening = p.columns.stream()
                    .filter(h -> h.column().isMeasure()
                            && h.column().core().size() > 1
                            && ColumnMatcher.writesUnit(h.column().core().get(0), tokens.get(p.start)))
                    .toList();
            if (opening.size() == 1) {
                parts.set(k, PhraseRewrites.withFirst(p, opening.get(0)));
            }
        }
    }
}
