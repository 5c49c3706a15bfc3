package io.datasage.charts.figure;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.spec.Aggregation;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.TimeGrain;
import java.util.ArrayList;
import java.util.List;

/** Axis titles, measure names and subjects of summary sentences. */
public final class Labels {

    private Labels() {}

    /**
     * The measure labels of a grouped chart, one per y (or "Count of rows"), made distinct from the x and series
     * column names: the keys of its rows.
     */
    public static List<String> measures(ChartPlan plan) {
        List<String> names = new ArrayList<>();
        int count = Math.max(1, plan.y().size());
        for (int i = 0; i < count; i++) {
            String name = measure(
                    plan.aggregation(), plan.y().isEmpty() ? null : plan.y().get(i));
            while ((plan.x() != null && name.equals(plan.x().name()))
                    || (plan.series() != null && name.equals(plan.series().name()))) {
                name = name + " (value)";
            }
            names.add(name);
        }
        return names;
    }

    /** "Sum of Sales", "Count of rows", "Distinct count of customer": the measure's axis title and row key. */
    public static String measure(Aggregation aggregation, ColumnInfo y) {
        if (y == null) {
            return "Count of rows";
        }
        return aggregation.label() + " of " + y.name();
    }

    /** How a summary names the measure: "Sales" (a sum), "Average price", "Row count". */
    public static String subject(Aggregation aggregation, ColumnInfo y) {
        if (y == null) {
            return "Row count";
        }
        switch (aggregation) {
            case SUM:
                return y.name();
            case MEAN:
                return "Average " + y.name();
            case MEDIAN:
                return "Median " + y.name();
            case MIN:
                return "Minimum " + y.name();
            case MAX:
                return "Maximum " + y.name();
            case COUNT_DISTINCT:
                return "Distinct " + y.name() + " values";
            default:
                return "Count of " + y.name();
        }
    }

    /** "Order Date (month)" for a bucketed time axis, else the column name. */
    public static String axis(ColumnInfo x, TimeGrain grain) {
        return grain == null ? x.name() : x.name() + " (" + grain.wireName() + ")";
    }

    /** The unit a measure's values carry: the column's, except for counts. */
    public static String unit(Aggregation aggregation, ColumnInfo y) {
        return y == null || aggregation == null || !aggregation.keepsUnit() ? null : y.unit();
    }

    /** Sentence-initial capital. */
    public static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
