package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.ChartType;
import io.datasage.charts.spec.SortSpec;

/**
 * The order and top-N cut of a chart in words: "highest 10 first", "lowest first", "Z to A", "the 5 highest, in
 * date order"; null when the chart keeps its natural order without a cut.
 */
final class OrderWords {

    private OrderWords() {}

    static String of(QueryContext q) {
        ChartPlan plan = q.plan();
        switch (plan.type()) {
            case PIE:
                return pie(plan, q.options().pieMaxSlices());
            case HISTOGRAM:
            case SCATTER:
            case KPI:
                return null;
            case HEATMAP:
                return null;
            case TABLE:
                return plan.aggregation() == null ? rows(plan, q.options().maxRowsReturned()) : grouped(plan);
            default:
                return grouped(plan);
        }
    }

    private static String grouped(ChartPlan plan) {
        SortSpec sort = plan.sort();
        Integer limit = plan.limit();
        if (sort == null || plan.x() == null) {
            return null;
        }
        if (sort.byY()) {
            // Boxes are ranked by their median.
            String by = plan.type() == ChartType.BOX ? "by median, " : "";
            String rank = sort.descending() ? "highest" : "lowest";
            String over =
                    plan.series() == null ? "" : " (over all " + plan.series().name() + ")";
            if (plan.type().isLineLike()) {
                return limit == null ? null : "only the " + limit + " " + rank + over + ", in " + natural(plan.x());
            }
            return by + (limit == null ? rank + " first" : rank + " " + limit + " first") + over;
        }
        String direction = direction(plan.x(), sort.descending());
        if (limit != null) {
            return "the first " + limit + ", " + direction;
        }
        boolean natural = !sort.descending() && !plan.x().type().isText();
        return natural || plan.type().isLineLike() ? null : direction;
    }

    private static String pie(ChartPlan plan, int maxSlices) {
        boolean limited = plan.limit() != null && plan.limit() < maxSlices;
        int kept = limited ? plan.limit() : maxSlices - 1;
        int shown = limited ? plan.limit() : maxSlices;
        return "largest first; with more than " + shown + " slices, the " + kept + " largest and the rest as Other";
    }

    private static String rows(ChartPlan plan, int cap) {
        int shown = plan.limit() == null ? cap : Math.min(cap, plan.limit());
        SortSpec sort = plan.sort();
        String first = "first " + shown + " rows";
        if (sort == null) {
            return first + " in file order";
        }
        ColumnInfo by = sort.byY() ? plan.y().get(0) : plan.x();
        return "sorted by " + by.name() + " " + direction(by, sort.descending()) + ", " + first;
    }

    /** "A to Z", "newest first", "largest first". */
    private static String direction(ColumnInfo column, boolean descending) {
        if (column.type().isText()) {
            return descending ? "Z to A" : "A to Z";
        }
        if (column.type().isTemporal()) {
            return descending ? "newest first" : "oldest first";
        }
        return descending ? "largest first" : "smallest first";
    }

    private static String natural(ColumnInfo x) {
        return x.type().isTemporal() ? "time order" : x.name() + " order";
    }
}
