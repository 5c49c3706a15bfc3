package io.datasage.charts.spec;

import io.datasage.charts.ChartSpecException;
import io.datasage.charts.ColumnInfo;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * First validation step: parses every field of a spec on its own (names to columns, words to enums, filter values
 * to typed values). {@link PlanRules} then checks how the fields fit together for the chart type.
 */
public final class SpecReader {

    private final ColumnCatalog catalog;

    public SpecReader(List<ColumnInfo> columns) {
        this.catalog = new ColumnCatalog(columns);
    }

    /** Validates {@code spec} against the columns and returns the executable plan. */
    public ChartPlan read(ChartSpec spec) throws ChartSpecException {
        if (spec == null) {
            throw new ChartSpecException("chart spec is missing");
        }
        ChartSpec s = spec.normalized();
        if (s.chartType() == null || s.chartType().isBlank()) {
            throw new ChartSpecException("chart_type is missing; use one of " + ChartType.allNames());
        }
        ChartType type = ChartType.parse(s.chartType());
        if (type == null) {
            throw new ChartSpecException(
                    "unknown chart_type '" + s.chartType() + "'; use one of " + ChartType.allNames());
        }
        Fields fields = new Fields();
        fields.type = type;
        fields.x = column(s.x());
        fields.y = new ArrayList<>();
        if (s.y() != null) {
            for (String name : s.y()) {
                ColumnInfo column = catalog.resolve(name);
                if (!fields.y.contains(column)) {
                    fields.y.add(column);
                }
            }
        }
        fields.series = column(s.series());
        fields.aggregation = aggregation(s.aggregation());
        fields.grain = grain(s.timeGrain());
        fields.filters = filters(s.filters());
        fields.limit = positive("limit", s.limit(), 100_000);
        fields.bins = positive("bins", s.bins(), 500);
        fields.title =
                s.title() == null || s.title().isBlank() ? null : s.title().trim();
        fields.sort = s.sort();
        return new PlanRules(catalog).apply(fields);
    }

    private ColumnInfo column(String name) throws ChartSpecException {
        return name == null || name.isBlank() ? null : catalog.resolve(name);
    }

    private static Aggregation aggregation(String value) throws ChartSpecException {
        if (value == null || value.isBlank()) {
            return null;
        }
        Aggregation aggregation = Aggregation.parse(value);
        if (aggregation == null) {
            throw new ChartSpecException("unknown aggregation '" + value + "'; use one of " + Aggregation.allNames());
        }
        return aggregation;
    }

    private static TimeGrain grain(String value) throws ChartSpecException {
        if (value == null || value.isBlank()) {
            return null;
        }
        TimeGrain grain = TimeGrain.parse(value);
        if (grain == null) {
            throw new ChartSpecException(
                    "unknown time_grain '" + value + "'; use one of day, week, month, quarter, year");
        }
        return grain;
    }

    private List<FilterSpec> filters(List<ChartSpec.Filter> filters) throws ChartSpecException {
        List<FilterSpec> parsed = new ArrayList<>();
        if (filters == null) {
            return parsed;
        }
        FilterParser parser = new FilterParser(catalog);
        for (ChartSpec.Filter filter : filters) {
            if (filter == null) {
                continue;
            }
            if (filter.column() == null || filter.column().isBlank()) {
                throw new ChartSpecException(
                        "a filter has no column; columns are: " + ColumnCatalog.list(catalog.columns()));
            }
            parsed.add(parser.parse(catalog.resolve(filter.column()), filter.op(), filter.value()));
        }
        return parsed;
    }

    private static Integer positive(String field, Integer value, int max) throws ChartSpecException {
        if (value == null) {
            return null;
        }
        if (value < 1 || value > max) {
            throw new ChartSpecException(field + " must be between 1 and " + max + ", got " + value);
        }
        return value;
    }

    /** Sort order words, lenient: "descending", "DESC". */
    static Boolean descending(String order) throws ChartSpecException {
        if (order == null || order.isBlank()) {
            return null;
        }
        String key = order.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith("desc")) {
            return Boolean.TRUE;
        }
        if (key.startsWith("asc")) {
            return Boolean.FALSE;
        }
        throw new ChartSpecException("unknown sort order '" + order + "'; use asc or desc");
    }

    /** The parsed, not yet cross-checked fields of a spec. */
    static final class Fields {
        ChartType type;
        ColumnInfo x;
        List<ColumnInfo> y;
        ColumnInfo series;
        Aggregation aggregation;
        TimeGrain grain;
        List<FilterSpec> filters;
        Integer limit;
        Integer bins;
        String title;
        ChartSpec.Sort sort;
    }
}
