package io.datasage.dashboard.mapping;

import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.rest.DashboardView;
import java.util.List;

/** Converts stored dashboards into API views. */
public final class DashboardMapper {

    private DashboardMapper() {}

    /** A list entry: what the dashboard is, not its figures. */
    public static DashboardView toSummary(DashboardEntity e) {
        return toView(e, List.of());
    }

    /** The dashboard with these rendered tiles. */
    public static DashboardView toView(DashboardEntity e, List<DashboardView.Component> components) {
        return new DashboardView(
                e.id,
                e.datasetId,
                e.datasetVersion,
                e.title,
                e.domain,
                e.pattern,
                e.designedBy,
                e.explanation,
                components,
                e.insights,
                e.revisionOrZero(),
                e.createdAt,
                e.updatedAt);
    }
}
