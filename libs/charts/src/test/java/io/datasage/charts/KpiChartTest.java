package io.datasage.charts;

import static io.datasage.charts.Charts.map;
import static io.datasage.charts.Charts.traces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kpi: one aggregated number as a Plotly indicator. */
class KpiChartTest {

    @TempDir
    Path dir;

    private Charts charts;

    @BeforeEach
    void data() throws Exception {
        TestTable table = new TestTable()
                .add("price", ColumnType.DECIMAL, "$", java.util.Arrays.asList(25_000.0, 27_450.0, 31_000.0, null))
                .add("model", ColumnType.CATEGORY, "a", "b", "a", "c");
        charts = Charts.of(table, dir);
    }

    @AfterEach
    void close() {
        charts.close();
    }

    @Test
    void oneNumberAsAnIndicator() throws Exception {
        ChartResult result = charts.render("{'chart_type': 'kpi', 'y': 'price', 'aggregation': 'median'}");

        Map<String, Object> trace = traces(result).get(0);
        assertThat(trace)
                .containsEntry("type", "indicator")
                .containsEntry("mode", "number")
                .containsEntry("value", 27_450.0);
        assertThat(map(trace.get("number"))).containsEntry("prefix", "$");
        assertThat(map(trace.get("title"))).containsEntry("text", "Median of price");
        assertThat(result.rows()).containsExactly(Map.of("Median of price", 27_450.0, "n", 3L));
        assertThat(result.summary()).isEqualTo("Median price is $27,450 (n = 3)");
    }

    @Test
    void defaultsToSumForNumbersAndCountOtherwise() throws Exception {
        assertThat(charts.render("{'chart_type': 'kpi', 'y': 'price'}").rows().get(0))
                .containsEntry("Sum of price", 83_450.0);
        assertThat(charts.render("{'chart_type': 'kpi', 'y': 'model'}").summary())
                .isEqualTo("Count of model is 4");
        assertThat(charts.render("{'chart_type': 'kpi', 'y': 'model', 'aggregation': 'count_distinct'}")
                        .rows()
                        .get(0))
                .containsEntry("Distinct count of model", 3L);
        assertThat(charts.render("{'chart_type': 'kpi', 'x': 'price', 'aggregation': 'mean'}")
                        .summary())
                .isEqualTo("Average price is $27,817 (n = 3)");
    }

    @Test
    void noMatchingRowsIsNullNotZero() throws Exception {
        ChartResult result = charts.render(
                "{'chart_type': 'kpi', 'y': 'price', 'filters': [{'column': 'model', 'op': '=', 'value': 'zzz'}]}");

        assertThat(result.rows().get(0).get("Sum of price")).isNull();
        assertThat(result.summary()).isEqualTo("No rows match the filters");
    }

    @Test
    void aDateXGivesTheLatestPeriodAgainstThePeriodBefore() throws Exception {
        TestTable table = new TestTable()
                .add(
                        "day",
                        ColumnType.DATE,
                        LocalDate.parse("2024-01-10"),
                        LocalDate.parse("2024-02-03"),
                        LocalDate.parse("2024-02-20"),
                        LocalDate.parse("2024-03-05"),
                        LocalDate.parse("2024-03-14"))
                .add("sales", ColumnType.DECIMAL, "$", java.util.Arrays.asList(5.0, 100.0, 60.0, 120.0, 72.0));
        try (Charts byDay = Charts.of(table, dir)) {
            ChartResult result = byDay.render("{'chart_type': 'kpi', 'x': 'day', 'y': 'sales', 'aggregation': 'sum'}");

            Map<String, Object> trace = traces(result).get(0);
            assertThat(trace).containsEntry("mode", "number+delta").containsEntry("value", 192.0);
            assertThat(map(trace.get("delta")))
                    .containsEntry("reference", 160.0)
                    .containsEntry("relative", true);
            assertThat(map(trace.get("title"))).containsEntry("text", "Sum of sales, 2024-03 (to 2024-03-14)");
            assertThat(result.rows())
                    .containsExactly(
                            Map.of("day", "2024-02-01", "Sum of sales", 160.0, "rows", 2L),
                            Map.of("day", "2024-03-01", "Sum of sales", 192.0, "rows", 2L));
            assertThat(result.summary())
                    .isEqualTo("Sum of sales in 2024-03 (to 2024-03-14) is $192, +20.0% on 2024-02 ($160)");

            ChartResult quarters = byDay.render(
                    "{'chart_type': 'kpi', 'x': 'day', 'y': 'sales', 'aggregation': 'sum', 'time_grain': 'quarter'}");
            assertThat(traces(quarters).get(0)).containsEntry("mode", "number").containsEntry("value", 357.0);
            assertThat(quarters.summary()).endsWith("(no earlier period to compare with)");
        }
    }

    @Test
    void aDateXWithoutAMeasureIsStillTheCountOfThatColumn() throws Exception {
        TestTable table = new TestTable()
                .add("day", ColumnType.DATE, LocalDate.parse("2024-01-10"), null, LocalDate.parse("2024-03-05"));
        try (Charts byDay = Charts.of(table, dir)) {
            ChartResult result = byDay.render("{'chart_type': 'kpi', 'x': 'day', 'aggregation': 'count'}");

            assertThat(traces(result).get(0)).containsEntry("mode", "number").containsEntry("value", 2L);
        }
    }
}
