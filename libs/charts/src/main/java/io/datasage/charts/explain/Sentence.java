package io.datasage.charts.explain;

import io.datasage.charts.ChartStats;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import io.datasage.charts.spec.Aggregation;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.ChartType;
import io.datasage.charts.spec.FilterSpec;
import io.datasage.charts.spec.TimeGrain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart spec in one plain sentence: the measure and its aggregation, the grouping, series and time grain, the
 * filters, the order and the top-N cut, and for distributions the bins or quartiles ("Average Price ($) per Make,
 * only Transmission = Automatic, highest 10 first").
 */
final class Sentence {

    private Sentence() {}

    static String of(QueryContext q, HistogramEdges edges, List<ColumnInfo> correlated) {
        ChartPlan plan = q.plan();
        List<String> parts = new ArrayList<>();
        parts.add(what(q, edges, correlated));
        List<String> filters = new ArrayList<>();
        for (FilterSpec filter : plan.filters()) {
            filters.add(FilterWords.of(filter));
        }
        if (!filters.isEmpty()) {
            parts.add("only " + String.join(" and ", filters));
        }
        String order = OrderWords.of(q);
        if (order != null) {
            parts.add(order);
        }
        return String.join(", ", parts);
    }

    private static String what(QueryContext q, HistogramEdges edges, List<ColumnInfo> correlated) {
        ChartPlan plan = q.plan();
        switch (plan.type()) {
            case HISTOGRAM:
                return histogram(plan.x(), edges);
            case BOX:
                return "Spread of " + names(plan.y()) + " (median, quartiles, whiskers at 1.5 × IQR)" + per(plan);
            case SCATTER:
                return scatter(plan, q.result().stats());
            case TABLE:
                return plan.aggregation() == null ? "Rows of " + names(plan.columns()) : measures(plan) + per(plan);
            case HEATMAP:
                return plan.correlation()
                        ? "Pearson correlation of each pair of " + names(correlated)
                        : measures(plan) + " per " + axis(plan.x(), plan.grain()) + " (columns) and "
                                + plan.series().name() + " (rows)";
            case PIE:
                return "Share of " + (plan.y().isEmpty() ? "rows" : measures(plan)) + per(plan);
            case KPI:
                return plan.x() == null
                        ? measures(plan)
                        : measures(plan) + " in the latest " + plan.grain().wireName() + " of "
                                + plan.x().name() + ", against the "
                                + plan.grain().wireName() + " before";
            default:
                return measures(plan) + per(plan);
        }
    }

    private static String histogram(ColumnInfo x, HistogramEdges edges) {
        int k = edges.count();
        if (k == 0) {
            return "Number of rows per " + x.name() + " bin (no values)";
        }
        double w = edges.width();
        String range = "from " + edges.words(x.type(), edges.start()) + " to " + edges.words(x.type(), edges.end());
        String bins = k + (k == 1 ? " bin" : " bins");
        String width = Double.isNaN(w) ? "" : " of " + HistogramSql.width(x.type(), w);
        return "Number of rows per " + x.name() + " bin (" + bins + width + " " + range + ")";
    }

    private static String scatter(ChartPlan plan, ChartStats stats) {
        String text = names(plan.y()) + " against " + plan.x().name() + ", one point per row";
        if (plan.series() != null) {
            text += ", coloured by " + plan.series().name();
        }
        if (stats.sampled()) {
            text += String.format(Locale.US, ", a sample of the %,d points", stats.groups());
        }
        return text;
    }

    /** "Total Sales", "Number of rows", "Average Price and Total Quantity". */
    static String measures(ChartPlan plan) {
        if (plan.y().isEmpty()) {
            return measure(plan.aggregation(), null);
        }
        List<String> each = new ArrayList<>();
        for (ColumnInfo y : plan.y()) {
            each.add(measure(plan.aggregation(), y));
        }
        return FilterWords.list(each, "and");
    }

    static String measure(Aggregation aggregation, ColumnInfo y) {
        if (y == null) {
            return "Number of rows";
        }
        String name = y.name();
        switch (aggregation) {
            case SUM:
                return y.type() == ColumnType.BOOLEAN ? "Number of rows where " + name + " is true" : "Total " + name;
            case MEAN:
                return y.type() == ColumnType.BOOLEAN ? "Share of rows where " + name + " is true" : "Average " + name;
            case COUNT:
                return "Number of rows with a " + name;
            case COUNT_DISTINCT:
                return "Number of distinct " + name + " values";
            case MEDIAN:
                return "Median " + name;
            case MIN:
                return "Lowest " + name;
            default:
                return "Highest " + name;
        }
    }

    private static String per(ChartPlan plan) {
        if (plan.x() == null) {
            return "";
        }
        String per = " per " + axis(plan.x(), plan.grain());
        if (plan.series() == null) {
            return per;
        }
        boolean split = plan.type() != ChartType.TABLE;
        return per + (split ? ", split by " : " and ") + plan.series().name();
    }

    /** "Make", "month of Order Date". */
    static String axis(ColumnInfo x, TimeGrain grain) {
        if (grain == null) {
            return x.name();
        }
        String period = grain == TimeGrain.WEEK ? "week (from Monday)" : grain.wireName();
        return period + " of " + x.name();
    }

    private static String names(List<ColumnInfo> columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return FilterWords.list(names, "and");
    }
}
