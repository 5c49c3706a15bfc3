package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Charts of rows rather than groups. scatter: every row with an x, a series (when split) and at least one y, a
 * seeded sample above the point cap; table without aggregation: the matching rows, in file order or sorted (empty
 * last), at most {@code limit} and the rows a reply carries.
 */
final class PointsSql {

    private PointsSql() {}

    static Select scatter(QueryContext q) {
        ChartPlan plan = q.plan();
        Select points = new Select().column(Sql.ident(plan.x().name()));
        List<String> anyY = new ArrayList<>();
        for (ColumnInfo y : plan.y()) {
            points.column(Sql.ident(y.name()));
            anyY.add(Expressions.notNull(y));
        }
        if (plan.series() != null) {
            points.column(Sql.ident(plan.series().name()));
        }
        points.from(q.from())
                .where(q.filtersAndPresent(plan.x(), plan.series()))
                .where(anyY.size() == 1 ? anyY.get(0) : "(" + String.join(" OR ", anyY) + ")");
        if (q.result().stats().sampled()) {
            int max = q.options().scatterMaxPoints();
            q.script()
                    .comment("The chart draws a fixed sample of " + max + " points; DuckDB's sample below is of the"
                            + " same size but picks other rows.");
            points.sample("USING SAMPLE reservoir(" + max + " ROWS) REPEATABLE ("
                    + q.options().sampleSeed() + ")");
        }
        return points;
    }

    static Select rows(QueryContext q) {
        ChartPlan plan = q.plan();
        Select rows = new Select();
        plan.columns().forEach(c -> rows.column(Sql.ident(c.name())));
        rows.where(q.filters());
        if (plan.sort() == null) {
            rows.from(q.from());
        } else {
            // Rows with equal values keep the file's order, as in the chart.
            rows.from("(SELECT *, row_number() OVER () AS file_row FROM " + q.from() + ")");
            ColumnInfo by = plan.sort().byY() ? plan.y().get(0) : plan.x();
            rows.orderBy(Sql.ident(by.name()) + (plan.sort().descending() ? " DESC" : "") + " NULLS LAST, file_row");
        }
        int cap = q.options().maxRowsReturned();
        return rows.limit(plan.limit() == null ? cap : Math.min(cap, plan.limit()));
    }
}
