package io.datasage.dashboard.rest;

import io.datasage.contracts.chart.ChartSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A dashboard as the API shows it, each tile with its rendered figure. */
public record DashboardView(
        String id,
        String datasetId,
        String title,
        String domain,
        String pattern,
        List<Component> components,
        List<String> insights,
        Instant createdAt,
        Instant updatedAt) {

    /** One tile: a KPI, a chart or a table, with its spec, figure and one-line summary (or why it could not render). */
    public record Component(
            String type,
            String title,
            int span,
            ChartSpec spec,
            Map<String, Object> figure,
            String summary,
            String error) {}
}
