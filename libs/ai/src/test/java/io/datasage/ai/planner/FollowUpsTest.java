package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow-ups edit the previous chart given as a spec; complete questions start afresh. */
class FollowUpsTest {

    private static final DatasetSchema SALES = PlannerCases.datasets().get("sales");
    private static final OfflinePlanner PLANNER = new OfflinePlanner();
    private static final ChartSpec SALES_BY_REGION_WEST = new ChartSpec(
            "bar",
            "Category",
            List.of("Sales"),
            null,
            "sum",
            null,
            List.of(new ChartSpec.Filter("Region", "=", "West")),
            null,
            null,
            null,
            null,
            null);
    private static final ChartSpec MONTHLY_SALES = new ChartSpec(
            "line",
            "Order Date",
            List.of("Sales"),
            null,
            "sum",
            "month",
            List.of(new ChartSpec.Filter("Order Date", "between", List.of("2016-01-01", "2016-12-31"))),
            null,
            null,
            null,
            null,
            null);

    private static ChartSpec after(ChartSpec previous, String question) {
        return PLANNER.plan(question, SALES, previous).spec();
    }

    @Test
    void replaces_a_filter_value_on_the_same_column() {
        ChartSpec s = after(SALES_BY_REGION_WEST, "for East instead");
        assertThat(s.x()).isEqualTo("Category");
        assertThat(s.filters()).containsExactly(new ChartSpec.Filter("Region", "=", "East"));
    }

    @Test
    void adds_a_value_when_asked_to_include_it() {
        ChartSpec s = after(SALES_BY_REGION_WEST, "also include east");
        assertThat(s.filters()).containsExactly(new ChartSpec.Filter("Region", "in", List.of("West", "East")));
    }

    @Test
    void removes_filters() {
        assertThat(after(SALES_BY_REGION_WEST, "remove the filter").filters()).isNull();
        assertThat(after(SALES_BY_REGION_WEST, "clear filters").filters()).isNull();
        assertThat(after(MONTHLY_SALES, "for all years").filters()).isNull();
    }

    @Test
    void replaces_the_period() {
        ChartSpec s = after(MONTHLY_SALES, "same for 2017");
        assertThat(s.filters())
                .containsExactly(new ChartSpec.Filter("Order Date", "between", List.of("2017-01-01", "2017-12-31")));
        assertThat(s.timeGrain()).isEqualTo("month");
    }

    @Test
    void changes_grain_chart_type_measure_and_aggregation() {
        assertThat(after(MONTHLY_SALES, "by quarter instead").timeGrain()).isEqualTo("quarter");
        assertThat(after(MONTHLY_SALES, "weekly").timeGrain()).isEqualTo("week");
        assertThat(after(MONTHLY_SALES, "as an area chart").chartType()).isEqualTo("area");
        assertThat(after(SALES_BY_REGION_WEST, "make it a pie").chartType()).isEqualTo("pie");
        assertThat(after(SALES_BY_REGION_WEST, "what about profit?").y()).containsExactly("Profit");
        assertThat(after(SALES_BY_REGION_WEST, "show the average").aggregation())
                .isEqualTo("mean");
    }

    @Test
    void ranks_and_sorts() {
        ChartSpec top = after(SALES_BY_REGION_WEST, "show the top 5");
        assertThat(top.limit()).isEqualTo(5);
        assertThat(top.sort()).isEqualTo(new ChartSpec.Sort("y", "desc"));
        assertThat(after(top, "sort ascending").sort()).isEqualTo(new ChartSpec.Sort("y", "asc"));
        assertThat(after(top, "alphabetically").sort()).isEqualTo(new ChartSpec.Sort("x", "asc"));
        assertThat(after(top, "show all").limit()).isNull();
    }

    @Test
    void adds_a_series_or_replaces_the_grouping() {
        ChartSpec split = after(SALES_BY_REGION_WEST, "and by segment");
        assertThat(split.chartType()).isEqualTo("grouped_bar");
        assertThat(split.series()).isEqualTo("Segment");
        ChartSpec instead = after(SALES_BY_REGION_WEST, "by segment instead");
        assertThat(instead.x()).isEqualTo("Segment");
        assertThat(instead.series()).isNull();
        ChartSpec overTime = after(SALES_BY_REGION_WEST, "over time instead");
        assertThat(overTime.chartType()).isEqualTo("line");
        assertThat(overTime.x()).isEqualTo("Order Date");
    }

    @Test
    void treats_a_complete_question_as_new() {
        ChartSpec s = after(SALES_BY_REGION_WEST, "average discount by ship mode");
        assertThat(s.x()).isEqualTo("Ship Mode");
        assertThat(s.filters()).isNull();
    }

    @Test
    void ignores_a_previous_chart_from_another_dataset() {
        ChartSpec other = new ChartSpec(
                "bar", "location", List.of("temperature_c"), null, "mean", null, null, null, null, null, null, null);
        ChartSpec s = after(other, "now only for 2017");
        assertThat(PlannerCases.columnsUsed(s)).allMatch(c -> SALES.column(c).isPresent());
    }

    @Test
    void accepts_the_seed_columns_form() {
        ChartSpec seed = new ChartSpec(
                "bar", null, null, null, "sum", null, null, null, null, null, List.of("Region", "Sales"), null);
        ChartSpec s = after(seed, "make it a pie");
        assertThat(s.chartType()).isEqualTo("pie");
        assertThat(s.x()).isEqualTo("Region");
        assertThat(s.y()).containsExactly("Sales");
    }
}
