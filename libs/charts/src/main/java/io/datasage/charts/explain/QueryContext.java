package io.datasage.charts.explain;

import io.datasage.charts.ChartOptions;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.figure.Labels;
import io.datasage.charts.spec.ChartPlan;
import io.datasage.charts.spec.SortSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What the SQL writers of one chart share: the resolved plan, what the render reported (histogram edges, sampling),
 * the engine's limits, the script being written and the name to read rows from.
 */
final class QueryContext {

    private final ChartPlan plan;
    private final ChartResult result;
    private final ChartOptions options;
    private final SqlScript script;
    private final String from;

    QueryContext(ChartPlan plan, ChartResult result, ChartOptions options, SqlScript script, String from) {
        this.plan = plan;
        this.result = result;
        this.options = options;
        this.script = script;
        this.from = from;
    }

    ChartPlan plan() {
        return plan;
    }

    ChartResult result() {
        return result;
    }

    ChartOptions options() {
        return options;
    }

    SqlScript script() {
        return script;
    }

    /** The table expression rows are read from: {@code read_csv(...)} or the {@code data} step. */
    String from() {
        return from;
    }

    /** The spec's filters as conditions. */
    List<String> filters() {
        return FilterSql.conditions(plan.filters());
    }

    /** The filters plus "not empty" for each of {@code columns}: rows with an empty key belong to no group. */
    List<String> filtersAndPresent(ColumnInfo... columns) {
        List<String> conditions = new ArrayList<>(filters());
        for (ColumnInfo column : columns) {
            if (column != null) {
                conditions.add(Expressions.notNull(column));
            }
        }
        return conditions;
    }

    /** The x group key (the period start for a time grain). */
    String key() {
        return Expressions.key(plan.x(), plan.grain());
    }

    /** The measures' names, as the chart's rows are keyed ("Sum of Sales"). */
    List<String> measureNames() {
        return Labels.measures(plan);
    }

    /** The aggregate of the {@code i}-th measure. */
    String aggregate(int i) {
        return Expressions.aggregate(
                plan.aggregation(), plan.y().isEmpty() ? null : plan.y().get(i));
    }

    /** Whether groups are ranked by their measure (rather than ordered by x). */
    boolean byValue() {
        SortSpec sort = plan.sort();
        return sort != null && sort.byY();
    }

    boolean descending() {
        SortSpec sort = plan.sort();
        return sort != null && sort.descending();
    }
}
