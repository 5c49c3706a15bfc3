package io.datasage.ai.llm;

/** A provider did not answer: down, slow, overloaded, refusing, or skipped because its circuit is open. */
public final class ProviderFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Kind {
        /** No connection could be made (refused, unknown host, connect timeout). */
        CONNECTION(true),
        /** The answer did not come within the timeout. */
        TIMEOUT(false),
        /** HTTP 429. */
        RATE_LIMITED(true),
        /** HTTP 5xx. */
        SERVER_ERROR(true),
        /** HTTP 4xx other than 429: a bad key, an unknown model, a rejected request. */
        CLIENT_ERROR(false),
        /** The circuit is open: the provider was not called. */
        CIRCUIT_OPEN(false),
        /** The question's time for LLMs ran out before this call. */
        DEADLINE(false),
        /** Anything else (an unreadable body, an interrupted thread). */
        OTHER(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        /** Whether another attempt may succeed soon: connection errors, 429 and 5xx. Timeouts are not retried. */
        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final int status;

    public ProviderFailure(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public ProviderFailure(Kind kind, String message) {
        this(kind, 0, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was none. */
    public int status() {
        return status;
    }
}
