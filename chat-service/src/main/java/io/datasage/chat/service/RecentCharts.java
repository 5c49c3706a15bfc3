package io.datasage.chat.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.chat.config.ChatConfig;
import io.datasage.contracts.chart.ChartSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/**
 * Charts this instance rendered recently, per dataset version and spec: a question asked again, in any words that
 * plan the same chart, or a suggestion drawn after it was offered, does not scan the data twice. A dataset version's
 * file never changes, so an entry is never stale; memory is bounded by an estimate of each chart's size, and a
 * dataset's charts are dropped when it is deleted or replaced.
 */
@ApplicationScoped
public class RecentCharts {

    private final Cache<Key, ChartResult> charts;

    @Inject
    public RecentCharts(ChatConfig config) {
        this(config.chartCacheBytes());
    }

    RecentCharts(long maxBytes) {
        this.charts = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, ChartResult>weigher((key, chart) -> estimatedBytes(chart))
                .build();
    }

    /** Renders a chart (the same work as rendering it anew; may throw as rendering does). */
    @FunctionalInterface
    interface Render {
        ChartResult render() throws ChartSpecException;
    }

    /** The chart of {@code spec} over version {@code version} of the dataset, rendered by {@code render} if new. */
    ChartResult get(String datasetId, int version, ChartSpec spec, Render render) throws ChartSpecException {
        Key key = new Key(datasetId, version, spec);
        ChartResult known = charts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        ChartResult rendered = render.render();
        charts.put(key, rendered);
        return rendered;
    }

    /** Forgets every chart of a dataset (it was deleted or has a new version). */
    public void forgetDataset(String datasetId) {
        charts.asMap().keySet().removeIf(key -> key.datasetId().equals(datasetId));
    }

    /** How many charts of the dataset are kept (for tests and diagnostics). */
    long countOf(String datasetId) {
        return charts.asMap().keySet().stream()
                .filter(key -> key.datasetId().equals(datasetId))
                .count();
    }

    /** Roughly what a chart holds: 32 bytes per value, key and element of its figure and rows. */
    static int estimatedBytes(ChartResult chart) {
        long values = 1 + count(chart.figure()) + count(chart.rows());
        return (int) Math.min(Integer.MAX_VALUE, 256 + 32 * values);
    }

    private static long count(Object value) {
        if (value instanceof Map<?, ?> map) {
            long n = map.size();
            for (Object v : map.values()) {
                n += count(v);
            }
            return n;
        }
        if (value instanceof Collection<?> list) {
            long n = list.size();
            for (Object v : list) {
                if (v instanceof Map || v instanceof Collection || v instanceof Object[]) {
                    n += count(v);
                }
            }
            return n;
        }
        if (value instanceof Object[] array) {
            return array.length;
        }
        if (value instanceof double[] array) {
            return array.length;
        }
        if (value instanceof long[] array) {
            return array.length;
        }
        return 1;
    }

    private record Key(String datasetId, int version, ChartSpec spec) {}
}
