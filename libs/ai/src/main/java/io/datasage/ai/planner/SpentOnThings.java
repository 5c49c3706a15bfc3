package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "total spent on materials" beside materials_cost_gbp and final_price_gbp: the money spent on things is their cost,
 * though the plural alone names the things, and the verb is no sales column of its own.
 */
final class SpentOnThings {

    /** Verbs of spending. */
    private static final Set<String> SPENDING = Set.of("spent", "spend", "spending", "paid", "pay");

    /** Last words of a measure that is the money spent on the thing its first word names. */
    private static final Set<String> COSTS = Set.of("cost", "costs", "spend", "price", "charge");

    private SpentOnThings() {}

    /** The costs of the thing named at {@code i} right after "spent on" or "paid for", not yet among {@code found}. */
    static List<ColumnMatcher.Hit> costs(List<Token> tokens, int i, SchemaIndex index, List<ColumnMatcher.Hit> found) {
        List<ColumnMatcher.Hit> out = new ArrayList<>();
        if (i < 2 || !spentOn(tokens.get(i - 2), tokens.get(i - 1))) {
            return out;
        }
        for (ColumnInfo c : index.columns) {
            if (costOf(tokens.get(i), c) && found.stream().noneMatch(h -> h.column() == c)) {
                out.add(new ColumnMatcher.Hit(c, 1, Quality.EXACT, 0.95));
            }
        }
        return out;
    }

    /**
     * Reads the spending verb before a cost it names as understood, not as the sales column it is a synonym of; and
     * "total" right before "spent on" as the sum, not a Total (£) column ("total spent on drugs for cats").
     */
    static void verbs(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && "total".equals(tokens.get(p.start).word())
                    && p.end + 1 < tokens.size()
                    && spentOn(tokens.get(p.end), tokens.get(p.end + 1))) {
                parts.set(k, Part.cue(p.start, p.end, p.text, Cue.AGG, "sum"));
                continue;
            }
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end + 1
                    && spentOn(tokens.get(p.start), tokens.get(p.end))
                    && costOf(tokens.get(next.start), next.column())) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /** Whether two words say money goes to what follows ("spent on", "paid for"). */
    private static boolean spentOn(Token verb, Token preposition) {
        return SPENDING.contains(verb.word()) && ("on".equals(preposition.word()) || "for".equals(preposition.word()));
    }

    /** Whether a measure is the money of the thing a word names ("material cost" for "materials"). */
    private static boolean costOf(Token t, ColumnInfo c) {
        return c.isMeasure()
                && c.core().size() == 2
                && c.core().get(0).equals(t.stem())
                && COSTS.contains(c.core().get(1));
    }
}
