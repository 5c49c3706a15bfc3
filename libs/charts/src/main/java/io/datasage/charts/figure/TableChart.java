package io.datasage.charts.figure;

import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.query.Cells;
import io.datasage.charts.query.RawRows;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * table: with an aggregation, the grouped rows of x (and series) with one column per measure, ordered like a bar
 * chart; without, the filtered rows of the named columns (x, y..., series), in file order or by sort, at most
 * {@code limit} and {@code maxRowsReturned}. Drawn as a Plotly {@code table} trace.
 */
final class TableChart implements ChartRenderer {

    @Override
    public ChartResult render(RenderContext ctx) {
        return ctx.plan().aggregation() == null ? raw(ctx) : grouped(ctx);
    }

    private ChartResult grouped(RenderContext ctx) {
        GroupedShape shape = GroupedShape.build(ctx, false);
        ChartPlan plan = ctx.plan();
        List<Map<String, Object>> all = GroupedRows.rows(plan, shape, shape.displayed());
        String title = plan.title() != null ? plan.title() : GroupedRows.title(plan);
        List<Map<String, Object>> rows = ctx.capRows(all);
        return ctx.result(title, figure(ctx, title, rows, headers(plan)), rows, Summaries.grouped(ctx, shape));
    }

    private ChartResult raw(RenderContext ctx) {
        ChartPlan plan = ctx.plan();
        List<ColumnInfo> columns = plan.columns();
        ColumnInfo sortColumn =
                plan.sort() == null ? null : plan.sort().byY() ? plan.y().get(0) : plan.x();
        int limit = Math.min(ctx.options().maxRowsReturned(), plan.limit() == null ? Integer.MAX_VALUE : plan.limit());
        RawRows.Result result = RawRows.select(
                ctx.table(),
                ctx.filters(),
                ctx.column(sortColumn),
                plan.sort() != null && plan.sort().descending(),
                limit);
        ctx.scanned(result.rowsScanned(), result.rowsMatched());
        ctx.groups((int) Math.min(Integer.MAX_VALUE, result.rowsMatched()));
        long wanted = plan.limit() == null ? result.rowsMatched() : Math.min(plan.limit(), result.rowsMatched());
        if (result.rows().size() < wanted) {
            ctx.truncated(String.format(
                    Locale.US,
                    "showing the first %,d of %,d rows",
                    result.rows().size(),
                    wanted));
        }
        List<ColumnData> data = new ArrayList<>();
        columns.forEach(c -> data.add(ctx.column(c)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long ref : result.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                row.put(columns.get(c).name(), Cells.value(data.get(c), (int) (ref >>> 32), (int) ref));
            }
            rows.add(row);
        }
        String title = plan.title() != null ? plan.title() : "Rows of " + String.join(", ", names(columns));
        String summary = result.rowsMatched() == 0
                ? Summaries.empty(ctx)
                : String.format(Locale.US, "Showing %,d of %,d matching rows", rows.size(), result.rowsMatched());
        List<String> headers = names(columns);
        return ctx.result(title, figure(ctx, title, rows, headers), rows, summary);
    }

    private static List<String> headers(ChartPlan plan) {
        List<String> headers = new ArrayList<>();
        if (plan.x() != null) {
            headers.add(plan.x().name());
        }
        if (plan.series() != null) {
            headers.add(plan.series().name());
        }
        headers.addAll(GroupedRows.measureNames(plan));
        return headers;
    }

    private static Map<String, Object> figure(
            RenderContext ctx, String title, List<Map<String, Object>> rows, List<String> headers) {
        List<Object> cells = new ArrayList<>();
        List<Object> formats = new ArrayList<>();
        List<Object> aligns = new ArrayList<>();
        for (String header : headers) {
            List<Object> column = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                column.add(row.get(header));
            }
            cells.add(column);
            String format = numberFormat(column);
            formats.add(format);
            aligns.add(format == null ? "left" : "right");
        }
        Map<String, Object> trace = Plotly.map(
                "type",
                "table",
                "header",
                Plotly.map("values", new ArrayList<Object>(headers), "align", aligns),
                "cells",
                Plotly.map("values", cells, "align", aligns, "format", formats));
        return Plotly.figure(List.of(trace), Plotly.map("title", Plotly.title(title)), ctx.notes());
    }

    /**
     * Thousands separators for numeric columns, two decimals when any value has a fraction; null (as written)
     * for other columns. Only the display is formatted: the rows keep the exact numbers.
     */
    static String numberFormat(List<Object> column) {
        boolean numeric = false;
        boolean fractional = false;
        for (Object value : column) {
            if (value == null) {
                continue;
            }
            if (!(value instanceof Number)) {
                return null;
            }
            numeric = true;
            double d = ((Number) value).doubleValue();
            fractional |= d != Math.rint(d);
        }
        return !numeric ? null : fractional ? ",.2f" : ",";
    }

    private static List<String> names(List<ColumnInfo> columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }
}
