package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.query.Cells;
import io.datasage.charts.query.PointSample;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * scatter: raw points, one trace per y, or per series value with one y. Above {@code scatterMaxPoints} points a
 * deterministic sample is drawn and the figure says so.
 */
final class ScatterChart implements ChartRenderer {

    @Override
    public ChartResult render(RenderContext ctx) {
        ChartPlan plan = ctx.plan();
        ColumnData x = ctx.column(plan.x());
        List<ColumnData> ys = new ArrayList<>();
        for (ColumnInfo y : plan.y()) {
            ys.add(ctx.column(y));
        }
        ColumnData series = ctx.column(plan.series());
        int max = ctx.options().scatterMaxPoints();
        PointSample.Result sample = PointSample.sample(
                ctx.table(), ctx.filters(), x, ys, series, max, ctx.options().sampleSeed());
        ctx.scanned(sample.rowsScanned(), sample.rowsMatched());
        ctx.nulls(plan.x(), sample.xNulls());
        ctx.nulls(plan.series(), sample.seriesNulls());
        ctx.groups((int) Math.min(Integer.MAX_VALUE, sample.points()));
        if (sample.sampled()) {
            ctx.sampled();
            ctx.note(String.format(
                    java.util.Locale.US, "showing a deterministic sample of %,d of %,d points", max, sample.points()));
        }
        Map<String, Map<String, Object>> traces = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        long[] yNulls = new long[ys.size()];
        for (long ref : sample.rows()) {
            int batch = (int) (ref >>> 32);
            int row = (int) ref;
            Object xv = Cells.value(x, batch, row);
            Object sv = series == null ? null : Cells.value(series, batch, row);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(plan.x().name(), xv);
            for (int i = 0; i < ys.size(); i++) {
                Object yv = Cells.value(ys.get(i), batch, row);
                out.put(plan.y().get(i).name(), yv);
                if (yv == null) {
                    yNulls[i]++;
                    continue;
                }
                String name = series != null
                        ? String.valueOf(sv)
                                + (ys.size() > 1 ? " · " + plan.y().get(i).name() : "")
                        : plan.y().get(i).name();
                Map<String, Object> trace = traces.computeIfAbsent(
                        name,
                        n -> Plotly.map(
                                "type",
                                "scatter",
                                "mode",
                                "markers",
                                "name",
                                n,
                                "x",
                                new ArrayList<>(),
                                "y",
                                new ArrayList<>()));
                points(trace, "x").add(xv);
                points(trace, "y").add(yv);
            }
            if (series != null) {
                out.put(plan.series().name(), sv);
            }
            rows.add(out);
        }
        if (!sample.sampled()) {
            for (int i = 0; i < ys.size(); i++) {
                ctx.nulls(plan.y().get(i), yNulls[i]);
            }
        }
        List<Map<String, Object>> drawn = new ArrayList<>(traces.values());
        int maxSeries = ctx.options().maxSeries();
        if (series != null && drawn.size() > maxSeries) {
            drawn.sort((a, b) ->
                    Integer.compare(points(b, "x").size(), points(a, "x").size()));
            ctx.truncated("showing the " + maxSeries + " " + plan.series().name() + " values with the most points of "
                    + drawn.size());
            drawn = new ArrayList<>(drawn.subList(0, maxSeries));
        }
        String title = plan.title() != null
                ? plan.title()
                : String.join(", ", names(plan.y())) + " vs " + plan.x().name();
        Map<String, Object> layout = Plotly.map(
                "title",
                Plotly.title(title),
                "xaxis",
                Plotly.axis(
                        plan.x().name(),
                        plan.x().type().isTemporal() ? "date" : "linear",
                        plan.x().unit()),
                "yaxis",
                Plotly.axis(
                        plan.y().size() == 1 ? plan.y().get(0).name() : "Value",
                        "linear",
                        plan.y().size() == 1 ? plan.y().get(0).unit() : null),
                "showlegend",
                drawn.size() > 1);
        if (series != null) {
            layout.put("legend", Plotly.map("title", Plotly.title(plan.series().name())));
        }
        return ctx.result(title, Plotly.figure(drawn, layout, ctx.notes()), ctx.capRows(rows), summary(plan, sample));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> points(Map<String, Object> trace, String axis) {
        return (List<Object>) trace.get(axis);
    }

    private static List<String> names(List<ColumnInfo> columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    private static String summary(ChartPlan plan, PointSample.Result sample) {
        if (sample.points() == 0) {
            return "No points: no matching row has both " + plan.x().name() + " and "
                    + plan.y().get(0).name();
        }
        String text = String.format(java.util.Locale.US, "%,d points", sample.points());
        if (!Double.isNaN(sample.r())) {
            text += "; the correlation of " + plan.x().name() + " and "
                    + plan.y().get(0).name() + " is r = " + String.format(java.util.Locale.ROOT, "%.2f", sample.r());
        }
        if (sample.sampled()) {
            text += String.format(java.util.Locale.US, " (%,d shown)", sample.rows().length);
        }
        return text;
    }
}
