package io.datasage.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The share-link bucket: a burst up to the capacity, then one request per refill interval, per address. */
class SharedLinkLimiterTest {

    @Test
    void aBurstThenTheRefillRatePerAddress() {
        AtomicLong now = new AtomicLong();
        SharedLinkLimiter limiter = new SharedLinkLimiter(3, Duration.ofSeconds(30), now::get);
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(10);
        assertThat(limiter.acquire("10.0.0.2"))
                .as("another address has its own bucket")
                .isZero();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isPositive();
    }
}
