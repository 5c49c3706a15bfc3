package io.datasage.dashboard.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.datasage.dashboard.config.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The most recent renders in memory, keyed like the store's render cache ({@code <dataset>:<version>:<spec hash>})
 * and bounded by their size as JSON: a chart shown again costs no store round trip and no JSON parsing.
 */
@ApplicationScoped
public class RecentRenders {

    private final Cache<String, Sized> renders;

    public RecentRenders(DashboardConfig config) {
        this.renders = Caffeine.newBuilder()
                .maximumWeight(config.recentRenderBytes())
                .<String, Sized>weigher((key, value) -> value.bytes())
                .build();
    }

    /** The render kept under {@code key} (marked as cached), or null. */
    RenderedChart get(String key) {
        Sized sized = renders.getIfPresent(key);
        return sized == null ? null : sized.chart();
    }

    /** Keeps a render that is {@code bytes} long as JSON; renders that could not be measured are not kept. */
    void put(String key, RenderedChart chart, int bytes) {
        if (bytes > 0) {
            renders.put(key, new Sized(chart, key.length() + bytes));
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

    private record Sized(RenderedChart chart, int bytes) {}
}
