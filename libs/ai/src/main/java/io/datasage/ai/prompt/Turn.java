package io.datasage.ai.prompt;

import io.datasage.contracts.chart.ChartSpec;

/**
 * One earlier message of the conversation, as the prompt shows it.
 *
 * @param fromUser true for the user's question, false for an answer
 * @param text the question, or the answer's text
 * @param spec the chart an answer showed, or null
 */
public record Turn(boolean fromUser, String text, ChartSpec spec) {

    public static Turn user(String question) {
        return new Turn(true, question, null);
    }

    public static Turn assistant(String text, ChartSpec spec) {
        return new Turn(false, text, spec);
    }
}
