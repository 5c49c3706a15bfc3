package io.datasage.charts.figure;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.query.Groups;
import io.datasage.charts.query.Measure;
import io.datasage.charts.spec.ChartPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows, titles and value axes shared by the charts built on {@link GroupedShape}. */
final class GroupedRows {

    private GroupedRows() {}

    /** Measure labels, one per y (or "Count of rows"), made distinct from the x and series column names. */
    static List<String> measureNames(ChartPlan plan) {
        return Labels.measures(plan);
    }

    /** One row per group: x, series, then each measure, keyed by column name and measure label. */
    static List<Map<String, Object>> rows(ChartPlan plan, GroupedShape shape, List<Integer> order) {
        Groups groups = shape.groups();
        List<String> names = measureNames(plan);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int g : order) {
            Map<String, Object> row = new LinkedHashMap<>();
            if (plan.x() != null) {
                row.put(plan.x().name(), groups.x().value(groups.xId(g)));
            }
            if (plan.series() != null) {
                row.put(plan.series().name(), groups.series().value(groups.seriesId(g)));
            }
            for (int m = 0; m < names.size(); m++) {
                row.put(names.get(m), groups.measure(m).value(g));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A measure value as plotted: numbers as they are, dates as ISO strings. */
    static Object plotted(Measure measure, int group) {
        return measure.value(group);
    }

    /** "Sum of Sales by Region and Segment". */
    static String title(ChartPlan plan) {
        String measures = String.join(", ", measureNames(plan));
        String by = plan.x() == null ? "" : " by " + Labels.axis(plan.x(), plan.grain());
        String and = plan.series() == null ? "" : " and " + plan.series().name();
        return measures + by + and;
    }

    /** The y axis: titled with the measure (when there is one), its unit, date-typed for min/max of dates. */
    static Map<String, Object> valueAxis(ChartPlan plan, Measure first) {
        List<String> names = measureNames(plan);
        ColumnInfo y = plan.y().isEmpty() ? null : plan.y().get(0);
        String title = names.size() == 1 ? names.get(0) : "Value";
        return Plotly.axis(title, first.temporal() ? "date" : null, Labels.unit(plan.aggregation(), y));
    }
}
