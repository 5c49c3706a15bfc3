package io.datasage.dashboard.mapping;

import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.rest.DashboardView;

/** Converts stored dashboards into API views. */
public final class DashboardMapper {

    private DashboardMapper() {}

    /** The API view. */
    public static DashboardView toView(DashboardEntity e) {
        return new DashboardView(e.id, e.datasetId, e.title, e.components, e.createdAt, e.updatedAt);
    }
}
