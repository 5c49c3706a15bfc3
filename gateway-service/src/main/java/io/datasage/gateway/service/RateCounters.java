package io.datasage.gateway.service;

import io.datasage.gateway.repository.LimitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixed-window counts and exponential backoffs kept in the document store, where every gateway shares them. */
@ApplicationScoped
public class RateCounters {

    /** Expired counters are purged once every this many writes (real MongoDB also drops them by TTL). */
    private static final int PURGE_EVERY = 500;

    private final LimitRepository store;
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger writes = new AtomicInteger();

    public RateCounters(LimitRepository store) {
        this.store = store;
    }

    /** Counts one event in the current window of {@code name}; returns the count including this one. */
    public long count(String name, Duration window) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        return store.increment(windowKey(name, window, now), windowEnd(window, now));
    }

    /** Events counted so far in the current window of {@code name}. */
    public long current(String name, Duration window) {
        Instant now = clock.instant();
        return store.findCurrent(windowKey(name, window, now), now)
                .map(c -> c.count)
                .orElse(0L);
    }

    /** How long until the current window of this length ends. */
    public Duration untilWindowEnds(Duration window) {
        Instant now = clock.instant();
        return Duration.between(now, windowEnd(window, now));
    }

    /**
     * Records one failure under {@code key} (remembered for {@code memory} after the last one); after {@code free}
     * failures each further one makes the key wait {@code first}, doubled per failure, at most {@code max}.
     */
    public void fail(String key, Duration memory, int free, Duration first, Duration max) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        long failures = store.increment(key, now.plus(memory));
        if (failures > free) {
            store.blockUntil(key, now.plus(backoff(failures - free, first, max)));
        }
    }

    /** The wait still ahead for {@code key}, if any. */
    public Optional<Duration> waitFor(String key) {
        Instant now = clock.instant();
        return store.findCurrent(key, now)
                .map(c -> c.blockedUntil)
                .map(until -> Duration.between(now, until.toInstant()))
                .filter(wait -> !wait.isNegative() && !wait.isZero());
    }

    /** Forgets every failure under {@code key}. */
    public void forget(String key) {
        store.forget(key);
    }

    /** The key of the current fixed window of {@code name}, for a backoff that starts afresh with each window. */
    public String currentWindow(String name, Duration window) {
        return windowKey(name, window, clock.instant());
    }

    /** The wait after the {@code n}-th counted failure: {@code first * 2^(n-1)}, at most {@code max}. */
    static Duration backoff(long n, Duration first, Duration max) {
        int doublings = (int) Math.min(40, Math.max(0, n - 1));
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    /** The key of the fixed window of this length that contains {@code now}. */
    static String windowKey(String name, Duration window, Instant now) {
        return name + '|' + now.toEpochMilli() / window.toMillis();
    }

    private static Instant windowEnd(Duration window, Instant now) {
        long length = window.toMillis();
        return Instant.ofEpochMilli((now.toEpochMilli() / length + 1) * length);
    }

    private void purgeNowAndThen(Instant now) {
        if (writes.incrementAndGet() % PURGE_EVERY == 0) {
            store.purgeExpired(now);
        }
    }
}
