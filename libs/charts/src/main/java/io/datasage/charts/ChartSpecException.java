package io.datasage.charts;

/**
 * A chart spec that does not fit the data. The message is written for people (and for an LLM asked to repair its
 * spec): it names the offending value and what would work instead, e.g. {@code column 'revnue' not found; did you
 * mean 'revenue'? columns are: region, revenue, date}.
 */
public class ChartSpecException extends Exception {

    private static final long serialVersionUID = 1L;

    public ChartSpecException(String message) {
        super(message);
    }
}
