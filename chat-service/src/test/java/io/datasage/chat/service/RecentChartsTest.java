package io.datasage.chat.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.charts.ChartResult;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentChartsTest {

    private static final ChartSpec BY_REGION =
            new ChartSpec("bar", "region", List.of("sales"), null, "sum", null, null, null, null, null, null, null);

    private final AtomicInteger renders = new AtomicInteger();

    private ChartResult render(int points) {
        renders.incrementAndGet();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            rows.add(Map.of("region", "r" + i, "sales", i));
        }
        return new ChartResult(BY_REGION, Map.of("data", List.of()), rows, "summary", null);
    }

    @Test
    void the_same_chart_of_the_same_version_renders_once() throws Exception {
        RecentCharts charts = new RecentCharts(1 << 20);
        ChartResult first = charts.get("d1", 1, BY_REGION, () -> render(4));
        ChartResult again = charts.get("d1", 1, BY_REGION, () -> render(4));
        assertThat(again).isSameAs(first);
        assertThat(renders).hasValue(1);

        charts.get("d1", 2, BY_REGION, () -> render(4));
        charts.get("d1", 1, BY_REGION.withTitle("Sales by region"), () -> render(4));
        assertThat(renders).as("a new version or another spec renders anew").hasValue(3);
    }

    @Test
    void a_dataset_that_moved_on_is_forgotten() throws Exception {
        RecentCharts charts = new RecentCharts(1 << 20);
        charts.get("d1", 1, BY_REGION, () -> render(4));
        charts.get("d2", 1, BY_REGION, () -> render(4));
        charts.forgetDataset("d1");
        assertThat(charts.countOf("d1")).isZero();
        assertThat(charts.countOf("d2")).isEqualTo(1);
    }

    @Test
    void big_charts_count_for_more() {
        assertThat(RecentCharts.estimatedBytes(render(10_000)))
                .isGreaterThan(100 * RecentCharts.estimatedBytes(render(10)));
    }
}
