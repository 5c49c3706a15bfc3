package io.datasage.dashboard.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.datasage.dashboard.config.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The most recent renders in memory, keyed like the store's render cache ({@code <dataset>:<version>:<spec hash>}),
 * bounded by their size as JSON and gone when the stored render would expire: a chart shown again costs no store
 * round trip, no JSON parsing and no JSON writing (each keeps the bytes it is served as).
 */
@ApplicationScoped
public class RecentRenders {

    private final Cache<String, Sized> renders;

    public RecentRenders(DashboardConfig config) {
        Duration ttl = config.renderCache().ttl();
        this.renders = Caffeine.newBuilder()
                .maximumWeight(config.renderCache().memoryBytes())
                .<String, Sized>weigher((key, value) -> value.bytes())
                .expireAfter(new UntilStale(ttl))
                .build();
    }

    /** The render kept under {@code key} (marked as cached), or null. */
    RenderedChart get(String key) {
        Sized sized = renders.getIfPresent(key);
        return sized == null ? null : sized.chart();
    }

    /** The JSON a render kept under {@code key} is served as (marked as cached), or null. */
    byte[] json(String key) {
        Sized sized = renders.getIfPresent(key);
        return sized == null ? null : sized.json();
    }

    /**
     * Keeps a render marked as cached with the JSON it is served as, computed at {@code createdAt}; renders that
     * could not be written as JSON are not kept.
     */
    void put(String key, RenderedChart chart, byte[] json, Instant createdAt) {
        if (json != null && json.length > 0) {
            renders.put(key, new Sized(chart, json, key.length() + json.length, createdAt));
        }
    }

    /** Forgets every render of a dataset (it was deleted or has a new version). */
    public void forgetDataset(String datasetId) {
        String prefix = datasetId + ":";
        renders.asMap().keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** How many renders of the dataset are kept (for tests and diagnostics). */
    public long countOf(String datasetId) {
        String prefix = datasetId + ":";
        return renders.asMap().keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .count();
    }

    private record Sized(RenderedChart chart, byte[] json, int bytes, Instant createdAt) {}

    /** An entry lives until its render is as old as the store's TTL, whenever it entered memory. */
    private record UntilStale(Duration ttl) implements Expiry<String, Sized> {
        @Override
        public long expireAfterCreate(String key, Sized value, long currentTime) {
            long left = ttl.minus(Duration.between(value.createdAt(), Instant.now()))
                    .toNanos();
            return Math.max(0, left);
        }

        @Override
        public long expireAfterUpdate(String key, Sized value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Sized value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
