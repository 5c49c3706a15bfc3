package io.datasage.charts.explain;

import io.datasage.charts.spec.ChartPlan;

/**
 * pie: slices largest first (ties by x); with more slices than the pie shows, the largest are kept and the rest
 * summed into "Other" ({@code pieMaxSlices - 1} kept beyond {@code pieMaxSlices}, or the top N of a smaller limit).
 */
final class PieSql {

    private PieSql() {}

    static Select write(QueryContext q) {
        ChartPlan plan = q.plan();
        String x = plan.x().name();
        String value = q.measureNames().get(0);
        int maxSlices = q.options().pieMaxSlices();
        boolean limited = plan.limit() != null && plan.limit() < maxSlices;
        int shown = limited ? plan.limit() : maxSlices;
        int kept = limited ? plan.limit() : maxSlices - 1;
        q.script()
                .with(
                        "slices",
                        new Select()
                                .column(q.key(), x)
                                .column(q.aggregate(0), value)
                                .from(q.from())
                                .where(q.filtersAndPresent(plan.x()))
                                .groupBy("1"));
        q.script()
                .with(
                        "ranked",
                        new Select()
                                .column("*")
                                .column("row_number() OVER (ORDER BY " + Sql.ident(value) + " DESC NULLS LAST, "
                                        + Sql.ident(x) + ") AS slice_rank")
                                .column("count(*) OVER () AS slice_count")
                                .from("slices"));
        String label = plan.x().type().isText() ? Sql.ident(x) : "CAST(" + Sql.ident(x) + " AS VARCHAR)";
        return new Select()
                .column(
                        "CASE WHEN slice_count > " + shown + " AND slice_rank > " + kept + " THEN 'Other' ELSE " + label
                                + " END",
                        x)
                .column("sum(" + Sql.ident(value) + ")", value)
                .from("ranked")
                .groupBy("1")
                .orderBy("min(slice_rank)");
    }
}
