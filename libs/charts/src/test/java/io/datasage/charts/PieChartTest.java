package io.datasage.charts;

import static io.datasage.charts.Charts.traces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pie: slices largest first, "Other" for the rest, sums and counts only. */
class PieChartTest {

    @TempDir
    Path dir;

    private Charts charts;

    /** Ten categories "c1".."c10" whose amounts are 10, 9, ..., 1. */
    @BeforeEach
    void data() throws Exception {
        List<Object> names = new ArrayList<>();
        List<Object> amounts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            names.add("c" + i);
            amounts.add((long) (11 - i));
        }
        charts = Charts.of(
                new TestTable()
                        .add("name", ColumnType.CATEGORY, null, names)
                        .add("amount", ColumnType.INTEGER, null, amounts),
                dir);
    }

    @AfterEach
    void close() {
        charts.close();
    }

    @Test
    void foldsAllButTheSevenLargestIntoOther() throws Exception {
        ChartResult result = charts.render("{'chart_type': 'pie', 'x': 'name', 'y': 'amount'}");

        Map<String, Object> trace = traces(result).get(0);
        assertThat(trace).containsEntry("type", "pie");
        assertThat(trace.get("labels")).isEqualTo(List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "Other"));
        assertThat(trace.get("values")).isEqualTo(List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 6L));
        assertThat(result.rows()).hasSize(8);
        assertThat(result.rows().get(7))
                .containsEntry("name", "Other")
                .containsEntry("Sum of amount", 6L)
                .containsEntry("others", 3);
        assertThat(result.stats().notes()).anyMatch(n -> n.contains("Other"));
        assertThat(result.summary()).isEqualTo("c1 leads with 10 of 55 total (18.2%)");
    }

    @Test
    void eightOrFewerGroupsNeedNoOther() throws Exception {
        ChartResult result = charts.render("{'chart_type': 'pie', 'x': 'name', 'y': 'amount', "
                + "'filters': [{'column': 'amount', 'op': '>', 'value': 2}]}");

        assertThat(result.rows()).hasSize(8).noneMatch(r -> r.containsKey("others"));
    }

    @Test
    void aSmallerLimitKeepsTheTopNPlusOther() throws Exception {
        ChartResult result = charts.render("{'chart_type': 'pie', 'x': 'name', 'y': 'amount', 'limit': 3}");

        assertThat(traces(result).get(0).get("labels")).isEqualTo(List.of("c1", "c2", "c3", "Other"));
        assertThat(traces(result).get(0).get("values")).isEqualTo(List.of(10L, 9L, 8L, 28L));
    }

    @Test
    void aMeanCannotBeSlicedIntoAPie() {
        assertThatThrownBy(
                        () -> charts.render("{'chart_type': 'pie', 'x': 'name', 'y': 'amount', 'aggregation': 'mean'}"))
                .isInstanceOf(ChartSpecException.class)
                .hasMessage(
                        "pie shows shares of a total, so it needs sum or count, not mean; use bar for the mean per name");
    }
}
