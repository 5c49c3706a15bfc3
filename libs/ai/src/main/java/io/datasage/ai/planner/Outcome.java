package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/**
 * The outcome column of a study or machine-learning export: a two-valued column named {@code target},
 * {@code outcome}, {@code label}, {@code diagnosis} or {@code y} (the UCI heart data's {@code target}, a churn or
 * fraud set's {@code label}). People do not say its name: they say what it records, "disease", "diagnosed",
 * "positive", with or without the dataset's own subject ("heart disease" in the heart data).
 */
final class Outcome {

    private static final Set<String> NAMES = Set.of("target", "outcome", "label", "diagnosis", "y", "output");
    private static final Set<String> WORDS = Words.set("""
        disease diseased diagnosis diagnosed condition positive outcome illness ill sick affected case
        """);

    private Outcome() {}

    /** The outcome column that {@code window} describes, or null. */
    static ColumnInfo named(List<Token> window, SchemaIndex index) {
        ColumnInfo outcome = index.outcome;
        if (outcome == null) {
            return null;
        }
        boolean saysIt = false;
        for (Token t : window) {
            if (!t.isWord()) {
                return null;
            }
            boolean outcomeWord = WORDS.contains(t.stem()) || WORDS.contains(t.word());
            boolean subject = index.topic.words().contains(t.stem());
            if (!outcomeWord && !subject) {
                return null;
            }
            // The subject alone ("heart") also starts other names ("heart rate"): an outcome word must be there.
            saysIt |= outcomeWord;
        }
        return saysIt ? outcome : null;
    }

    /** The outcome column among {@code columns}, or null when there is none (computed once per schema). */
    static ColumnInfo column(List<ColumnInfo> columns) {
        for (ColumnInfo c : columns) {
            String name = c.compacts().get(0);
            if (NAMES.contains(name) && c.distinct() == 2) {
                return c;
            }
        }
        return null;
    }
}
