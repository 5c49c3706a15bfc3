package io.datasage.dashboard.service;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.dashboard.design.ComponentPlan;
import io.datasage.dashboard.design.Display;
import io.datasage.dashboard.rest.DashboardView;
import io.datasage.platform.datasets.DatasetInfo;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a dashboard's tiles against one version of its dataset. A tile whose spec no longer fits the data (a
 * column vanished in a new version of the file) says why instead of failing the whole dashboard.
 */
@ApplicationScoped
public class DashboardHydrator {

    private final ChartService charts;

    public DashboardHydrator(ChartService charts) {
        this.charts = charts;
    }

    /** Every tile rendered, in order. */
    public List<DashboardView.Component> hydrate(List<ComponentPlan> plans, DatasetInfo dataset) {
        List<DashboardView.Component> out = new ArrayList<>(plans.size());
        for (ComponentPlan plan : plans) {
            out.add(hydrate(plan, dataset));
        }
        return out;
    }

    /** One tile rendered, or with {@code error} set when its spec does not fit this version of the data. */
    public DashboardView.Component hydrate(ComponentPlan plan, DatasetInfo dataset) {
        try {
            return rendered(plan, dataset);
        } catch (ProblemException failed) {
            if (failed.status() != 422) {
                throw failed;
            }
            return new DashboardView.Component(
                    plan.id(),
                    plan.type(),
                    plan.title(),
                    plan.span(),
                    plan.height(),
                    plan.pinned(),
                    plan.origin(),
                    plan.spec(),
                    plan.display(),
                    null,
                    null,
                    List.of(),
                    "This tile cannot be shown on version " + dataset.version() + " of the dataset: "
                            + failed.getMessage());
        }
    }

    /** Renders the tile's spec and applies its display settings; throws 422 when the spec does not fit. */
    public RenderedChart render(ComponentPlan plan, DatasetInfo dataset) {
        return charts.render(dataset, clipped(plan));
    }

    private DashboardView.Component rendered(ComponentPlan plan, DatasetInfo dataset) {
        RenderedChart chart = render(plan, dataset);
        List<String> notes = new ArrayList<>(notesOf(chart));
        Display display = plan.display();
        if (isClipped(plan)) {
            notes.add(clipNote(plan, dataset));
        }
        Map<String, Object> figure =
                display != null && display.logScale() ? logValueAxis(chart.figure()) : chart.figure();
        return new DashboardView.Component(
                plan.id(),
                plan.type(),
                plan.title(),
                plan.span(),
                plan.height(),
                plan.pinned(),
                plan.origin(),
                chart.spec(),
                display,
                figure,
                chart.summary(),
                notes,
                null);
    }

    /** The spec actually rendered: a clipped histogram leaves out the values above the clip. */
    static ChartSpec clipped(ComponentPlan plan) {
        if (!isClipped(plan)) {
            return plan.spec();
        }
        ChartSpec s = plan.spec();
        List<ChartSpec.Filter> filters = new ArrayList<>(s.filters() == null ? List.of() : s.filters());
        filters.add(new ChartSpec.Filter(s.x(), "<=", plan.display().clipAbove()));
        return new ChartSpec(
                s.chartType(),
                s.x(),
                s.y(),
                s.series(),
                s.aggregation(),
                s.timeGrain(),
                filters,
                s.sort(),
                s.limit(),
                s.bins(),
                s.columns(),
                s.title());
    }

    private static boolean isClipped(ComponentPlan plan) {
        return plan.display() != null
                && plan.display().clipAbove() != null
                && plan.spec() != null
                && plan.spec().x() != null
                && "histogram".equalsIgnoreCase(plan.spec().chartType());
    }

    /** "312 values above 2,500 (3.1% of rows with a value) are not shown.", counted exactly by the engine. */
    private String clipNote(ComponentPlan plan, DatasetInfo dataset) {
        ChartSpec s = plan.spec();
        List<ChartSpec.Filter> base = s.filters() == null ? List.of() : s.filters();
        long above = count(
                dataset,
                s.x(),
                base,
                new ChartSpec.Filter(s.x(), ">", plan.display().clipAbove()));
        long all = count(dataset, s.x(), base, null);
        double share = all == 0 ? 0 : 100.0 * above / all;
        return String.format(
                Locale.ROOT,
                "%,d value%s above %s (%.1f%% of %,d) %s not shown, to keep the bins readable.",
                above,
                above == 1 ? "" : "s",
                NumberFormat.plain(plan.display().clipAbove()),
                share,
                all,
                above == 1 ? "is" : "are");
    }

    private long count(DatasetInfo dataset, String column, List<ChartSpec.Filter> base, ChartSpec.Filter extra) {
        List<ChartSpec.Filter> filters = new ArrayList<>(base);
        if (extra != null) {
            filters.add(extra);
        }
        ChartSpec kpi =
                new ChartSpec("kpi", null, List.of(column), null, "count", null, filters, null, null, null, null, null);
        Object n = charts.render(dataset, kpi).rows().get(0).values().iterator().next();
        return n instanceof Number ? ((Number) n).longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> notesOf(RenderedChart chart) {
        Object notes = chart.stats() == null ? null : chart.stats().get("notes");
        return notes instanceof List ? (List<String>) notes : List.of();
    }

    /** A copy of the figure with a logarithmic y axis (the cached figure is shared, so it is not changed). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> logValueAxis(Map<String, Object> figure) {
        Map<String, Object> copy = new LinkedHashMap<>(figure);
        Map<String, Object> layout = new LinkedHashMap<>((Map<String, Object>) figure.getOrDefault("layout", Map.of()));
        Map<String, Object> yaxis = new LinkedHashMap<>((Map<String, Object>) layout.getOrDefault("yaxis", Map.of()));
        yaxis.put("type", "log");
        layout.put("yaxis", yaxis);
        copy.put("layout", layout);
        return copy;
    }
}
