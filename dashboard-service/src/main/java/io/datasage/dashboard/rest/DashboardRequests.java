package io.datasage.dashboard.rest;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.design.Display;
import java.util.List;

/** Request bodies of the dashboard endpoints. */
public final class DashboardRequests {

    private DashboardRequests() {}

    /** {@code POST /api/dashboards/design}. */
    public record DesignRequest(String datasetId) {}

    /**
     * {@code POST /api/dashboards}: an empty or hand-made dashboard ({@code dataset_id}, optional {@code components}),
     * or one that starts from a pinned chat answer ({@code conversation_id} + {@code message_id}) or chart spec.
     */
    public record CreateRequest(
            String datasetId,
            String title,
            String conversationId,
            String messageId,
            ChartSpec spec,
            List<ComponentInput> components) {}

    /** {@code PUT /api/dashboards/{id}}: what is given replaces what is stored; absent fields are kept. */
    public record UpdateRequest(String title, List<ComponentInput> components) {}

    /**
     * One tile in an edit. With the {@code id} of an existing tile, absent fields keep their current values (so
     * {@code {"id": "c3", "span": 4}} only widens it); without an id it is a new tile and needs a {@code spec}.
     */
    public record ComponentInput(
            String id,
            String type,
            String title,
            Integer span,
            Integer height,
            ChartSpec spec,
            Boolean pinned,
            Display display) {}

    /**
     * {@code POST /api/dashboards/{id}/components}: pins a chat answer ({@code conversation_id} + {@code message_id})
     * or a chart spec; {@code position} (0-based) places it, the end by default.
     */
    public record PinRequest(
            String conversationId,
            String messageId,
            ChartSpec spec,
            String title,
            Integer span,
            Integer height,
            Integer position) {}
}
