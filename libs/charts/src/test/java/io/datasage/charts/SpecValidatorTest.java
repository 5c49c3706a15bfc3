package io.datasage.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation on its own (no data), as the LLM output validator uses it. */
class SpecValidatorTest {

    private static final List<ColumnInfo> COLUMNS = List.of(
            ColumnInfo.of("region", ColumnType.CATEGORY),
            new ColumnInfo("revenue", ColumnType.DECIMAL, "$", null),
            ColumnInfo.of("quantity", ColumnType.INTEGER),
            ColumnInfo.of("Order Date", ColumnType.DATE),
            ColumnInfo.of("customer name", ColumnType.TEXT),
            ColumnInfo.of("returned", ColumnType.BOOLEAN));

    private final SpecValidator validator = new SpecValidator();

    @Test
    void resolvesNamesForgivinglyAndFillsDefaults() throws Exception {
        ChartSpec resolved = validate("{'chart_type': 'Bar Chart', 'x': 'REGION ', 'y': 'Revenue', "
                + "'filters': [{'column': 'order_date', 'op': 'gte', 'value': '2024-01'}]}");

        assertThat(resolved.chartType()).isEqualTo("bar");
        assertThat(resolved.x()).isEqualTo("region");
        assertThat(resolved.y()).containsExactly("revenue");
        assertThat(resolved.aggregation()).isEqualTo("sum");
        assertThat(resolved.sort()).isEqualTo(new ChartSpec.Sort("y", "desc"));
        assertThat(resolved.filters()).containsExactly(new ChartSpec.Filter("Order Date", ">=", "2024-01"));
    }

    @Test
    void timeAndNumbersSortByXAndAliasesAreUnderstood() throws Exception {
        ChartSpec resolved = validate(
                "{'chart_type': 'line', 'x': 'order date', 'y': ['revenue'], 'aggregation': 'avg', 'time_grain': 'Monthly'}");

        assertThat(resolved.aggregation()).isEqualTo("mean");
        assertThat(resolved.timeGrain()).isEqualTo("month");
        assertThat(resolved.sort()).isEqualTo(new ChartSpec.Sort("x", "asc"));
    }

    @Test
    void unknownColumnNamesTheNearestRealOnes() {
        assertRejected(
                "{'chart_type': 'bar', 'x': 'region', 'y': 'revnue'}",
                "column 'revnue' not found; did you mean 'revenue'? columns are: region, revenue, quantity, Order Date, "
                        + "customer name, returned");
        assertRejected(
                "{'chart_type': 'bar', 'x': 'customer', 'y': 'revenue'}",
                "column 'customer' not found; did you mean 'customer name'? columns are: region, revenue, quantity, "
                        + "Order Date, customer name, returned");
        assertRejected(
                "{'chart_type': 'bar', 'x': 'zzz'}",
                "column 'zzz' not found; columns are: region, revenue, quantity, Order Date, customer name, returned");
    }

    @Test
    void sumOverTextSaysWhyAndWhatWouldWork() {
        assertRejected(
                "{'chart_type': 'bar', 'x': 'Order Date', 'y': 'region', 'aggregation': 'sum'}",
                "cannot sum 'region' (category): sum needs a numeric column such as revenue, quantity; use count or "
                        + "count_distinct to count region values");
        assertRejected(
                "{'chart_type': 'kpi', 'y': 'customer name', 'aggregation': 'median'}",
                "cannot take the median of 'customer name' (text): median needs a numeric column such as revenue, "
                        + "quantity; use count or count_distinct to count customer name values");
    }

    @Test
    void histogramOverTextAndGrainOnANonDate() {
        assertRejected(
                "{'chart_type': 'histogram', 'x': 'region'}",
                "histogram needs a numeric or date column to bin; 'region' is category (numeric or date columns: "
                        + "revenue, quantity, Order Date); to count rows per region use a bar chart");
        assertRejected(
                "{'chart_type': 'bar', 'x': 'region', 'time_grain': 'month'}",
                "time_grain 'month' needs a date x; 'region' is category (date columns: Order Date)");
    }

    @Test
    void filterValuesMustFitTheColumn() {
        assertRejected(
                filter("revenue", ">", "'2024-01-01'"),
                "filter on 'revenue' (decimal) needs a number, got '2024-01-01', which looks like a date; 'revenue' is "
                        + "not a date column (date columns: Order Date)");
        assertRejected(
                filter("Order Date", "=", "'last month'"),
                "filter on 'Order Date' (date) needs an ISO date such as 2024-03-01 (or 2024-03, 2024-Q1, 2024), got 'last month'");
        assertRejected(
                filter("quantity", "contains", "'1'"),
                "'contains' works on text columns (region, customer name); 'quantity' is integer: use =, !=, >, <, in or between");
        assertRejected(
                filter("returned", ">", "true"), "'returned' is boolean: filter it with = true or = false, not '>'");
        assertRejected(
                filter("quantity", "between", "[1]"), "'between' on 'quantity' needs two values [low, high], got 1");
        assertRejected(
                filter("quantity", "~", "1"),
                "unknown filter op '~' on 'quantity'; use one of =, !=, >, >=, <, <=, in, between, contains");
    }

    @Test
    void shapesThatCannotBeDrawn() {
        assertRejected(
                "{'chart_type': 'waterfall', 'x': 'region'}",
                "unknown chart_type 'waterfall'; use one of bar, line, pie, scatter, histogram, heatmap, grouped_bar, "
                        + "stacked_bar, area, box, kpi, table");
        assertRejected(
                "{'chart_type': 'bar', 'y': 'revenue'}",
                "bar needs x, the column to group by (e.g. region, Order Date, customer name, returned)");
        assertRejected(
                "{'chart_type': 'scatter', 'x': 'region', 'y': 'revenue'}",
                "scatter needs a numeric or date x; 'region' is category; for values per region use bar or box");
        assertRejected(
                "{'chart_type': 'heatmap', 'y': ['revenue']}",
                "a correlation heatmap needs at least two numeric columns; numeric columns: revenue, quantity");
        assertRejected(
                "{'chart_type': 'pie', 'x': 'region', 'series': 'returned'}",
                "pie cannot split by series 'returned'; use stacked_bar to show region by returned");
        assertRejected("{'chart_type': 'bar', 'x': 'region', 'limit': 0}", "limit must be between 1 and 100000, got 0");
        assertRejected(
                "{'chart_type': 'bar', 'x': 'region', 'aggregation': 'mode'}",
                "unknown aggregation 'mode'; use one of sum, mean, count, min, max, median, count_distinct");
    }

    @Test
    void lenientWhereTheIntentIsClear() throws Exception {
        assertThat(validate("{'chart_type': 'bar', 'y': ['region']}").x()).isEqualTo("region");
        assertThat(validate("{'chart_type': 'bar', 'y': ['region']}").aggregation())
                .isEqualTo("count");
        ChartSpec heatmap = validate(
                "{'chart_type': 'heatmap', 'x': 'region', 'y': ['returned', 'revenue'], 'aggregation': 'mean'}");
        assertThat(heatmap.series()).isEqualTo("returned");
        assertThat(heatmap.y()).containsExactly("revenue");
        ChartSpec scatter =
                validate("{'chart_type': 'scatter', 'y': ['revenue', 'quantity'], 'aggregation': 'sum', 'limit': 3}");
        assertThat(scatter.x()).isEqualTo("revenue");
        assertThat(scatter.aggregation()).isNull();
        assertThat(scatter.limit()).isNull();
        assertThat(validate("{'chart_type': 'heatmap'}").y()).containsExactly("revenue", "quantity");
    }

    private ChartSpec validate(String json) throws ChartSpecException {
        return validator.validate(Charts.spec(json), COLUMNS);
    }

    private void assertRejected(String json, String message) {
        assertThatThrownBy(() -> validate(json))
                .isInstanceOf(ChartSpecException.class)
                .hasMessage(message);
    }

    private static String filter(String column, String op, String value) {
        return "{'chart_type': 'kpi', 'y': 'revenue', 'filters': [{'column': '" + column + "', 'op': '" + op
                + "', 'value': " + value + "}]}";
    }
}
