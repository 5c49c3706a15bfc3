package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import io.datasage.charts.query.Bins;
import io.datasage.charts.query.DayMath;
import io.datasage.charts.query.Histogram;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * histogram: counts per bin drawn as touching bars. Rows carry {@code bin_start}, {@code bin_end} and
 * {@code count}; each bin holds {@code bin_start <= v < bin_end}, the last one also {@code v == bin_end}.
 * Date bins are whole days (datetime bins whole milliseconds) with ISO edges.
 */
final class HistogramChart implements ChartRenderer {

    @Override
    public ChartResult render(RenderContext ctx) {
        ChartPlan plan = ctx.plan();
        ColumnInfo column = plan.x();
        Histogram.Result result = Histogram.compute(
                ctx.table(),
                ctx.filters(),
                ctx.column(column),
                plan.bins(),
                ctx.options().maxAutoBins());
        ctx.scanned(result.rowsScanned(), result.rowsMatched());
        ctx.nulls(column, result.nulls());
        Bins bins = result.bins();
        List<Object> centers = new ArrayList<>();
        List<Object> widths = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        List<Object> ranges = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        int peak = -1;
        if (bins != null) {
            ctx.bins(bins.count());
            ctx.groups(bins.count());
            double[] edges = bins.edges();
            for (int i = 0; i < bins.count(); i++) {
                double start = edges[i];
                double end = edges[i + 1];
                Object from = edge(column.type(), start);
                Object to = edge(column.type(), end);
                centers.add(center(column.type(), start, end));
                widths.add(column.type() == ColumnType.DATE ? (end - start) * DayMath.DAY_MS : end - start);
                counts.add(result.counts()[i]);
                ranges.add(label(column, from) + " to " + label(column, to));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("bin_start", from);
                row.put("bin_end", to);
                row.put("count", result.counts()[i]);
                rows.add(row);
                if (peak < 0 || result.counts()[i] > result.counts()[peak]) {
                    peak = i;
                }
            }
        }
        Map<String, Object> trace = Plotly.map(
                "type",
                "bar",
                "name",
                "Count",
                "x",
                centers,
                "y",
                counts,
                "width",
                widths,
                "customdata",
                ranges,
                "hovertemplate",
                "%{customdata}: %{y}<extra></extra>");
        String title = plan.title() != null ? plan.title() : "Distribution of " + column.name();
        String xType = column.type().isTemporal() ? "date" : "linear";
        Map<String, Object> layout = Plotly.map(
                "title",
                Plotly.title(title),
                "xaxis",
                Plotly.axis(column.name(), xType, column.unit()),
                "yaxis",
                Plotly.axis("Count of rows", "linear", null),
                "bargap",
                0,
                "showlegend",
                false);
        String summary = bins == null
                ? (result.rowsMatched() == 0
                        ? Summaries.empty(ctx)
                        : column.name() + " has no values in the matching rows")
                : String.format(
                        Locale.US,
                        "%,d values of %s from %s to %s; the most are in %s (%,d)",
                        result.values(),
                        column.name(),
                        label(column, edge(column.type(), result.min())),
                        label(column, edge(column.type(), result.max())),
                        ranges.get(peak),
                        result.counts()[peak]);
        return ctx.result(title, Plotly.figure(List.of(trace), layout, ctx.notes()), ctx.capRows(rows), summary);
    }

    private static Object edge(ColumnType type, double value) {
        switch (type) {
            case DATE:
                return DayMath.isoDate((long) value);
            case DATETIME:
                return DayMath.isoDateTime((long) value);
            case INTEGER:
                return (long) value;
            default:
                return value;
        }
    }

    private static Object center(ColumnType type, double start, double end) {
        double middle = start + (end - start) / 2;
        switch (type) {
            case DATE:
                return DayMath.isoDateTime((long) (middle * DayMath.DAY_MS));
            case DATETIME:
                return DayMath.isoDateTime((long) middle);
            default:
                return middle;
        }
    }

    private static String label(ColumnInfo column, Object edge) {
        return edge instanceof Number ? NumberText.format(edge, column.unit()) : String.valueOf(edge);
    }
}
