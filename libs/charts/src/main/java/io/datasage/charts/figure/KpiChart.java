package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.Aggregation;
import io.datasage.charts.spec.ChartPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * kpi: one aggregated number over the filtered rows, drawn as a Plotly {@code indicator}. With a date x the number
 * is the latest period's (month, week or day by the span of the dates, or the spec's {@code time_grain}), with its
 * change against the period before as the indicator's delta.
 */
final class KpiChart implements ChartRenderer {

    @Override
    public ChartResult render(RenderContext ctx) {
        if (ctx.plan().x() != null) {
            return PeriodKpi.render(ctx);
        }
        GroupedShape shape = GroupedShape.build(ctx, false);
        ChartPlan plan = ctx.plan();
        Groups groups = shape.groups();
        Measure measure = groups.measure(0);
        ColumnInfo y = plan.y().isEmpty() ? null : plan.y().get(0);
        Aggregation aggregation = plan.aggregation();
        Object value = measure.value(0);
        String name = Labels.measure(aggregation, y);
        String unit = Labels.unit(aggregation, y);
        Map<String, Object> trace = indicator(value, name, unit);
        String title = plan.title() != null ? plan.title() : name;
        Map<String, Object> layout = layout(title);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(name, value);
        long n = groups.rows(0) - measure.nulls();
        row.put("n", n);
        String summary = summary(ctx, aggregation, y, value, unit, n, groups.rowsMatched());
        if (value instanceof String) {
            trace.put("mode", "number");
            trace.put("title", Plotly.title(name + ": " + value));
        }
        return ctx.result(title, Plotly.figure(List.of(trace), layout, ctx.notes()), List.of(row), summary);
    }

    /** An indicator trace showing {@code value} (none for text, which the title then carries) under {@code title}. */
    static Map<String, Object> indicator(Object value, String title, String unit) {
        return Plotly.map(
                "type",
                "indicator",
                "mode",
                "number",
                "value",
                value instanceof String ? null : value,
                "title",
                Plotly.title(title),
                "number",
                number(value, unit));
    }

    /** The indicator's number format: the measure's unit as prefix or suffix. */
    static Map<String, Object> number(Object value, String unit) {
        Map<String, Object> number = Plotly.map("valueformat", NumberText.d3Format(value));
        if (unit != null) {
            number.put(unit.equals("%") ? "suffix" : "prefix", unit);
        }
        return number;
    }

    /** The layout of an indicator tile. */
    static Map<String, Object> layout(String title) {
        return Plotly.map(
                "title", Plotly.title(title), "height", 200, "margin", Plotly.map("l", 20, "r", 20, "t", 50, "b", 20));
    }

    private static String summary(
            RenderContext ctx, Aggregation aggregation, ColumnInfo y, Object value, String unit, long n, long matched) {
        String subject = Labels.capitalized(Labels.subject(aggregation, y));
        if (value == null) {
            if (matched == 0) {
                return Summaries.empty(ctx);
            }
            return subject + " has no value: "
                    + (ctx.plan().filters().isEmpty()
                            ? y.name() + " is empty in every row"
                            : "no matching row has a " + y.name());
        }
        String text = subject + " is " + NumberText.format(value, unit);
        if (aggregation != Aggregation.COUNT && y != null) {
            text += String.format(Locale.US, " (n = %,d)", n);
        }
        return text;
    }
}
