package io.datasage.ai.llm;

import java.time.Duration;

/**
 * One configured provider with its circuit breaker and retry policy. A call that fails with a connection error,
 * 429 or 5xx is retried after a growing wait while the deadline allows; every failed call counts towards the
 * circuit; an open circuit refuses calls without touching the network.
 */
final class Provider {

    private final ProviderSettings settings;
    private final LangChainBackend backend;
    private final CircuitBreaker breaker;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    Provider(
            ProviderSettings settings,
            LangChainBackend backend,
            CircuitBreaker breaker,
            RetryPolicy retry,
            Sleeper sleeper) {
        this.settings = settings;
        this.backend = backend;
        this.breaker = breaker;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    ProviderSettings settings() {
        return settings;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    /**
     * The model's reply to {@code request}; streamed through {@code stream} when it is not null (which hears of a
     * failed attempt's text being void before a retry streams again).
     *
     * @throws ProviderFailure when the circuit is open, the deadline ran out, or every attempt failed
     */
    String call(LlmRequest request, Deadline deadline, RawStream stream) throws ProviderFailure {
        // A timeout shortened to the question's deadline ends the call when the deadline does, not the provider.
        boolean cutShort = false;
        for (int retryNumber = 0; ; retryNumber++) {
            if (deadline.expired()) {
                throw new ProviderFailure(
                        ProviderFailure.Kind.DEADLINE,
                        "provider '" + settings.name() + "': no time left for LLM calls");
            }
            if (!breaker.tryAcquire()) {
                throw new ProviderFailure(
                        ProviderFailure.Kind.CIRCUIT_OPEN, "provider '" + settings.name() + "': circuit open, skipped");
            }
            try {
                Duration timeout = deadline.cap(settings.timeout());
                cutShort = timeout.compareTo(settings.timeout()) < 0;
                String text = stream == null
                        ? backend.complete(request, timeout)
                        : backend.stream(request, timeout, stream::chunk);
                breaker.success();
                return text;
            } catch (ProviderFailure failure) {
                if (failure.kind() == ProviderFailure.Kind.TIMEOUT && (cutShort || deadline.expired())) {
                    // Cut short by the question's deadline, not by the provider's own timeout: no verdict.
                    breaker.release();
                    throw failure;
                }
                breaker.failure();
                int next = retryNumber + 1;
                Duration wait = retry.backoff(next);
                if (!retry.allows(next, failure) || deadline.remaining().compareTo(wait) <= 0) {
                    throw failure;
                }
                if (stream != null) {
                    stream.discard();
                }
                sleeper.sleep(wait);
            }
        }
    }

    /** Waits between retries; tests replace it. */
    interface Sleeper {

        Sleeper REAL = wait -> {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };

        void sleep(Duration wait);
    }
}
