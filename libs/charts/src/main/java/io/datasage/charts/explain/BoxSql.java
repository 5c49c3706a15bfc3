package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * box: per measure and group, the five numbers with quartiles by linear interpolation ({@code quantile_cont}), the
 * whiskers at the most extreme values within 1.5 IQR of the box and the number of values beyond them. Groups are
 * ordered by x or by the first measure's median (empty last, ties by x) and cut to the limit.
 */
final class BoxSql {

    private static final String LOW = "q.q1 - 1.5 * (q.q3 - q.q1)";
    private static final String HIGH = "q.q3 + 1.5 * (q.q3 - q.q1)";

    private BoxSql() {}

    static Select write(QueryContext q) {
        ChartPlan plan = q.plan();
        ColumnInfo x = plan.x();
        String xName = x == null ? null : Sql.ident(x.name());
        q.script().with("matched", new Select().column("*").from(q.from()).where(q.filtersAndPresent(x)));
        boolean ranked = x != null && (q.byValue() || plan.limit() != null);
        if (ranked) {
            String first = Sql.ident(plan.y().get(0).name());
            String order = q.byValue()
                    ? "median(" + first + ")" + (q.descending() ? " DESC" : "") + " NULLS LAST, " + q.key()
                    : q.key() + (q.descending() ? " DESC" : "");
            Select groups = new Select()
                    .column(q.key(), x.name())
                    .column("row_number() OVER (ORDER BY " + order + ") AS x_rank")
                    .from("matched")
                    .groupBy("1");
            if (plan.limit() != null) {
                groups.orderBy("x_rank").limit(plan.limit());
            }
            q.script().with("ranked", groups);
        }
        List<String> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ColumnInfo y : plan.y()) {
            names.add(Sql.text(y.name()));
            Select one = new Select().column(Sql.text(y.name()), "column");
            if (x != null) {
                one.column(q.key(), x.name());
            }
            values.add(one.column(Sql.ident(y.name()), "value")
                    .from("matched")
                    .where(Expressions.notNull(y))
                    .render(2));
        }
        q.script().with("v", String.join("\n  UNION ALL\n  ", values));
        String keys = x == null ? "\"column\"" : "\"column\", " + xName;
        q.script()
                .with(
                        "q",
                        new Select()
                                .column(keys)
                                .column("count(*) AS n, min(value) AS min, quantile_cont(value, 0.25) AS q1")
                                .column("median(value) AS median, quantile_cont(value, 0.75) AS q3")
                                .column("max(value) AS max, avg(value) AS mean")
                                .from("v")
                                .groupBy(x == null ? "1" : "1, 2"));
        Select main = new Select();
        List<String> grouped = new ArrayList<>();
        if (x != null) {
            grouped.add("q." + xName);
        }
        for (String column : new String[] {"\"column\"", "n", "min", "q1", "median", "q3", "max", "mean"}) {
            grouped.add("q." + column);
        }
        grouped.forEach(main::column);
        main.column("min(v.value) FILTER (WHERE v.value >= " + LOW + ") AS lower_whisker")
                .column("max(v.value) FILTER (WHERE v.value <= " + HIGH + ") AS upper_whisker")
                .column("count(*) FILTER (WHERE v.value < " + LOW + " OR v.value > " + HIGH + ") AS outliers")
                .from("q JOIN v USING (" + keys + ")" + (ranked ? " JOIN ranked USING (" + xName + ")" : ""));
        if (ranked) {
            grouped.add("ranked.x_rank");
        }
        main.groupBy(String.join(", ", grouped));
        List<String> order = new ArrayList<>();
        if (names.size() > 1) {
            order.add("list_position([" + String.join(", ", names) + "], q.\"column\")");
        }
        if (x != null) {
            order.add(ranked ? "ranked.x_rank" : "q." + xName + (q.descending() ? " DESC" : ""));
        }
        return order.isEmpty() ? main : main.orderBy(String.join(", ", order));
    }
}
