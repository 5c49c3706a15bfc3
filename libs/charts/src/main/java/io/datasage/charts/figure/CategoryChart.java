package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.KeyEncoder;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.ChartType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * bar, grouped_bar, stacked_bar, line and area: one trace per series value (or per y when there are several),
 * values aligned on the kept x keys; a missing combination is a gap (null), never a zero.
 */
final class CategoryChart implements ChartRenderer {

    @Override
    public ChartResult render(RenderContext ctx) {
        ChartType type = ctx.plan().type();
        GroupedShape shape = GroupedShape.build(ctx, type.isLineLike());
        ChartPlan plan = ctx.plan();
        Groups groups = shape.groups();
        boolean xInOrder = plan.sort() == null || !plan.sort().byY() || type.isLineLike();
        String xType = Axes.type(plan.x(), plan.grain(), xInOrder);
        List<Object> xs = new ArrayList<>();
        for (int xId : shape.xIds()) {
            xs.add(Axes.plotted(groups.x(), xId, xType));
        }
        List<Map<String, Object>> traces = new ArrayList<>();
        List<String> measureNames = GroupedRows.measureNames(plan);
        boolean additive = plan.aggregation().isAdditive();
        if (shape.hasSeries()) {
            KeyEncoder series = groups.series();
            for (int s : shape.seriesIds()) {
                for (int m = 0; m < measureNames.size(); m++) {
                    String name =
                            measureNames.size() == 1 ? series.label(s) : series.label(s) + " · " + measureNames.get(m);
                    traces.add(trace(type, name, xs, values(shape, groups.measure(m), s), additive, true));
                }
            }
        } else {
            for (int m = 0; m < measureNames.size(); m++) {
                traces.add(trace(type, measureNames.get(m), xs, values(shape, groups.measure(m), -1), additive, false));
            }
        }
        String title = plan.title() != null ? plan.title() : GroupedRows.title(plan);
        Map<String, Object> layout = Plotly.map(
                "title",
                Plotly.title(title),
                "xaxis",
                Plotly.axis(Labels.axis(plan.x(), plan.grain()), xType, null),
                "yaxis",
                GroupedRows.valueAxis(plan, groups.measure(0)),
                "showlegend",
                traces.size() > 1);
        if (type == ChartType.STACKED_BAR) {
            layout.put("barmode", "stack");
        } else if (type == ChartType.BAR || type == ChartType.GROUPED_BAR) {
            layout.put("barmode", "group");
        }
        if (shape.hasSeries()) {
            layout.put("legend", Plotly.map("title", Plotly.title(plan.series().name())));
        }
        List<Map<String, Object>> rows = ctx.capRows(GroupedRows.rows(plan, shape, shape.displayed()));
        String summary = Summaries.grouped(ctx, shape);
        return ctx.result(title, Plotly.figure(traces, layout, ctx.notes()), rows, summary);
    }

    private static List<Object> values(GroupedShape shape, Measure measure, int seriesId) {
        List<Object> ys = new ArrayList<>();
        for (int xId : shape.xIds()) {
            Integer g = shape.group(xId, seriesId);
            ys.add(g == null ? null : GroupedRows.plotted(measure, g));
        }
        return ys;
    }

    private static Map<String, Object> trace(
            ChartType type, String name, List<Object> xs, List<Object> ys, boolean additive, boolean series) {
        switch (type) {
            case LINE:
                return Plotly.map("type", "scatter", "mode", "lines+markers", "name", name, "x", xs, "y", ys);
            case AREA:
                Map<String, Object> area =
                        Plotly.map("type", "scatter", "mode", "lines", "name", name, "x", xs, "y", ys);
                if (series && additive) {
                    area.put("stackgroup", "one");
                } else {
                    area.put("fill", "tozeroy");
                }
                return area;
            default:
                return Plotly.map("type", "bar", "name", name, "x", xs, "y", ys);
        }
    }
}
