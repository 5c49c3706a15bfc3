package io.datasage.charts;

import static io.datasage.charts.Charts.traces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** heatmap: correlation matrix (pairwise complete) and 2-D aggregate. */
class HeatmapChartTest {

    @TempDir
    Path dir;

    @Test
    void correlationMatrixOfNumericColumnsPairwiseComplete() throws Exception {
        TestTable table = new TestTable()
                .add("a", ColumnType.DECIMAL, 1.0, 2.0, 3.0, 4.0, null)
                .add("double a", ColumnType.INTEGER, 2L, 4L, 6L, 8L, 10L)
                .add("minus a", ColumnType.DECIMAL, -1.0, -2.0, -3.0, -4.0, -5.0)
                .add("label", ColumnType.CATEGORY, "x", "y", "x", "y", "x");
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render("{'chart_type': 'heatmap'}");

            assertThat(result.spec().y()).containsExactly("a", "double a", "minus a");
            assertThat(result.rows()).hasSize(3);
            assertThat(result.rows().get(0))
                    .containsEntry("column_a", "a")
                    .containsEntry("column_b", "double a")
                    .containsEntry("n", 4L);
            assertThat((Double) result.rows().get(0).get("correlation"))
                    .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
            assertThat((Double) result.rows().get(2).get("correlation"))
                    .isCloseTo(-1.0, org.assertj.core.data.Offset.offset(1e-12));
            Map<String, Object> trace = traces(result).get(0);
            assertThat(trace)
                    .containsEntry("type", "heatmap")
                    .containsEntry("zmin", -1)
                    .containsEntry("zmax", 1);
            assertThat(Charts.list(trace.get("z"))).hasSize(3);
            assertThat(result.stats().nullsSkipped()).containsEntry("a", 1L);
            assertThat(result.summary()).startsWith("Strongest correlation: a and double a (r = 1.00)");
        }
    }

    @Test
    void twoGroupingColumnsMakeAnAggregateMatrixWithMissingCellsNull() throws Exception {
        TestTable table = new TestTable()
                .add("region", ColumnType.CATEGORY, "West", "West", "East", "East")
                .add("product", ColumnType.TEXT, "pen", "ink", "pen", "pen")
                .add("sales", ColumnType.INTEGER, 1L, 2L, 3L, 4L);
        try (Charts charts = Charts.of(table, dir)) {
            ChartResult result = charts.render("{'chart_type': 'heatmap', 'x': 'region', 'y': ['product', 'sales']}");

            assertThat(result.spec().series()).isEqualTo("product");
            Map<String, Object> trace = traces(result).get(0);
            assertThat(trace.get("x")).isEqualTo(List.of("East", "West"));
            assertThat(trace.get("y")).isEqualTo(List.of("ink", "pen"));
            assertThat(trace.get("z")).isEqualTo(List.of(Arrays.asList(null, 2L), List.of(7L, 1L)));
        }
    }
}
