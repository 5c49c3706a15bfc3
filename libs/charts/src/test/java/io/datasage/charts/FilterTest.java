package io.datasage.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every filter op on numbers, text, dates and booleans, on six hand-made rows (ids 1-6). */
class FilterTest {

    @TempDir
    static Path dir;

    private static Charts charts;

    @BeforeAll
    static void data() throws Exception {
        TestTable table = new TestTable()
                .add("id", ColumnType.INTEGER, 1L, 2L, 3L, 4L, 5L, 6L)
                .add("qty", ColumnType.INTEGER, 1L, 2L, 3L, 4L, null, 10L)
                .add("price", ColumnType.DECIMAL, 0.5, 1.5, 2.5, 1_200.0, 3.0, null)
                .add("city", ColumnType.CATEGORY, "Paris", "paris", "Berlin", "Zürich", null, "Rome")
                .add("note", ColumnType.TEXT, "first order", "Rush ORDER", null, "gift", "order again", "x")
                .add(
                        "day",
                        ColumnType.DATE,
                        LocalDate.parse("2023-12-31"),
                        LocalDate.parse("2024-01-01"),
                        LocalDate.parse("2024-03-15"),
                        LocalDate.parse("2024-04-01"),
                        LocalDate.parse("2025-01-01"),
                        null)
                .add(
                        "at",
                        ColumnType.DATETIME,
                        LocalDateTime.parse("2024-01-01T00:00"),
                        LocalDateTime.parse("2024-01-01T23:59:59.999"),
                        LocalDateTime.parse("2024-01-02T00:00"),
                        null,
                        LocalDateTime.parse("2024-06-01T12:30"),
                        LocalDateTime.parse("2024-01-01T12:00:00"))
                .add("vip", ColumnType.BOOLEAN, true, false, null, true, false, true);
        charts = Charts.of(table, dir);
    }

    @AfterAll
    static void close() {
        charts.close();
    }

    @Test
    void numbers() throws Exception {
        assertThat(ids("qty", "=", "3")).containsExactly(3L);
        assertThat(ids("qty", "!=", 3)).containsExactly(1L, 2L, 4L, 6L);
        assertThat(ids("qty", ">", 2.5)).containsExactly(3L, 4L, 6L);
        assertThat(ids("qty", ">=", 3)).containsExactly(3L, 4L, 6L);
        assertThat(ids("qty", "<", "2.5")).containsExactly(1L, 2L);
        assertThat(ids("qty", "<=", 2)).containsExactly(1L, 2L);
        assertThat(ids("qty", "=", 2.5)).isEmpty();
        assertThat(ids("qty", "in", List.of(1, "10", 7))).containsExactly(1L, 6L);
        assertThat(ids("qty", "between", List.of(4, 2))).containsExactly(2L, 3L, 4L);
        assertThat(ids("price", ">", 1.5)).containsExactly(3L, 4L, 5L);
        assertThat(ids("price", "<=", "$1,200")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(ids("price", "between", List.of(1.5, 3))).containsExactly(2L, 3L, 5L);
    }

    @Test
    void textEqualityIgnoresCaseAndOrderingIsByCodePoint() throws Exception {
        assertThat(ids("city", "=", "PARIS")).containsExactly(1L, 2L);
        assertThat(ids("city", "!=", "paris")).containsExactly(3L, 4L, 6L);
        assertThat(ids("city", "in", List.of("rome", "zürich"))).containsExactly(4L, 6L);
        assertThat(ids("city", "contains", "ar")).containsExactly(1L, 2L);
        assertThat(ids("city", ">", "Paris")).containsExactly(2L, 4L, 6L);
        assertThat(ids("city", "between", List.of("B", "Q"))).containsExactly(1L, 3L);
        assertThat(ids("note", "contains", "order")).containsExactly(1L, 2L, 5L);
        assertThat(ids("note", "=", "GIFT")).containsExactly(4L);
        assertThat(ids("note", "<", "o")).containsExactly(1L, 2L, 4L);
    }

    @Test
    void dateValuesArePeriods() throws Exception {
        assertThat(ids("day", "=", "2024")).containsExactly(2L, 3L, 4L);
        assertThat(ids("day", "=", "2024-03")).containsExactly(3L);
        assertThat(ids("day", "=", "2024-Q1")).containsExactly(2L, 3L);
        assertThat(ids("day", ">", "2024-Q1")).containsExactly(4L, 5L);
        assertThat(ids("day", ">=", "2024-03-15")).containsExactly(3L, 4L, 5L);
        assertThat(ids("day", "<", "2024")).containsExactly(1L);
        assertThat(ids("day", "<=", "2024-03")).containsExactly(1L, 2L, 3L);
        assertThat(ids("day", "between", List.of("2024-01", "2024-04-01"))).containsExactly(2L, 3L, 4L);
        assertThat(ids("day", "in", List.of("2023", "2025-01-01"))).containsExactly(1L, 5L);
        assertThat(ids("day", "!=", 2024)).containsExactly(1L, 5L);
        assertThat(ids("at", "=", "2024-01-01")).containsExactly(1L, 2L, 6L);
        assertThat(ids("at", ">", "2024-01-01T12:00:00")).containsExactly(2L, 3L, 5L);
        assertThat(ids("at", "<", "2024-01-01 12:00")).containsExactly(1L);
    }

    @Test
    void booleans() throws Exception {
        assertThat(ids("vip", "=", true)).containsExactly(1L, 4L, 6L);
        assertThat(ids("vip", "=", "no")).containsExactly(2L, 5L);
        assertThat(ids("vip", "!=", "true")).containsExactly(2L, 5L);
        assertThat(ids("vip", "in", List.of(true, false))).containsExactly(1L, 2L, 4L, 5L, 6L);
    }

    @Test
    void nullsNeverMatchAndFiltersAreAnded() throws Exception {
        assertThat(ids("price", "!=", 99)).doesNotContain(6L);
        ChartResult both = charts.render("{'chart_type': 'table', 'x': 'id', 'filters': ["
                + "{'column': 'qty', 'op': '>', 'value': 1}, {'column': 'city', 'op': '!=', 'value': 'rome'}]}");
        assertThat(both.rows()).extracting(r -> r.get("id")).containsExactly(2L, 3L, 4L);
        assertThat(both.stats().rowsMatched()).isEqualTo(3);
    }

    private static List<Object> ids(String column, String op, Object value) throws Exception {
        String json = Charts.JSON.writeValueAsString(value);
        ChartResult result = charts.render("{\"chart_type\": \"table\", \"x\": \"id\", \"filters\": [{\"column\": \""
                + column + "\", \"op\": \"" + op + "\", \"value\": " + json + "}]}");
        return result.rows().stream().map(r -> r.get("id")).collect(java.util.stream.Collectors.toList());
    }
}
