package io.datasage.dashboard.service;

import io.datasage.dashboard.design.DashboardDesign;
import io.datasage.dashboard.design.DashboardDesigner;
import io.datasage.platform.datasets.DatasetInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Designs a dashboard for a dataset from its profile and its data. */
@ApplicationScoped
public class DesignService {

    private final DashboardDesigner designer = new DashboardDesigner();

    /** The design for a READY dataset. */
    public DashboardDesign design(DatasetInfo dataset) {
        return designer.design(
                dataset.name(), dataset.profile() == null ? Map.of() : dataset.profile(), dataset.domainHints());
    }
}
