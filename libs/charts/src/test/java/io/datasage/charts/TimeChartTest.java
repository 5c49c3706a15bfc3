package io.datasage.charts;

import static io.datasage.charts.Charts.layout;
import static io.datasage.charts.Charts.map;
import static io.datasage.charts.Charts.traces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** line, area and time grains: ISO weeks, quarter labels, datetimes, the automatic grain, x order. */
class TimeChartTest {

    @TempDir
    Path dir;

    @Test
    void monthlyLineRisesFromFirstToLastMonth() throws Exception {
        TestTable table = new TestTable()
                .add("date", ColumnType.DATE, d("2024-01-05"), d("2024-01-20"), d("2024-02-10"), d("2024-12-31"), null)
                .add("Sales", ColumnType.DECIMAL, 10_000.0, 2_400.0, 5_000.0, 18_900.0, 99.0);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result =
                    charts.render("{'chart_type': 'line', 'x': 'date', 'y': 'Sales', 'time_grain': 'month'}");

            assertThat(result.rows())
                    .containsExactly(
                            Map.of("date", "2024-01-01", "Sum of Sales", 12_400.0),
                            Map.of("date", "2024-02-01", "Sum of Sales", 5_000.0),
                            Map.of("date", "2024-12-01", "Sum of Sales", 18_900.0));
            assertThat(result.summary()).isEqualTo("Sales rose from 12,400 in 2024-01 to 18,900 in 2024-12 (+52.4%)");
            Map<String, Object> trace = traces(result).get(0);
            assertThat(trace).containsEntry("type", "scatter").containsEntry("mode", "lines+markers");
            assertThat(trace.get("x")).isEqualTo(List.of("2024-01-01", "2024-02-01", "2024-12-01"));
            assertThat(map(layout(result).get("xaxis"))).containsEntry("type", "date");
            assertThat(map(map(layout(result).get("xaxis")).get("title"))).containsEntry("text", "date (month)");
            assertThat(result.stats().nullsSkipped()).containsEntry("date", 1L);
        }
    }

    @Test
    void weeksStartOnMondayAndQuartersAreLabelled() throws Exception {
        TestTable table = new TestTable()
                .add(
                        "day",
                        ColumnType.DATE,
                        d("2024-03-03"),
                        d("2024-03-04"),
                        d("2024-03-06"),
                        d("2024-03-10"),
                        d("2024-03-11"))
                .add("n", ColumnType.INTEGER, 1L, 10L, 100L, 1_000L, 10_000L);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult weeks = charts.render("{'chart_type': 'bar', 'x': 'day', 'y': 'n', 'time_grain': 'week'}");
            ChartResult quarters =
                    charts.render("{'chart_type': 'bar', 'x': 'day', 'y': 'n', 'time_grain': 'quarter'}");

            assertThat(weeks.rows())
                    .containsExactly(
                            Map.of("day", "2024-02-26", "Sum of n", 1L),
                            Map.of("day", "2024-03-04", "Sum of n", 1_110L),
                            Map.of("day", "2024-03-11", "Sum of n", 10_000L));
            assertThat(quarters.rows()).containsExactly(Map.of("day", "2024-01-01", "Sum of n", 11_111L));
            assertThat(traces(quarters).get(0).get("x")).isEqualTo(List.of("2024-Q1"));
            assertThat(map(layout(quarters).get("xaxis"))).containsEntry("type", "category");
        }
    }

    @Test
    void datetimesBucketByTheirDay() throws Exception {
        TestTable table = new TestTable()
                .add(
                        "at",
                        ColumnType.DATETIME,
                        LocalDateTime.parse("2023-12-31T23:59:59.999"),
                        LocalDateTime.parse("2024-01-01T00:00"),
                        LocalDateTime.parse("2024-06-30T12:00"))
                .add("v", ColumnType.INTEGER, 1L, 2L, 4L);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult years = charts.render("{'chart_type': 'area', 'x': 'at', 'y': 'v', 'time_grain': 'year'}");

            assertThat(years.rows())
                    .containsExactly(
                            Map.of("at", "2023-01-01", "Sum of v", 1L), Map.of("at", "2024-01-01", "Sum of v", 6L));
            assertThat(traces(years).get(0)).containsEntry("fill", "tozeroy");
        }
    }

    @Test
    void theGrainIsPickedFromTheSpanOfTheFilteredDates() throws Exception {
        TestTable table = new TestTable()
                .add(
                        "date",
                        ColumnType.DATE,
                        d("2020-01-01"),
                        d("2020-01-02"),
                        d("2020-03-01"),
                        d("2020-05-01"),
                        d("2022-06-01"),
                        d("2031-01-01"))
                .add("v", ColumnType.INTEGER, 1L, 1L, 1L, 1L, 1L, 1L);
        try (Charts charts = Charts.of(table, dir)) {
            assertThat(grain(charts, "'2020-01'")).isEqualTo("day");
            assertThat(grain(charts, "['2020-01', '2020-03']")).isEqualTo("day");
            assertThat(grain(charts, "['2020-01', '2020-05']")).isEqualTo("week");
            assertThat(grain(charts, "['2020', '2022']")).isEqualTo("month");
            assertThat(grain(charts, "['2020', '2031']")).isEqualTo("quarter");
        }
    }

    @Test
    void lineIsDrawnInTimeOrderEvenWhenTopNIsBySize() throws Exception {
        TestTable table = new TestTable()
                .add("date", ColumnType.DATE, d("2024-01-01"), d("2024-02-01"), d("2024-03-01"), d("2024-04-01"))
                .add("v", ColumnType.INTEGER, 5L, 1L, 9L, 7L);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render(
                    "{'chart_type': 'line', 'x': 'date', 'y': 'v', 'time_grain': 'month', 'sort': {'by': 'y', 'order': 'desc'}, 'limit': 2}");

            assertThat(result.rows()).extracting(r -> r.get("date")).containsExactly("2024-03-01", "2024-04-01");
        }
    }

    private static String grain(Charts charts, String period) throws Exception {
        String op = period.startsWith("[") ? "between" : "=";
        return charts.render("{'chart_type': 'line', 'x': 'date', 'y': 'v', 'filters': [{'column': 'date', 'op': '" + op
                        + "', 'value': " + period + "}]}")
                .spec()
                .timeGrain();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
