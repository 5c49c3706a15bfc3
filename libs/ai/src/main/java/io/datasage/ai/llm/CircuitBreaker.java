package io.datasage.ai.llm;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calling a provider that keeps failing: after {@code threshold} consecutive failures the circuit opens and
 * calls are refused for {@code openFor}; then one probe call is let through (half-open), and its outcome closes
 * the circuit or opens it again. Thread-safe.
 */
public final class CircuitBreaker {

    /** The circuit's state. */
    public enum State {
        /** Calls go through. */
        CLOSED,
        /** Calls are refused. */
        OPEN,
        /** One probe call is in flight or allowed. */
        HALF_OPEN
    }

    private final int threshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;

    private int failures;
    private long openedAt;
    private boolean open;
    private boolean probing;

    CircuitBreaker(int threshold, Duration openFor, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a call may go now; when it returns true the caller must report {@link #success()} or {@link #failure()}. */
    public synchronized boolean tryAcquire() {
        if (!open) {
            return true;
        }
        if (probing || nanoClock.getAsLong() - openedAt < openForNanos) {
            return false;
        }
        probing = true;
        return true;
    }

    public synchronized void success() {
        failures = 0;
        open = false;
        probing = false;
    }

    public synchronized void failure() {
        failures++;
        if (probing || failures >= threshold) {
            open = true;
            openedAt = nanoClock.getAsLong();
        }
        probing = false;
    }

    /** A call was allowed but never made (the deadline ran out first): frees a probe slot without a verdict. */
    public synchronized void release() {
        probing = false;
    }

    public synchronized State state() {
        if (!open) {
            return State.CLOSED;
        }
        return probing || nanoClock.getAsLong() - openedAt >= openForNanos ? State.HALF_OPEN : State.OPEN;
    }
}
