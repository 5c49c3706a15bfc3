package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import io.datasage.charts.figure.NumberText;
import io.datasage.charts.spec.ChartPlan;
import java.util.Locale;

/**
 * histogram: the bins the chart used, {@code [bin_start, bin_end)} with the last also holding its end, each counting
 * the non-empty values that fall in it (empty bins count 0). Edges come from the rendered chart, because automatic
 * bins depend on the data (Freedman-Diaconis widths on 1-2-2.5-5 steps).
 */
final class HistogramSql {

    private HistogramSql() {}

    static Select write(QueryContext q, HistogramEdges edges) {
        ChartPlan plan = q.plan();
        ColumnInfo x = plan.x();
        String c = Sql.ident(x.name());
        q.script().with("bins", edges.sql(x.type()));
        q.script().with("matched", new Select().column(c).from(q.from()).where(q.filtersAndPresent(x)));
        String v = "matched." + c;
        String last = "bins.i = " + (edges.count() - 1);
        return new Select()
                .column("bins.bin_start")
                .column("bins.bin_end")
                .column("count(" + v + ")", "count")
                .from("bins\n"
                        + "LEFT JOIN matched ON " + v + " >= bins.bin_start AND (" + v + " < bins.bin_end OR (" + last
                        + " AND " + v + " = bins.bin_end))")
                .groupBy("ALL")
                .orderBy("bins.bin_start");
    }

    /** The words for a bin width: "2,500", "7 days", "6 hours". */
    static String width(ColumnType type, double width) {
        if (type == ColumnType.DECIMAL) {
            return NumberText.format(width, null);
        }
        long w = (long) width;
        if (type == ColumnType.DATE) {
            return count(w, "day");
        }
        if (type != ColumnType.DATETIME) {
            return String.format(Locale.US, "%,d", w);
        }
        long[] units = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
        String[] names = {"day", "hour", "minute", "second", "millisecond"};
        int u = 0;
        while (w % units[u] != 0) {
            u++;
        }
        return count(w / units[u], names[u]);
    }

    private static String count(long n, String unit) {
        return String.format(Locale.US, "%,d %s%s", n, unit, n == 1 ? "" : "s");
    }
}
