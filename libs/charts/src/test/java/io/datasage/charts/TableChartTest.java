package io.datasage.charts;

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

/** table: raw rows in file order or top-N by a column, grouped rows with an aggregation. */
class TableChartTest {

    @TempDir
    Path dir;

    private Charts charts;

    @BeforeEach
    void data() throws Exception {
        TestTable table = new TestTable()
                .add("customer", ColumnType.TEXT, "Ann", "Bob", "Cid", "Dee", "Eve")
                .add("profit", ColumnType.DECIMAL, null, Arrays.asList(5.0, null, 9.5, 7.0, 1.0))
                .add(
                        "since",
                        ColumnType.DATE,
                        LocalDate.parse("2020-01-01"),
                        null,
                        LocalDate.parse("2021-06-30"),
                        LocalDate.parse("2019-02-03"),
                        LocalDate.parse("2020-05-05"))
                .add("tier", ColumnType.CATEGORY, "gold", "gold", "silver", "gold", "silver");
        charts = Charts.of(table, dir);
    }

    @AfterEach
    void close() {
        charts.close();
    }

    @Test
    void aggregatedOverNoColumnIsOneRowWithItsSummary() throws Exception {
        // Found by SpecFuzzTest: a table with an aggregation and nothing to group by failed to summarise.
        ChartResult distinct = charts.render("{'chart_type': 'table', 'y': ['tier'], 'aggregation': 'count_distinct'}");
        assertThat(distinct.rows()).hasSize(1);
        assertThat(distinct.summary()).contains("is 2");

        ChartResult count = charts.render("{'chart_type': 'table', 'aggregation': 'count'}");
        assertThat(count.rows()).hasSize(1);
        assertThat(count.summary()).contains("is 5");
    }

    @Test
    void aggregatedBySeriesAloneGroupsByIt() throws Exception {
        // Found by SpecFuzzTest: a grouped table with a series and no x threw an IllegalArgumentException.
        ChartResult bySeries =
                charts.render("{'chart_type': 'table', 'series': 'tier', 'y': ['profit'], 'aggregation': 'sum'}");
        assertThat(bySeries.spec().x()).isEqualTo("tier");
        assertThat(bySeries.spec().series()).isNull();
        assertThat(bySeries.rows()).hasSize(2);
    }

    @Test
    void rawRowsInFileOrder() throws Exception {
        ChartResult result =
                charts.render("{'chart_type': 'table', 'x': 'customer', 'y': ['profit', 'since'], 'limit': 2}");

        assertThat(result.rows())
                .containsExactly(
                        Map.of("customer", "Ann", "profit", 5.0, "since", "2020-01-01"),
                        row("customer", "Bob", "profit", null, "since", null));
        Map<String, Object> trace = traces(result).get(0);
        assertThat(trace).containsEntry("type", "table");
        assertThat(map(trace.get("header")).get("values")).isEqualTo(List.of("customer", "profit", "since"));
        assertThat(map(trace.get("cells")).get("values"))
                .isEqualTo(List.of(List.of("Ann", "Bob"), Arrays.asList(5.0, null), Arrays.asList("2020-01-01", null)));
        assertThat(result.summary()).isEqualTo("Showing 2 of 5 matching rows");
    }

    @Test
    void topRowsByAColumnWithNullsLast() throws Exception {
        ChartResult result = charts.render(
                "{'chart_type': 'table', 'x': 'customer', 'y': ['profit'], 'sort': {'by': 'y', 'order': 'desc'}}");

        assertThat(result.rows()).extracting(r -> r.get("customer")).containsExactly("Cid", "Dee", "Ann", "Eve", "Bob");
    }

    @Test
    void withAnAggregationRowsAreGrouped() throws Exception {
        ChartResult result =
                charts.render("{'chart_type': 'table', 'x': 'tier', 'y': ['profit'], 'aggregation': 'mean'}");

        assertThat(result.rows())
                .containsExactly(
                        Map.of("tier", "gold", "Mean of profit", 6.0),
                        Map.of("tier", "silver", "Mean of profit", 5.25));
        assertThat(result.summary()).isEqualTo("gold has the highest average profit (6); silver the lowest (5.25)");
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
