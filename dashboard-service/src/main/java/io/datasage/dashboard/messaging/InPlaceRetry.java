package io.datasage.dashboard.messaging;

import io.quarkus.logging.Log;

/**
 * Retries a consumer's store work in place with backoff (keeping the partition's order) and gives up after
 * {@link #ATTEMPTS}, logging, so that one event can never stop the consumer.
 */
final class InPlaceRetry {

    static final int ATTEMPTS = 8;
    private static final long MAX_BACKOFF_MS = 10_000;

    private InPlaceRetry() {}

    /** Runs {@code action} until it succeeds or {@link #ATTEMPTS} failed; {@code what} completes "Could not ...". */
    static void run(String what, Runnable action) throws InterruptedException {
        long backoff = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    Log.errorf(e, "Gave up trying to %s after %d attempts", what, ATTEMPTS);
                    return;
                }
                Log.warnf("Could not %s, retrying in %d ms: %s", what, backoff, e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }
}
