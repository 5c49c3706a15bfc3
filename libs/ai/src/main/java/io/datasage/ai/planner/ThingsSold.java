package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/**
 * "fish sold per month", "neon tetras sold per week" beside QTY and LINE_AMT_GBP: the things sold, named by a word
 * no column reads, by a value or by the plural of their own column, are counted by the file's one quantity, not
 * measured by its money.
 */
final class ThingsSold {

    /** Participles of selling. */
    private static final Set<String> SOLD = Set.of("sold", "bought", "purchased");

    private ThingsSold() {}

    /** Reads "sold" after the things sold as the file's one quantity. */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        // The file's one quantity, and one that adds up (not a Qty per pack).
        ColumnInfo quantity = index.quantityMeasure;
        if (quantity == null || !quantity.additive()) {
            return;
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part things = parts.get(k - 1);
            // "plants sold per month" beside PLANT: the plural of the things' own column names them too.
            boolean thingColumn = things.kind == Part.Kind.COLUMN
                    && things.end - things.start == 1
                    && tokens.get(things.start).isPlural()
                    && things.column().role() == ColumnRole.CATEGORY;
            boolean named = things.end == p.start
                    && (things.kind == Part.Kind.WORD
                                    && !tokens.get(things.start).isNumber()
                            || things.kind == Part.Kind.VALUE
                            || thingColumn);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || !SOLD.contains(tokens.get(p.start).word())
                    || !named) {
                continue;
            }
            parts.set(k, PhraseRewrites.asColumn(p, quantity, Quality.SYNONYM, 0.9));
            if (thingColumn) {
                parts.set(k - 1, PhraseRewrites.understoodWord(things.start, tokens));
            }
        }
    }
}
