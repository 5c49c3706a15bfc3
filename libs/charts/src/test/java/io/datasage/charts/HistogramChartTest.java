package io.datasage.charts;

import static io.datasage.charts.Charts.traces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** histogram: requested and automatic bins, edges, integer and date bins. */
class HistogramChartTest {

    @TempDir
    Path dir;

    @Test
    void requestedBinsSplitTheRangeEvenlyWithTheMaximumInTheLastBin() throws Exception {
        TestTable table = new TestTable()
                .add("v", ColumnType.DECIMAL, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, null);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render("{'chart_type': 'histogram', 'x': 'v', 'bins': 5}");

            assertThat(result.rows())
                    .containsExactly(
                            Map.of("bin_start", 0.0, "bin_end", 2.0, "count", 2L),
                            Map.of("bin_start", 2.0, "bin_end", 4.0, "count", 2L),
                            Map.of("bin_start", 4.0, "bin_end", 6.0, "count", 2L),
                            Map.of("bin_start", 6.0, "bin_end", 8.0, "count", 2L),
                            Map.of("bin_start", 8.0, "bin_end", 10.0, "count", 3L));
            assertThat(result.stats().nullsSkipped()).containsEntry("v", 1L);
            assertThat(traces(result).get(0).get("y")).isEqualTo(List.of(2L, 2L, 2L, 2L, 3L));
            assertThat(result.summary()).isEqualTo("11 values of v from 0 to 10; the most are in 8 to 10 (3)");
        }
    }

    @Test
    void integerBinsHaveWholeWidths() throws Exception {
        TestTable table = new TestTable().add("n", ColumnType.INTEGER, 0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render("{'chart_type': 'histogram', 'y': ['n'], 'bins': 5}");

            assertThat(result.rows()).extracting(r -> r.get("bin_start")).containsExactly(0L, 3L, 6L, 9L);
            assertThat(result.rows()).extracting(r -> r.get("count")).containsExactly(3L, 3L, 3L, 2L);
            assertThat(result.spec().x()).isEqualTo("n");
            assertThat(result.spec().bins()).isEqualTo(4);
        }
    }

    @Test
    void automaticBinsHaveRoundEdgesAndCountEveryValue() throws Exception {
        Object[] values = new Object[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 12.5 + (i * 7919 % 1000) * 0.975;
        }
        try (Charts charts = Charts.of(new TestTable().add("price", ColumnType.DECIMAL, values), dir)) {
            ChartResult result = charts.render("{'chart_type': 'histogram', 'x': 'price'}");

            double width = (Double) result.rows().get(0).get("bin_end")
                    - (Double) result.rows().get(0).get("bin_start");
            assertThat(width).isIn(50.0, 100.0, 25.0, 20.0);
            assertThat((Double) result.rows().get(0).get("bin_start") % width).isZero();
            assertThat(result.rows().stream()
                            .mapToLong(r -> (Long) r.get("count"))
                            .sum())
                    .isEqualTo(1000);
        }
    }

    @Test
    void datesAreBinnedByWholeDays() throws Exception {
        TestTable table = new TestTable()
                .add(
                        "day",
                        ColumnType.DATE,
                        LocalDate.parse("2024-01-01"),
                        LocalDate.parse("2024-01-02"),
                        LocalDate.parse("2024-01-10"));
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render("{'chart_type': 'histogram', 'x': 'day', 'bins': 2}");

            assertThat(result.rows())
                    .containsExactly(
                            Map.of("bin_start", "2024-01-01", "bin_end", "2024-01-06", "count", 2L),
                            Map.of("bin_start", "2024-01-06", "bin_end", "2024-01-11", "count", 1L));
        }
    }

    @Test
    void textCannotBeBinned() throws Exception {
        TestTable table =
                new TestTable().add("region", ColumnType.CATEGORY, "West").add("price", ColumnType.DECIMAL, 1.0);
        try (Charts charts = Charts.of(table, dir)) {
            assertThatThrownBy(() -> charts.render("{'chart_type': 'histogram', 'x': 'region'}"))
                    .isInstanceOf(ChartSpecException.class)
                    .hasMessage(
                            "histogram needs a numeric or date column to bin; 'region' is category (numeric or date "
                                    + "columns: price); to count rows per region use a bar chart");
        }
    }
}
