package io.datasage.dashboard.mapping;

import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.rest.DashboardView;
import java.util.List;

/** Converts stored dashboards into list entries (without rendered tiles). */
public final class DashboardMapper {

    private DashboardMapper() {}

    /** A list entry: what the dashboard is, not its figures. */
    public static DashboardView toSummary(DashboardEntity e) {
        return new DashboardView(
                e.id, e.datasetId, e.title, e.domain, e.pattern, List.of(), e.insights, e.createdAt, e.updatedAt);
    }
}
