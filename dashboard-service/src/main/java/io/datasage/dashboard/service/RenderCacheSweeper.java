package io.datasage.dashboard.service;

import io.datasage.dashboard.config.DashboardConfig;
import io.datasage.dashboard.repository.ChartRenderRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Keeps the render cache bounded: renders older than the TTL go, then the oldest ones until at most the cap
 * remain. Runs on a schedule (the document store has no TTL or capped collections everywhere we run).
 */
@ApplicationScoped
public class RenderCacheSweeper {

    private final ChartRenderRepository renders;
    private final DashboardConfig config;

    public RenderCacheSweeper(ChartRenderRepository renders, DashboardConfig config) {
        this.renders = renders;
        this.config = config;
    }

    @Scheduled(
            every = "${datasage.dashboard.render-cache.sweep-interval:5m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // The store may be briefly away; the next sweep catches up.
            Log.warnf("Render cache sweep failed: %s", e.getMessage());
        }
    }

    /** One sweep; returns the renders removed. */
    public long sweep() {
        long expired =
                renders.deleteOlderThan(Instant.now().minus(config.renderCache().ttl()));
        long over = renders.count() - config.renderCache().maxEntries();
        long evicted = 0;
        while (over > 0) {
            long removed = renders.deleteOldest((int) Math.min(over, 1_000));
            if (removed == 0) {
                break;
            }
            evicted += removed;
            over -= removed;
        }
        if (expired + evicted > 0) {
            Log.debugf("Render cache: %d expired, %d evicted over the cap", expired, evicted);
        }
        return expired + evicted;
    }
}
