package io.datasage.ai.llm;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff, only for failures another attempt may fix soon (connection errors,
 * 429, 5xx): a timeout already used its whole budget, and a 4xx will not change.
 */
final class RetryPolicy {

    private final int maxRetries;
    private final Duration first;
    private final Duration max;

    RetryPolicy(int maxRetries, Duration first, Duration max) {
        this.maxRetries = maxRetries;
        this.first = first;
        this.max = max;
    }

    /** Whether retry number {@code retry} (1 = the first retry) may follow {@code failure}. */
    boolean allows(int retry, ProviderFailure failure) {
        return retry <= maxRetries && failure.kind().retryable();
    }

    /** The wait before retry number {@code retry}: first, 2 x first, 4 x first, ... at most max. */
    Duration backoff(int retry) {
        long millis = first.toMillis() << Math.min(retry - 1, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
