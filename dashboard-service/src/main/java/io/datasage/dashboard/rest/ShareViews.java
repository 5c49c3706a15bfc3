package io.datasage.dashboard.rest;

import io.datasage.contracts.chart.ChartSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Bodies of the share endpoints and the read-only view a share link shows. */
public final class ShareViews {

    private ShareViews() {}

    /**
     * {@code POST /api/dashboards/{id}/shares}: when the link stops working; neither field means never.
     *
     * @param expiresInDays 1 to 365 days from now
     * @param expiresAt an instant in the future (ISO-8601)
     */
    public record CreateShare(Integer expiresInDays, Instant expiresAt) {}

    /**
     * A new link. {@code token} is shown only here: it is stored hashed and cannot be listed again.
     *
     * @param path the API path that opens it without an account ({@code /api/shared/<token>})
     */
    public record Created(
            String id, String dashboardId, String token, String path, Instant createdAt, Instant expiresAt) {}

    /** A link in a list (without its token). */
    public record Share(String id, String dashboardId, Instant createdAt, Instant expiresAt, boolean expired) {}

    /** What a share link shows: the dashboard rendered, read-only, without ids or owners. */
    public record SharedDashboard(
            String title,
            String domain,
            String pattern,
            String explanation,
            List<SharedComponent> components,
            List<String> insights,
            Instant updatedAt) {}

    /** One tile as a share link shows it. */
    public record SharedComponent(
            String type,
            String title,
            int span,
            int height,
            ChartSpec spec,
            Map<String, Object> figure,
            String summary,
            List<String> notes,
            String error) {}
}
