package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.query.Correlation;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * heatmap: either the Pearson correlation matrix of numeric columns (pairwise complete; rows list each pair once
 * with its r and n), or a 2-D aggregate of y over x (columns) and series (rows), missing cells null.
 */
final class HeatmapChart implements ChartRenderer {

    @Override
    public ChartResult render(RenderContext ctx) {
        return ctx.plan().correlation() ? correlation(ctx) : crossed(ctx);
    }

    private ChartResult correlation(RenderContext ctx) {
        ChartPlan plan = ctx.plan();
        List<ColumnInfo> columns = plan.y();
        int max = ctx.options().maxCorrelationColumns();
        if (columns.size() > max) {
            ctx.truncated("correlating the first " + max + " of " + columns.size() + " numeric columns");
            columns = columns.subList(0, max);
        }
        List<ColumnData> data = new ArrayList<>();
        for (ColumnInfo column : columns) {
            data.add(ctx.column(column));
        }
        Correlation.Result result = Correlation.compute(ctx.table(), ctx.filters(), data);
        ctx.scanned(result.rowsScanned(), result.rowsMatched());
        List<Object> names = new ArrayList<>();
        List<Object> z = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        int k = columns.size();
        double best = -1;
        String strongest = null;
        for (int a = 0; a < k; a++) {
            names.add(columns.get(a).name());
            ctx.nulls(columns.get(a), result.nulls()[a]);
            List<Object> line = new ArrayList<>();
            for (int b = 0; b < k; b++) {
                line.add(Plotly.number(result.r()[a][b]));
                if (b > a) {
                    double r = result.r()[a][b];
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("column_a", columns.get(a).name());
                    row.put("column_b", columns.get(b).name());
                    row.put("correlation", Plotly.number(r));
                    row.put("n", result.n()[a][b]);
                    rows.add(row);
                    if (!Double.isNaN(r) && Math.abs(r) > best) {
                        best = Math.abs(r);
                        strongest = columns.get(a).name() + " and "
                                + columns.get(b).name() + String.format(Locale.US, " (r = %.2f)", r);
                    }
                }
            }
            z.add(line);
        }
        ctx.groups(rows.size());
        String title = plan.title() != null ? plan.title() : "Correlation of numeric columns";
        Map<String, Object> trace = Plotly.map(
                "type",
                "heatmap",
                "x",
                names,
                "y",
                names,
                "z",
                z,
                "zmin",
                -1,
                "zmax",
                1,
                "colorscale",
                "RdBu",
                "reversescale",
                true,
                "hovertemplate",
                "%{y} / %{x}: r = %{z:.2f}<extra></extra>");
        Map<String, Object> layout = Plotly.map(
                "title",
                Plotly.title(title),
                "xaxis",
                Plotly.map("type", "category", "automargin", true),
                "yaxis",
                Plotly.map("type", "category", "automargin", true, "autorange", "reversed"));
        String summary = strongest == null
                ? (result.rowsMatched() == 0
                        ? Summaries.empty(ctx)
                        : "No correlation can be computed: too few rows or no variation")
                : "Strongest correlation: " + strongest;
        return ctx.result(title, Plotly.figure(List.of(trace), layout, ctx.notes()), ctx.capRows(rows), summary);
    }

    private ChartResult crossed(RenderContext ctx) {
        GroupedShape shape = GroupedShape.build(ctx, true);
        ChartPlan plan = ctx.plan();
        Groups groups = shape.groups();
        Measure measure = groups.measure(0);
        String xType = Axes.type(plan.x(), plan.grain(), true);
        List<Object> xs = new ArrayList<>();
        for (int xId : shape.xIds()) {
            xs.add(Axes.plotted(groups.x(), xId, xType));
        }
        List<Object> ys = new ArrayList<>();
        List<Object> z = new ArrayList<>();
        for (int s : shape.seriesIds()) {
            ys.add(groups.series().label(s));
            List<Object> line = new ArrayList<>();
            for (int xId : shape.xIds()) {
                Integer g = shape.group(xId, s);
                line.add(g == null ? null : measure.value(g));
            }
            z.add(line);
        }
        String name = GroupedRows.measureNames(plan).get(0);
        String title = plan.title() != null ? plan.title() : GroupedRows.title(plan);
        Map<String, Object> trace = Plotly.map(
                "type",
                "heatmap",
                "x",
                xs,
                "y",
                ys,
                "z",
                z,
                "colorscale",
                "Blues",
                "colorbar",
                Plotly.map("title", Plotly.title(name)));
        Map<String, Object> layout = Plotly.map(
                "title",
                Plotly.title(title),
                "xaxis",
                Plotly.axis(Labels.axis(plan.x(), plan.grain()), xType, null),
                "yaxis",
                Plotly.axis(plan.series().name(), "category", null));
        List<Map<String, Object>> rows = ctx.capRows(GroupedRows.rows(plan, shape, shape.displayed()));
        return ctx.result(
                title, Plotly.figure(List.of(trace), layout, ctx.notes()), rows, Summaries.grouped(ctx, shape));
    }
}
