package io.datasage.charts;

import static io.datasage.charts.Charts.layout;
import static io.datasage.charts.Charts.traces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scatter: raw points, series, the deterministic sample above the cap. */
class ScatterChartTest {

    @TempDir
    Path dir;

    @Test
    void drawsEveryPointUpToTheCapWithNullsSkipped() throws Exception {
        TestTable table = new TestTable()
                .add("x", ColumnType.DECIMAL, 1.0, 2.0, null, 4.0)
                .add("y", ColumnType.INTEGER, 2L, 4L, 6L, null)
                .add("kind", ColumnType.CATEGORY, "a", "b", "a", "a");
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render(
                    "{'chart_type': 'scatter', 'x': 'x', 'y': 'y', 'series': 'kind', 'aggregation': 'sum'}");

            assertThat(result.stats().sampled()).isFalse();
            assertThat(result.spec().aggregation()).isNull();
            assertThat(traces(result)).extracting(t -> t.get("name")).containsExactly("a", "b");
            assertThat(traces(result).get(0))
                    .containsEntry("mode", "markers")
                    .containsEntry("x", List.of(1.0))
                    .containsEntry("y", List.of(2L));
            assertThat(result.stats().nullsSkipped()).containsEntry("x", 1L).containsEntry("y", 0L);
            assertThat(result.rows()).hasSize(2);
            assertThat(result.summary()).isEqualTo("2 points; the correlation of x and y is r = 1.00");
        }
    }

    @Test
    void aboveTheCapDrawsADeterministicSampleAndSaysSo() throws Exception {
        List<Object> xs = new ArrayList<>();
        List<Object> ys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            xs.add((double) i);
            ys.add((double) (i % 17));
        }
        TestTable table = new TestTable().add("x", ColumnType.DECIMAL, null, xs).add("y", ColumnType.DECIMAL, null, ys);
        ChartOptions options = ChartOptions.defaults().withScatterMaxPoints(50);
        try (Charts charts = Charts.of(table, dir, options, 128)) {
            ChartResult first = charts.render("{'chart_type': 'scatter', 'x': 'x', 'y': 'y'}");
            ChartResult second = charts.render("{'chart_type': 'scatter', 'x': 'x', 'y': 'y'}");

            assertThat(first.stats().sampled()).isTrue();
            assertThat(first.stats().groups()).isEqualTo(1000);
            assertThat(first.rows()).hasSize(50).isEqualTo(second.rows());
            assertThat(Charts.list(traces(first).get(0).get("x")))
                    .hasSize(50)
                    .isSortedAccordingTo((a, b) -> Double.compare((Double) a, (Double) b));
            assertThat(layout(first).get("annotations").toString())
                    .contains("deterministic sample of 50 of 1,000 points");
            assertThat(first.summary()).endsWith("(50 shown)");
        }
    }
}
