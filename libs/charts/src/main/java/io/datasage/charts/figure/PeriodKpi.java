package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.DayMath;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.Measure;
import io.datasage.charts.query.ValueRange;
import io.datasage.charts.spec.Aggregation;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.TimeGrain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KPI over a date x: the latest period's number with its change against the period before (Plotly's indicator
 * delta). A latest period the data does not cover to its end is said to be partial, since comparing half a month
 * with a whole one is what misleads people most about such a tile.
 */
final class PeriodKpi {

    private PeriodKpi() {}

    static ChartResult render(RenderContext ctx) {
        ValueRange.Days range = ValueRange.ofDays(
                ctx.table(), ctx.filters(), ctx.column(ctx.plan().x()));
        if (ctx.plan().grain() == null) {
            ctx.plan(ctx.plan().withGrain(grain(range)));
        }
        ChartPlan plan = ctx.plan();
        GroupedShape shape = GroupedShape.build(ctx, true, false);
        Groups groups = shape.groups();
        Measure measure = groups.measure(0);
        ColumnInfo y = plan.y().get(0);
        Aggregation aggregation = plan.aggregation();
        String name = Labels.measure(aggregation, y);
        String unit = Labels.unit(aggregation, y);
        List<Integer> periods = new ArrayList<>(shape.allGroups());
        periods.sort(groups.byX());
        if (periods.isEmpty()) {
            Map<String, Object> trace =
                    Plotly.map("type", "indicator", "mode", "number", "value", null, "title", Plotly.title(name));
            String title = plan.title() != null ? plan.title() : name;
            return ctx.result(
                    title,
                    Plotly.figure(List.of(trace), KpiChart.layout(title), ctx.notes()),
                    List.of(),
                    Summaries.empty(ctx));
        }
        int last = periods.get(periods.size() - 1);
        Integer previous = periods.size() > 1 ? periods.get(periods.size() - 2) : null;
        String lastLabel = groups.x().label(groups.xId(last));
        Object value = measure.value(last);
        Object before = previous == null ? null : measure.value(previous);
        boolean partial = range.count() > 0
                && DayMath.truncate(range.max() + 1, plan.grain()) == DayMath.truncate(range.max(), plan.grain());
        String period = lastLabel + (partial ? " (to " + DayMath.isoDate(range.max()) + ")" : "");
        Map<String, Object> trace = KpiChart.indicator(value, name + ", " + period, unit);
        if (value instanceof Number && before instanceof Number) {
            trace.put("mode", "number+delta");
            trace.put(
                    "delta",
                    Plotly.map("reference", before, "relative", true, "valueformat", ".1%", "position", "bottom"));
        }
        String title = plan.title() != null ? plan.title() : name;
        List<Map<String, Object>> rows = new ArrayList<>();
        if (previous != null) {
            rows.add(row(plan, groups, previous, name, before));
        }
        rows.add(row(plan, groups, last, name, value));
        return ctx.result(
                title,
                Plotly.figure(List.of(trace), KpiChart.layout(title), ctx.notes()),
                rows,
                summary(
                        name,
                        period,
                        value,
                        before,
                        previous == null ? null : groups.x().label(groups.xId(previous)),
                        unit));
    }

    /** Month when the dates span two months or more, else week over two weeks, else day. */
    static TimeGrain grain(ValueRange.Days range) {
        long span = range.count() == 0 ? 0 : range.max() - range.min();
        return span >= 59 ? TimeGrain.MONTH : span >= 13 ? TimeGrain.WEEK : TimeGrain.DAY;
    }

    private static Map<String, Object> row(ChartPlan plan, Groups groups, int group, String name, Object value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(plan.x().name(), groups.x().value(groups.xId(group)));
        row.put(name, value);
        row.put("rows", groups.rows(group));
        return row;
    }

    private static String summary(
            String name, String period, Object value, Object before, String previousLabel, String unit) {
        String text = Labels.capitalized(name) + " in " + period + " is " + NumberText.format(value, unit);
        if (!(value instanceof Number) || !(before instanceof Number)) {
            return previousLabel == null ? text + " (no earlier period to compare with)" : text;
        }
        double now = ((Number) value).doubleValue();
        double then = ((Number) before).doubleValue();
        if (then == 0) {
            return text + ", against " + NumberText.format(before, unit) + " in " + previousLabel;
        }
        double change = (now - then) / Math.abs(then);
        return text + ", " + NumberText.change(change) + " on " + previousLabel + " (" + NumberText.format(before, unit)
                + ")";
    }
}
