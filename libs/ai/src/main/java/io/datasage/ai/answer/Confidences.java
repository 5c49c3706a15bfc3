package io.datasage.ai.answer;

import io.datasage.ai.planner.Plan;

/** The contract's confidence words, and how much of a model's own confidence is believed. */
final class Confidences {

    private Confidences() {}

    static String of(Plan.Confidence confidence) {
        if (confidence == Plan.Confidence.HIGH) {
            return "High";
        }
        return confidence == Plan.Confidence.MEDIUM ? "Medium" : "Low";
    }

    /** The model's word, at most Medium when its answer needed a repair round; Medium when it gave none. */
    static String ofModel(String said, boolean repaired) {
        String word = said == null ? "Medium" : said;
        return repaired && "High".equals(word) ? "Medium" : word;
    }
}
