package io.datasage.dashboard.service;

import io.datasage.dashboard.design.DashboardDesign;
import io.datasage.dashboard.design.DashboardDesigner;
import io.datasage.dashboard.design.RenderedGroupProbe;
import io.datasage.dashboard.llm.InsightModel;
import io.datasage.dashboard.llm.LayoutModel;
import io.datasage.platform.datasets.DatasetInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Designs a dashboard for a dataset from its profile and its data: the offline designer always, then the layout
 * designer model when one is configured (kept only when every tile renders), then the insights reworded by the
 * summary engine when one is configured (kept only with the computed numbers).
 */
@ApplicationScoped
public class DesignService {

    private final DashboardDesigner designer = new DashboardDesigner();
    private final ChartService charts;
    private final LayoutModel layouts;
    private final InsightModel insights;

    public DesignService(ChartService charts, LayoutModel layouts, InsightModel insights) {
        this.charts = charts;
        this.layouts = layouts;
        this.insights = insights;
    }

    /** The design for a READY dataset, its main breakdown measured on the data. */
    public DashboardDesign design(DatasetInfo dataset) {
        DashboardDesign offline = designer.design(
                dataset.name(),
                dataset.profile() == null ? Map.of() : dataset.profile(),
                dataset.domainHints(),
                new RenderedGroupProbe(spec -> charts.render(dataset, spec).rows()));
        DashboardDesign d = layouts.design(dataset, offline).orElse(offline);
        return new DashboardDesign(
                d.title(),
                d.domain(),
                d.pattern(),
                d.components(),
                insights.reword(d.insights()),
                d.explanation(),
                d.designedBy());
    }
}
