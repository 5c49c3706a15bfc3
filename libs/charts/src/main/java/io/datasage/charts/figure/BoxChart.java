package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.BoxMeasure;
import io.datasage.charts.query.BoxStats;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * box: per y, one box per x group (or one box): quartiles by linear interpolation, whiskers at the most extreme
 * values within 1.5 IQR, outliers beyond (the most extreme {@code maxOutliers} drawn). Drawn from precomputed
 * statistics, so the figure stays small whatever the row count.
 */
final class BoxChart implements ChartRenderer {

    @Override
    public ChartResult render(RenderContext ctx) {
        GroupedShape.pickGrain(ctx);
        ChartPlan plan = ctx.plan();
        List<Measure> boxes = new ArrayList<>();
        for (ColumnInfo y : plan.y()) {
            boxes.add(new BoxMeasure(ctx.column(y), ctx.options().maxOutliers()));
        }
        BoxShape shape = BoxShape.build(ctx, boxes);
        Groups groups = shape.groups();
        List<Map<String, Object>> traces = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        long outliersCut = 0;
        for (int m = 0; m < plan.y().size(); m++) {
            BoxMeasure box = (BoxMeasure) groups.measure(m);
            ColumnInfo y = plan.y().get(m);
            Map<String, List<Object>> columns = new LinkedHashMap<>();
            for (String key : new String[] {"x", "q1", "median", "q3", "lowerfence", "upperfence", "mean", "y"}) {
                columns.put(key, new ArrayList<>());
            }
            for (int g : shape.order()) {
                BoxStats stats = box.stats(g);
                if (stats == null) {
                    continue;
                }
                Object label = plan.x() == null ? y.name() : groups.x().label(groups.xId(g));
                columns.get("x").add(label);
                columns.get("q1").add(stats.q1());
                columns.get("median").add(stats.median());
                columns.get("q3").add(stats.q3());
                columns.get("lowerfence").add(stats.lowerWhisker());
                columns.get("upperfence").add(stats.upperWhisker());
                columns.get("mean").add(stats.mean());
                List<Object> points = new ArrayList<>();
                for (double v : stats.outliers()) {
                    points.add(v);
                }
                columns.get("y").add(points);
                outliersCut += stats.outlierCount() - stats.outliers().length;
                rows.add(row(plan, groups, g, y, stats));
            }
            Map<String, Object> trace = Plotly.map("type", "box", "name", y.name(), "boxpoints", "outliers");
            trace.putAll(columns);
            traces.add(trace);
        }
        if (outliersCut > 0) {
            ctx.truncated(String.format(
                    java.util.Locale.US,
                    "%,d outliers not drawn (the most extreme %d per box are)",
                    outliersCut,
                    ctx.options().maxOutliers()));
        }
        String title = plan.title() != null
                ? plan.title()
                : "Distribution of "
                        + String.join(
                                ", ", plan.y().stream().map(ColumnInfo::name).toArray(String[]::new))
                        + (plan.x() == null ? "" : " by " + Labels.axis(plan.x(), plan.grain()));
        Map<String, Object> layout = Plotly.map(
                "title",
                Plotly.title(title),
                "xaxis",
                plan.x() == null ? null : Plotly.axis(Labels.axis(plan.x(), plan.grain()), "category", null),
                "yaxis",
                Plotly.axis(
                        plan.y().size() == 1 ? plan.y().get(0).name() : "Value",
                        "linear",
                        plan.y().size() == 1 ? plan.y().get(0).unit() : null),
                "boxmode",
                plan.y().size() > 1 && plan.x() != null ? "group" : null,
                "showlegend",
                plan.y().size() > 1);
        return ctx.result(title, Plotly.figure(traces, layout, ctx.notes()), ctx.capRows(rows), shape.summary());
    }

    private static Map<String, Object> row(ChartPlan plan, Groups groups, int g, ColumnInfo y, BoxStats stats) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (plan.x() != null) {
            row.put(plan.x().name(), groups.x().value(groups.xId(g)));
        }
        row.put("column", y.name());
        row.put("n", stats.n());
        row.put("min", stats.min());
        row.put("q1", stats.q1());
        row.put("median", stats.median());
        row.put("q3", stats.q3());
        row.put("max", stats.max());
        row.put("mean", stats.mean());
        row.put("lower_whisker", stats.lowerWhisker());
        row.put("upper_whisker", stats.upperWhisker());
        row.put("outliers", stats.outlierCount());
        return row;
    }
}
