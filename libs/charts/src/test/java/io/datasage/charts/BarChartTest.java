package io.datasage.charts;

import static io.datasage.charts.Charts.layout;
import static io.datasage.charts.Charts.map;
import static io.datasage.charts.Charts.traces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bar, grouped_bar, stacked_bar: every aggregation on hand-checkable numbers, sort, limit, series. */
class BarChartTest {

    @TempDir
    Path dir;

    private Charts charts;

    @BeforeEach
    void data() throws Exception {
        TestTable table = new TestTable()
                .add("Region", ColumnType.CATEGORY, "West", "East", "West", "Central", null, "East", "West")
                .add(
                        "Segment",
                        ColumnType.CATEGORY,
                        "Consumer",
                        "Consumer",
                        "Corporate",
                        "Consumer",
                        "Corporate",
                        "Corporate",
                        "Consumer")
                .add("Sales", ColumnType.DECIMAL, "$", Arrays.asList(100.0, 50.5, 200.0, null, 10.0, 25.0, 0.25))
                .add("Units", ColumnType.INTEGER, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        charts = Charts.of(table, dir);
    }

    @AfterEach
    void close() {
        charts.close();
    }

    @Test
    void sumsByCategoryLargestFirstWithNullsSkippedAndCounted() throws Exception {
        ChartResult result = charts.render("{'chart_type': 'bar', 'x': 'region', 'y': 'sales'}");

        assertThat(result.rows())
                .containsExactly(
                        Map.of("Region", "West", "Sum of Sales", 300.25),
                        Map.of("Region", "East", "Sum of Sales", 75.5),
                        row("Region", "Central", "Sum of Sales", null));
        assertThat(result.stats().nullsSkipped()).containsEntry("Region", 1L).containsEntry("Sales", 1L);
        assertThat(result.stats().rowsScanned()).isEqualTo(7);
        assertThat(result.spec().x()).isEqualTo("Region");
        assertThat(result.spec().aggregation()).isEqualTo("sum");
        assertThat(result.spec().sort().by()).isEqualTo("y");
        assertThat(result.spec().sort().order()).isEqualTo("desc");
        assertThat(result.summary()).isEqualTo("West leads with $300.25 of $375.75 total (79.9%)");
        Map<String, Object> trace = traces(result).get(0);
        assertThat(trace).containsEntry("type", "bar").containsEntry("x", List.of("West", "East", "Central"));
        assertThat(Charts.list(trace.get("y"))).containsExactly(300.25, 75.5, null);
        assertThat(map(map(layout(result).get("yaxis")).get("title"))).containsEntry("text", "Sum of Sales");
        assertThat(map(layout(result).get("yaxis"))).containsEntry("tickprefix", "$");
    }

    @Test
    void countsRowsWithoutY() throws Exception {
        ChartResult result = charts.render("{'chart_type': 'bar', 'x': 'Region'}");

        assertThat(result.rows())
                .containsExactly(
                        Map.of("Region", "West", "Count of rows", 3L),
                        Map.of("Region", "East", "Count of rows", 2L),
                        Map.of("Region", "Central", "Count of rows", 1L));
        assertThat(result.spec().aggregation()).isEqualTo("count");
    }

    @Test
    void everyAggregationOnKnownValues() throws Exception {
        assertThat(value("mean", "Sales", "West")).isEqualTo(100.08333333333333);
        assertThat(value("median", "Sales", "West")).isEqualTo(100.0);
        assertThat(value("min", "Units", "West")).isEqualTo(1L);
        assertThat(value("max", "Units", "West")).isEqualTo(7L);
        assertThat(value("count", "Sales", "West")).isEqualTo(3L);
        assertThat(value("count", "Sales", "Central")).isEqualTo(0L);
        assertThat(value("count_distinct", "Segment", "West")).isEqualTo(2L);
        assertThat(value("sum", "Units", "East")).isEqualTo(8L);
        assertThat(value("median", "Units", "East")).isEqualTo(4.0);
    }

    @Test
    void limitKeepsTheTopGroupsAfterSorting() throws Exception {
        ChartResult top = charts.render("{'chart_type': 'bar', 'x': 'Region', 'y': ['Units'], 'limit': 2}");
        ChartResult bottom = charts.render(
                "{'chart_type': 'bar', 'x': 'Region', 'y': ['Units'], 'sort': {'by': 'y', 'order': 'asc'}, 'limit': 1}");
        ChartResult alphabetical = charts.render(
                "{'chart_type': 'bar', 'x': 'Region', 'y': ['Units'], 'sort': {'by': 'x', 'order': 'asc'}}");

        assertThat(top.rows()).extracting(r -> r.get("Region")).containsExactly("West", "East");
        assertThat(top.stats().groups()).isEqualTo(3);
        assertThat(bottom.rows()).extracting(r -> r.get("Region")).containsExactly("Central");
        assertThat(alphabetical.rows()).extracting(r -> r.get("Region")).containsExactly("Central", "East", "West");
    }

    @Test
    void seriesMakeOneTracePerValueWithGapsNotZeros() throws Exception {
        ChartResult grouped =
                charts.render("{'chart_type': 'grouped_bar', 'x': 'Region', 'y': ['Units'], 'series': 'Segment'}");
        ChartResult stacked =
                charts.render("{'chart_type': 'stacked_bar', 'x': 'Region', 'y': ['Units'], 'series': 'Segment'}");

        assertThat(layout(grouped)).containsEntry("barmode", "group");
        assertThat(layout(stacked)).containsEntry("barmode", "stack");
        List<Map<String, Object>> traces = traces(grouped);
        assertThat(traces).extracting(t -> t.get("name")).containsExactly("Consumer", "Corporate");
        assertThat(traces.get(0).get("x")).isEqualTo(List.of("West", "East", "Central"));
        assertThat(Charts.list(traces.get(0).get("y"))).containsExactly(8L, 2L, 4L);
        assertThat(Charts.list(traces.get(1).get("y"))).containsExactly(3L, 6L, null);
        assertThat(grouped.rows()).hasSize(5);
        assertThat(grouped.summary()).isEqualTo("West leads with 11 of 23 total (47.8%), across 2 Segment values");
    }

    @Test
    void seriesTopNRanksXByItsTotal() throws Exception {
        ChartResult result = charts.render(
                "{'chart_type': 'stacked_bar', 'x': 'Region', 'y': ['Units'], 'series': 'Segment', 'limit': 1}");

        assertThat(result.rows()).extracting(r -> r.get("Region")).containsOnly("West");
        assertThat(result.rows()).extracting(r -> r.get("Sum of Units")).containsExactly(8L, 3L);
    }

    @Test
    void severalYMakeOneTraceEach() throws Exception {
        ChartResult result = charts.render("{'chart_type': 'bar', 'x': 'Region', 'y': ['Sales', 'Units']}");

        assertThat(traces(result)).extracting(t -> t.get("name")).containsExactly("Sum of Sales", "Sum of Units");
        assertThat(result.rows().get(0)).containsEntry("Sum of Units", 11L).containsEntry("Sum of Sales", 300.25);
    }

    @Test
    void theSeedColumnsFormIsXThenY() throws Exception {
        ChartResult result = charts.render("{'chart_type': 'bar', 'columns': ['Region', 'Units']}");

        assertThat(result.spec().x()).isEqualTo("Region");
        assertThat(result.spec().y()).containsExactly("Units");
        assertThat(result.spec().columns()).isNull();
        assertThat(result.rows().get(0)).containsEntry("Sum of Units", 11L);
    }

    @Test
    void integerSumsPastTheLongRangeStayExact(@TempDir Path other) throws Exception {
        long big = Long.MAX_VALUE - 5;
        TestTable table = new TestTable()
                .add("k", ColumnType.CATEGORY, "a", "a", "a", "b")
                .add("v", ColumnType.INTEGER, big, big, big, -big);
        try (Charts huge = Charts.of(table, other)) {
            ChartResult result = huge.render("{'chart_type': 'bar', 'x': 'k', 'y': 'v'}");

            assertThat(result.rows().get(0).get("Sum of v"))
                    .isEqualTo(java.math.BigInteger.valueOf(big).multiply(java.math.BigInteger.valueOf(3)));
            assertThat(result.rows().get(1).get("Sum of v")).isEqualTo(-big);
        }
    }

    @Test
    void decimalSumsAreCompensated(@TempDir Path other) throws Exception {
        Object[] keys = new Object[10_001];
        Object[] values = new Object[10_001];
        Arrays.fill(keys, "k");
        Arrays.fill(values, 0.1);
        values[0] = 1e16;
        TestTable table = new TestTable().add("k", ColumnType.CATEGORY, keys).add("v", ColumnType.DECIMAL, values);
        try (Charts many = Charts.of(table, other, ChartOptions.defaults(), 4096)) {
            ChartResult result = many.render("{'chart_type': 'bar', 'x': 'k', 'y': 'v'}");

            // A naive loop gives 1e16 (each 0.1 is lost); the exact sum rounds to 1.0000000000001e16.
            assertThat(result.rows().get(0).get("Sum of v")).isEqualTo(1.0000000000001e16);
        }
    }

    @Test
    void booleanXAndNumericXGroupByValue(@TempDir Path other) throws Exception {
        TestTable table = new TestTable()
                .add("flag", ColumnType.BOOLEAN, true, false, true, null)
                .add("year", ColumnType.INTEGER, 2021L, 2020L, 2021L, 2022L)
                .add("v", ColumnType.DECIMAL, 1.0, 2.0, 3.0, 4.0);
        try (Charts small = Charts.of(table, other)) {
            ChartResult byFlag = small.render("{'chart_type': 'bar', 'x': 'flag', 'y': 'v'}");
            ChartResult byYear = small.render("{'chart_type': 'bar', 'x': 'year', 'y': 'v'}");

            assertThat(byFlag.rows())
                    .containsExactly(Map.of("flag", true, "Sum of v", 4.0), Map.of("flag", false, "Sum of v", 2.0));
            assertThat(byYear.rows()).extracting(r -> r.get("year")).containsExactly(2020L, 2021L, 2022L);
            assertThat(map(layout(byYear).get("xaxis"))).containsEntry("type", "linear");
        }
    }

    private Object value(String aggregation, String y, String region) throws Exception {
        ChartResult result = charts.render(
                "{'chart_type': 'bar', 'x': 'Region', 'y': ['" + y + "'], 'aggregation': '" + aggregation + "'}");
        String key = result.rows().get(0).keySet().stream()
                .filter(k -> !k.equals("Region"))
                .findFirst()
                .orElseThrow();
        return result.rows().stream()
                .filter(r -> region.equals(r.get("Region")))
                .findFirst()
                .orElseThrow()
                .get(key);
    }

    private static Map<String, Object> row(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put(k1, v1);
        row.put(k2, v2);
        return row;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
