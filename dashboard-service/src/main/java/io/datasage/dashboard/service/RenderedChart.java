package io.datasage.dashboard.service;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import java.util.Map;

/**
 * A chart ready to show: the resolved spec, the Plotly figure, the rows behind it, a one-line summary, what
 * the engine noticed (rows matched, nulls skipped, sampling), and whether it came from the cache.
 */
public record RenderedChart(
        ChartSpec spec,
        Map<String, Object> figure,
        List<Map<String, Object>> rows,
        String summary,
        Map<String, Object> stats,
        boolean cached) {

    /** The same chart marked as served from the cache. */
    RenderedChart fromCache() {
        return new RenderedChart(spec, figure, rows, summary, stats, true);
    }
}
