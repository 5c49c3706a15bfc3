package io.datasage.dashboard.service;

import io.datasage.dashboard.design.DashboardDesign;
import io.datasage.dashboard.design.DashboardDesigner;
import io.datasage.dashboard.design.RenderedGroupProbe;
import io.datasage.platform.datasets.DatasetInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Designs a dashboard for a dataset from its profile and its data. */
@ApplicationScoped
public class DesignService {

    private final DashboardDesigner designer = new DashboardDesigner();
    private final ChartService charts;

    public DesignService(ChartService charts) {
        this.charts = charts;
    }

    /** The design for a READY dataset, its main breakdown measured on the data. */
    public DashboardDesign design(DatasetInfo dataset) {
        return designer.design(
                dataset.name(),
                dataset.profile() == null ? Map.of() : dataset.profile(),
                dataset.domainHints(),
                new RenderedGroupProbe(spec -> charts.render(dataset, spec).rows()));
    }
}
