package io.datasage.charts.spec;

import io.datasage.charts.ColumnInfo;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated chart spec: real columns, parsed enums and filter values, defaults filled. What the engine executes.
 *
 * @param x grouping / x-axis column (histogram: the binned column; null for kpi, correlation heatmap, ungrouped box)
 * @param y measured columns (correlation heatmap: the correlated columns; raw table: the shown columns after x)
 * @param aggregation null for charts that do not aggregate (scatter, histogram, box, correlation, raw table)
 * @param grain null when x is not temporal or when the engine picks it from the data span
 * @param sort null for charts without an order (scatter, histogram, kpi, correlation, unsorted raw table)
 * @param correlation heatmap of Pearson correlations rather than of an aggregate
 */
public record ChartPlan(
        ChartType type,
        ColumnInfo x,
        List<ColumnInfo> y,
        ColumnInfo series,
        Aggregation aggregation,
        TimeGrain grain,
        List<FilterSpec> filters,
        SortSpec sort,
        Integer limit,
        Integer bins,
        String title,
        boolean correlation) {

    public ChartPlan {
        y = List.copyOf(y);
        filters = List.copyOf(filters);
    }

    /** The columns the chart shows, in order: x, each y, series. */
    public List<ColumnInfo> columns() {
        List<ColumnInfo> shown = new ArrayList<>();
        if (x != null) {
            shown.add(x);
        }
        shown.addAll(y);
        if (series != null) {
            shown.add(series);
        }
        return shown;
    }

    /** The same plan with the time grain the engine picked. */
    public ChartPlan withGrain(TimeGrain picked) {
        return new ChartPlan(type, x, y, series, aggregation, picked, filters, sort, limit, bins, title, correlation);
    }

    /** The resolved spec: real column names, canonical values, defaults filled. */
    public ChartSpec toSpec(Integer effectiveBins, String effectiveTitle) {
        List<ChartSpec.Filter> specFilters = new ArrayList<>();
        for (FilterSpec filter : filters) {
            specFilters.add(
                    new ChartSpec.Filter(filter.column().name(), filter.op().symbol(), filter.original()));
        }
        List<String> yNames = new ArrayList<>();
        for (ColumnInfo column : y) {
            yNames.add(column.name());
        }
        return new ChartSpec(
                type.wireName(),
                x == null ? null : x.name(),
                yNames.isEmpty() ? null : yNames,
                series == null ? null : series.name(),
                aggregation == null ? null : aggregation.wireName(),
                grain == null ? null : grain.wireName(),
                specFilters.isEmpty() ? null : specFilters,
                sort == null ? null : new ChartSpec.Sort(sort.by(), sort.order()),
                limit,
                effectiveBins != null ? effectiveBins : bins,
                null,
                effectiveTitle != null ? effectiveTitle : title);
    }
}
