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

    /**
     * Whether too little is left to call a model: a call given a few milliseconds could only time out, and would be
     * counted against its provider.
     */
    boolean expired() {
        return remaining().compareTo(SHORTEST_CALL) < 0;
    }

    /** The least time worth giving a call. */
    static final Duration SHORTEST_CALL = Duration.ofMillis(20);

    /** The shorter of {@code limit} and what is left. */
    Duration cap(Duration limit) {
        Duration left = remaining();
        return left.compareTo(limit) < 0 ? left : limit;
    }
}
