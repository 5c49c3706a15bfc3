package io.datasage.charts;

import static io.datasage.charts.Charts.traces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** box: interpolated quartiles, 1.5 IQR whiskers and outliers on a known list. */
class BoxChartTest {

    @TempDir
    Path dir;

    @Test
    void quartilesInterpolateAndWhiskersStopAtOneAndAHalfIqr() throws Exception {
        TestTable table = new TestTable()
                .add("price", ColumnType.DECIMAL, 7.0, 1.0, 100.0, 3.0, 5.0, 2.0, 9.0, 4.0, 6.0, 8.0, null);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render("{'chart_type': 'box', 'y': 'price'}");

            Map<String, Object> row = result.rows().get(0);
            assertThat(row)
                    .containsEntry("n", 10L)
                    .containsEntry("q1", 3.25)
                    .containsEntry("median", 5.5)
                    .containsEntry("q3", 7.75)
                    .containsEntry("lower_whisker", 1.0)
                    .containsEntry("upper_whisker", 9.0)
                    .containsEntry("outliers", 1L)
                    .containsEntry("min", 1.0)
                    .containsEntry("max", 100.0)
                    .containsEntry("mean", 14.5);
            Map<String, Object> trace = traces(result).get(0);
            assertThat(trace)
                    .containsEntry("type", "box")
                    .containsEntry("q1", List.of(3.25))
                    .containsEntry("lowerfence", List.of(1.0))
                    .containsEntry("upperfence", List.of(9.0))
                    .containsEntry("y", List.of(List.of(100.0)));
            assertThat(result.stats().nullsSkipped()).containsEntry("price", 1L);
            assertThat(result.summary()).isEqualTo("Median price is 5.5 (n = 10)");
        }
    }

    @Test
    void oneBoxPerGroupOrderedByX() throws Exception {
        TestTable table = new TestTable()
                .add("team", ColumnType.CATEGORY, "b", "a", "b", "a", null)
                .add("score", ColumnType.INTEGER, 10L, 1L, 20L, 3L, 1000L);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render("{'chart_type': 'box', 'x': 'team', 'y': 'score'}");

            assertThat(result.rows()).extracting(r -> r.get("team")).containsExactly("a", "b");
            assertThat(result.rows()).extracting(r -> r.get("median")).containsExactly(2.0, 15.0);
            assertThat(traces(result).get(0).get("x")).isEqualTo(List.of("a", "b"));
            assertThat(result.summary()).isEqualTo("b has the highest median score (15); a the lowest (2)");
        }
    }
}
