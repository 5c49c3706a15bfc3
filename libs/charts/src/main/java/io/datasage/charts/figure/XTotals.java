package io.datasage.charts.figure;

import io.datasage.charts.data.ColumnData;
import io.datasage.charts.query.FilterSet;
import io.datasage.charts.query.GroupBy;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.KeyEncoder;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.Aggregation;
import io.datasage.charts.spec.ChartPlan;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the x values of a chart with series by their aggregate over all (non-null) series: the total for sum and
 * count, the overall mean for mean, and so on. A second scan, run only when a series chart is sorted by y.
 */
final class XTotals {

    private XTotals() {}

    static Comparator<Integer> order(RenderContext ctx, Groups cells, boolean descending) {
        ChartPlan plan = ctx.plan();
        KeyEncoder x = cells.x();
        long xNulls = x.nulls();
        ColumnData series = ctx.column(plan.series());
        FilterSet filters = ctx.filters().withNotNull(series);
        ColumnData y = plan.y().isEmpty() ? null : ctx.column(plan.y().get(0));
        Measure measure = Measure.of(y == null ? Aggregation.COUNT : plan.aggregation(), y);
        Groups totals = new GroupBy(ctx.table(), filters, x, null, List.of(measure)).run();
        ctx.nulls(plan.x(), xNulls);
        Comparator<Integer> byTotal = totals.byMeasure(0, descending);
        return byTotal::compare;
    }
}
