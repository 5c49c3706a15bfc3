package io.datasage.ai.llm;

import java.time.Duration;
import java.util.function.LongSupplier;

/** The time a question has left for LLM calls, on a monotonic clock. */
final class Deadline {

    private final LongSupplier nanoClock;
    private final long endNanos;

    Deadline(LongSupplier nanoClock, Duration budget) {
        this.nanoClock = nanoClock;
        this.endNanos = nanoClock.getAsLong() + budget.toNanos();
    }

    Duration remaining() {
        long left = endNanos - nanoClock.getAsLong();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    boolean expired() {
        return remaining().isZero();
    }

    /** The shorter of {@code limit} and what is left. */
    Duration cap(Duration limit) {
        Duration left = remaining();
        return left.compareTo(limit) < 0 ? left : limit;
    }
}
