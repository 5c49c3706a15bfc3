package io.datasage.dashboard.rest;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.design.Display;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A dashboard as the API shows it, each tile with its rendered figure.
 *
 * @param datasetVersion the dataset version the tiles were rendered from
 * @param designedBy {@code designer} (offline) or {@code llm:<model>}
 * @param explanation why the layout looks as it does (main breakdown and how much it explains)
 * @param revision bumped by every change; also the ETag
 */
public record DashboardView(
        String id,
        String datasetId,
        Integer datasetVersion,
        String title,
        String domain,
        String pattern,
        String designedBy,
        String explanation,
        List<Component> components,
        List<String> insights,
        long revision,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * One tile: a KPI, a chart or a table, with its spec, figure and one-line summary, or why it could not render.
     *
     * @param notes what the reader should know: groups left out, a clipped range, sampling
     * @param error set instead of a figure when the spec no longer fits the data (e.g. a column vanished)
     */
    public record Component(
            String id,
            String type,
            String title,
            int span,
            int height,
            boolean pinned,
            String origin,
            ChartSpec spec,
            Display display,
            Map<String, Object> figure,
            String summary,
            List<String> notes,
            String error) {}
}
