package io.datasage.dashboard.mapping;

import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.rest.DashboardView;
import io.datasage.dashboard.rest.ShareViews;
import java.util.List;

/** Converts stored dashboards into API views: owner views, list entries and read-only shared views. */
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

    /** The read-only view of a rendered dashboard: what a share link or an export shows, without ids or owners. */
    public static ShareViews.SharedDashboard toShared(DashboardView d) {
        return new ShareViews.SharedDashboard(
                d.title(),
                d.domain(),
                d.pattern(),
                d.explanation(),
                d.components().stream()
                        .map(c -> new ShareViews.SharedComponent(
                                c.type(),
                                c.title(),
                                c.span(),
                                c.height(),
                                c.spec(),
                                c.figure(),
                                c.summary(),
                                c.notes(),
                                c.error()))
                        .toList(),
                d.insights(),
                d.updatedAt());
    }
}
