package io.datasage.ai.planner;

/** Finds the column behind a concept word used by superlatives and sign words ("best selling" -> Quantity). */
final class Concepts {

    private Concepts() {}

    /**
     * The measure for {@code concepts}, alternatives separated by "|" ("quantity|sales"), or null. "count" is not a
     * column: callers count rows for it.
     */
    static ColumnInfo measure(String concepts, SchemaIndex index) {
        if (concepts == null) {
            return null;
        }
        for (String concept : concepts.split("\\|")) {
            ColumnInfo best = null;
            for (ColumnInfo c : index.columns) {
                if (!c.isNumeric() || c.role() == ColumnRole.ID) {
                    continue;
                }
                if (c.core().contains(concept) || c.groups().contains(concept)) {
                    if (best == null || (c.isMeasure() && !best.isMeasure())) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        for (String concept : concepts.split("\\|")) {
            if (index.topic.groups().contains(concept) && index.topic.measure() != null) {
                // "happiest" in the World Happiness Report: the dataset's main measure.
                return index.topic.measure();
            }
        }
        return null;
    }
}
