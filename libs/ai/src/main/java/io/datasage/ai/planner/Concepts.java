package io.datasage.ai.planner;

/** Finds the column behind a concept word used by superlatives and sign words ("best selling" -> Quantity). */
final class Concepts {

    private Concepts() {}

    /**
     * The measure for {@code concepts}, alternatives separated by "|" ("quantity|sales"), or null. "count" is not a
     * column: callers count rows for it.
     */
    static ColumnInfo measure(String concepts, SchemaIndex index) {
        return measure(concepts, index, null);
    }

    /**
     * Like {@link #measure(String, SchemaIndex)}; among several columns of a concept, the one sharing a word with
     * {@code q} ("which agent answers fastest": Speed of answer) and then a total is preferred.
     */
    static ColumnInfo measure(String concepts, SchemaIndex index, Question q) {
        if (concepts == null) {
            return null;
        }
        String[] list = concepts.split("\\|");
        ColumnInfo best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int k = 0; k < list.length; k++) {
            for (ColumnInfo c : index.columns) {
                if (!c.isNumeric() || c.role() == ColumnRole.ID) {
                    continue;
                }
                if (c.core().contains(list[k]) || c.groups().contains(list[k])) {
                    // A word of the question in the name first, then the concept's order, the concept's own word in
                    // the name (DURATION_MINS rather than MONTH_NO, a month being a span of time too), measures,
                    // totals.
                    int score = (sharesWord(c, q) ? 1000 : 0)
                            + (list.length - k) * 10
                            + (c.core().contains(list[k]) ? 5 : 0)
                            + (c.isMeasure() ? 4 : 0)
                            + (Totals.isTotal(c) ? 1 : 0);
                    if (score > bestScore) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (String concept : concepts.split("\\|")) {
            if (index.topic.groups().contains(concept) && index.topic.measure() != null) {
                // "happiest" in the World Happiness Report: the dataset's main measure.
                return index.topic.measure();
            }
        }
        return null;
    }

    private static boolean sharesWord(ColumnInfo c, Question q) {
        if (q == null) {
            return false;
        }
        for (Token t : q.tokens) {
            if (t.isWord() && !Words.STOPWORDS.contains(t.word()) && c.core().contains(t.stem())) {
                return true;
            }
        }
        return false;
    }
}
