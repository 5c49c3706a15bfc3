package io.datasage.contracts.chart;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What a chart should show, as an LLM, the planner or a user writes it. It is untrusted
 * until validated against the dataset's real columns. The original system's {@code "columns": [x, y]} form is
 * accepted too and means {@code x = columns[0]}, {@code y = columns[1..]}.
 *
 * @param chartType bar, line, pie, scatter, histogram, heatmap, grouped_bar, stacked_bar, area, box
 * @param x the category, time or first numeric column
 * @param y the measured columns (a single string is accepted as a one-element list)
 * @param series a second grouping column: colours for bar, line, area, scatter
 * @param aggregation sum, mean, count, min, max, median, count_distinct
 * @param timeGrain day, week, month, quarter, year
 * @param limit keep the first N groups after sorting (top-N)
 * @param bins histogram bin count
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChartSpec(
        String chartType,
        String x,

        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> y,

        String series,
        String aggregation,
        String timeGrain,

        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<Filter> filters,

        Sort sort,
        Integer limit,
        Integer bins,
        List<String> columns,
        String title) {

    /**
     * A row filter. {@code value} is a scalar for the comparisons and {@code contains}, a list for {@code in},
     * and a two-element list {@code [low, high]} (inclusive) for {@code between}. Dates are ISO strings.
     *
     * @param op =, !=, >, >=, <, <=, in, between, contains
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Filter(String column, String op, Object value) {}

    /**
     * Ordering of the groups.
     *
     * @param by x or y
     * @param order asc or desc
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Sort(String by, String order) {}

    /** The same spec with another title (null: none), e.g. to compare two specs by what they draw. */
    public ChartSpec withTitle(String newTitle) {
        return new ChartSpec(
                chartType, x, y, series, aggregation, timeGrain, filters, sort, limit, bins, columns, newTitle);
    }

    /** The same spec with another bin count (null: automatic). */
    public ChartSpec withBins(Integer newBins) {
        return new ChartSpec(
                chartType, x, y, series, aggregation, timeGrain, filters, sort, limit, newBins, columns, title);
    }

    /** The same spec with the seed's {@code columns} form folded into {@code x} and {@code y}. */
    public ChartSpec normalized() {
        if (columns == null || columns.isEmpty() || x != null) {
            return columns == null
                    ? this
                    : new ChartSpec(
                            chartType, x, y, series, aggregation, timeGrain, filters, sort, limit, bins, null, title);
        }
        List<String> rest = columns.size() > 1 ? List.copyOf(columns.subList(1, columns.size())) : y;
        return new ChartSpec(
                chartType,
                columns.get(0),
                rest,
                series,
                aggregation,
                timeGrain,
                filters,
                sort,
                limit,
                bins,
                null,
                title);
    }
}
