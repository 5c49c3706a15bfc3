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

    /**
     * "candles poured by scent", "how many candles did we pour" beside QTY_POURED: a plural the data does not name,
     * then (after "did we") the verb of the one quantity named "qty" and its participle, is that quantity.
     */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
}
