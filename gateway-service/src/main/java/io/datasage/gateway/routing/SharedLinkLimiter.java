package io.datasage.gateway.routing;

import io.datasage.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Limits requests to public share links per client address with a token bucket: a burst of up to {@code capacity}
 * requests, refilled evenly over the window. Share links need no account, so this is what stops one address from
 * guessing tokens or hammering a popular dashboard.
 */
@ApplicationScoped
public class SharedLinkLimiter {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;

    @Inject
    public SharedLinkLimiter(GatewayConfig config) {
        this(config.sharedRequests(), config.sharedWindow(), System::nanoTime);
    }

    SharedLinkLimiter(int capacity, Duration window, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.tokensPerNano = (double) capacity / window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Takes one request from the address's bucket: 0 when allowed, else the wait in seconds until one is. */
    public long acquire(String address) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(capacity, now));
        long wait;
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * tokensPerNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                wait = 0;
            } else {
                wait = Math.max(1, (long) Math.ceil((1 - bucket.tokens) / tokensPerNano / 1e9));
            }
        }
        if (buckets.size() > 10_000) {
            // Full buckets carry no state worth keeping.
            buckets.values().removeIf(b -> b.tokens + (now - b.at) * tokensPerNano >= capacity);
        }
        return wait;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
