package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.ChartPlan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pie: slices by value, largest first. With more than {@code pieMaxSlices} groups the largest
 * {@code pieMaxSlices - 1} are kept and the rest summed into "Other"; with a smaller limit N and more than N
 * groups, the top N are kept plus "Other". The "Other" row carries {@code "others": n}, the number of groups folded
 * in; integer sums stay exact in it.
 */
final class PieChart implements ChartRenderer {

    static final String OTHER = "Other";

    @Override
    public ChartResult render(RenderContext ctx) {
        GroupedShape shape = GroupedShape.build(ctx, false, false);
        ChartPlan plan = ctx.plan();
        Integer limit = plan.limit();
        Groups groups = shape.groups();
        Measure measure = groups.measure(0);
        List<Integer> ordered = shape.displayed();
        int maxSlices = ctx.options().pieMaxSlices();
        boolean limited = limit != null && limit < maxSlices;
        int named = limited ? limit : maxSlices - 1;
        boolean fold = ordered.size() > (limited ? limit : maxSlices);
        List<Integer> kept = fold ? ordered.subList(0, named) : ordered;
        List<Integer> folded = fold ? ordered.subList(named, ordered.size()) : List.of();
        String name = GroupedRows.measureNames(plan).get(0);
        List<Object> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Map<String, Object>> rows = GroupedRows.rows(plan, shape, kept);
        for (int g : kept) {
            labels.add(groups.x().label(groups.xId(g)));
            values.add(measure.value(g));
        }
        if (!folded.isEmpty()) {
            Object other = sum(measure, folded);
            labels.add(OTHER);
            values.add(other);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(plan.x().name(), OTHER);
            row.put(name, other);
            row.put("others", folded.size());
            rows.add(row);
            ctx.note("\"" + OTHER + "\" sums the " + folded.size() + " smallest of " + ordered.size() + " "
                    + plan.x().name() + " values");
        }
        if (values.stream().anyMatch(v -> v instanceof Number && ((Number) v).doubleValue() < 0)) {
            ctx.note("negative values cannot be drawn as slices and are left out of the pie");
        }
        ColumnInfo y = plan.y().isEmpty() ? null : plan.y().get(0);
        String title = plan.title() != null ? plan.title() : GroupedRows.title(plan);
        Map<String, Object> trace = Plotly.map(
                "type",
                "pie",
                "name",
                name,
                "labels",
                labels,
                "values",
                values,
                "sort",
                false,
                "direction",
                "clockwise",
                "textinfo",
                "label+percent");
        String unit = Labels.unit(plan.aggregation(), y);
        if (unit != null) {
            trace.put(
                    "hovertemplate",
                    "%{label}: " + (unit.equals("%") ? "%{value}%" : unit + "%{value}")
                            + " (%{percent})<extra></extra>");
        }
        Map<String, Object> layout = Plotly.map("title", Plotly.title(title), "showlegend", true);
        return ctx.result(
                title,
                Plotly.figure(List.of(trace), layout, ctx.notes()),
                ctx.capRows(rows),
                Summaries.grouped(ctx, shape));
    }

    /** Sum of the folded groups' values: exact for integers, compensated for decimals. */
    private static Object sum(Measure measure, List<Integer> folded) {
        boolean integral = true;
        BigInteger whole = BigInteger.ZERO;
        double sum = 0;
        double compensation = 0;
        for (int g : folded) {
            Object value = measure.value(g);
            if (value == null) {
                continue;
            }
            if (value instanceof Long || value instanceof BigInteger) {
                whole = whole.add(value instanceof Long ? BigInteger.valueOf((Long) value) : (BigInteger) value);
            } else {
                integral = false;
            }
            double v = ((Number) value).doubleValue();
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        if (integral) {
            return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
        }
        return sum + compensation;
    }
}
