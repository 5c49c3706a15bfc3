package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.ChartType;
import java.util.List;

/**
 * bar, grouped_bar, stacked_bar, line, area, the crossed heatmap, grouped tables and kpi (over a date x: its latest two
 * periods): one row per group with
 * each measure, ordered and cut like the chart (ties by x, empty values last; with series, x values ranked by their
 * aggregate over all series; line, area and heatmap drawn in x order after a top-N cut).
 */
final class GroupedSql {

    private GroupedSql() {}

    static Select write(QueryContext q) {
        ChartPlan plan = q.plan();
        if (plan.x() == null) {
            Select total = new Select().from(q.from()).where(q.filters());
            measures(q, total);
            return total;
        }
        if (plan.type() == ChartType.KPI) {
            return latestPeriods(q);
        }
        return plan.series() == null ? single(q) : withSeries(q);
    }

    /** A KPI over a date x: the latest period and the one before it, oldest first. */
    private static Select latestPeriods(QueryContext q) {
        ChartPlan plan = q.plan();
        Select periods = new Select()
                .column(q.key(), plan.x().name())
                .from(q.from())
                .where(q.filtersAndPresent(plan.x()))
                .groupBy("1");
        measures(q, periods);
        q.script().with("latest", periods.orderBy("1 DESC").limit(2));
        return new Select().column("*").from("latest").orderBy("1");
    }

    private static Select single(QueryContext q) {
        ChartPlan plan = q.plan();
        Select groups = new Select()
                .column(q.key(), plan.x().name())
                .from(q.from())
                .where(q.filtersAndPresent(plan.x()))
                .groupBy("1");
        measures(q, groups);
        String rank = q.byValue() ? "2 " + (q.descending() ? "DESC " : "") + "NULLS LAST, 1" : xOrder(q);
        if (inXOrder(plan) && plan.limit() != null && !rank.equals("1")) {
            q.script().with("kept", groups.orderBy(rank).limit(plan.limit()));
            return new Select().column("*").from("kept").orderBy("1");
        }
        return groups.orderBy(inXOrder(plan) ? "1" : rank).limit(plan.limit());
    }

    private static Select withSeries(QueryContext q) {
        ChartPlan plan = q.plan();
        ColumnInfo series = plan.series();
        Select cells = new Select()
                .column(q.key(), plan.x().name())
                .column(Sql.ident(series.name()))
                .groupBy("1, 2");
        measures(q, cells);
        if (plan.limit() == null && !q.byValue()) {
            String order = inXOrder(plan) || !q.descending() ? "1, 2" : "1 DESC, 2";
            return cells.from(q.from())
                    .where(q.filtersAndPresent(plan.x(), series))
                    .orderBy(order);
        }
        q.script()
                .with("matched", new Select().column("*").from(q.from()).where(q.filtersAndPresent(plan.x(), series)));
        String rankOrder = q.byValue()
                ? q.aggregate(0) + (q.descending() ? " DESC" : "") + " NULLS LAST, " + q.key()
                : q.key() + (q.descending() ? " DESC" : "");
        Select ranked = new Select()
                .column(q.key(), plan.x().name())
                .column("row_number() OVER (ORDER BY " + rankOrder + ") AS x_rank")
                .from("matched")
                .groupBy("1");
        if (plan.limit() != null) {
            ranked.orderBy("x_rank").limit(plan.limit());
        }
        q.script().with("ranked", ranked);
        q.script().with("cells", cells.from("matched"));
        return new Select()
                .column("cells.*")
                .from("cells JOIN ranked USING (" + Sql.ident(plan.x().name()) + ")")
                .orderBy(inXOrder(plan) ? "1, 2" : "ranked.x_rank, 2");
    }

    private static void measures(QueryContext q, Select select) {
        List<String> names = q.measureNames();
        for (int i = 0; i < names.size(); i++) {
            select.column(q.aggregate(i), names.get(i));
        }
    }

    private static String xOrder(QueryContext q) {
        return q.descending() ? "1 DESC" : "1";
    }

    /** Line, area and the heatmap always draw their groups in x order. */
    private static boolean inXOrder(ChartPlan plan) {
        return plan.type().isLineLike() || plan.type() == ChartType.HEATMAP;
    }
}
