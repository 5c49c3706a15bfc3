package io.datasage.ai.llm;

/**
 * One call of a provider while answering, for logs and tests.
 *
 * @param provider the provider's name
 * @param outcome what came of it
 * @param detail the error, the validation message, or empty
 * @param millis how long it took
 */
public record Attempt(String provider, Outcome outcome, String detail, long millis) {

    /** What came of a call. */
    public enum Outcome {
        /** The reply passed the check. */
        ANSWERED,
        /** The reply came but failed the check. */
        INVALID,
        /** The provider failed: timeout, connection, HTTP error. */
        FAILED,
        /** The provider was not called: open circuit or no time left. */
        SKIPPED
    }

    @Override
    public String toString() {
        return provider + " " + outcome.name().toLowerCase(java.util.Locale.ROOT)
                + (detail.isEmpty() ? "" : " (" + detail + ")") + " " + millis + " ms";
    }
}
