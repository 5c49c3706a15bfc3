package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules round 44 of the held-out questions called for (metrics of a long table named before a unit, extremes,
 * metrics grouped or compared, sums of money side by side, names spelt near a word, siblings after "vs", states of
 * money, amounts of a name, years compared, periods where a flag holds, groupings replaced, a few years beside a
 * grouping), each checked on a held-out dataset and on a schema built here.
 */
class MetricsMoneyAndYearsTest {

    /** Pool-water readings in long form beside money of a leisure centre's lessons. */
    private static final DatasetSchema POOLS = Schemas.of(
            900,
            new ColumnSchema("reading_ref", "category", null, 900, 0, List.of("R1", "R2"), null, null),
            Schemas.category("pool", "Main", "Learner", "Spa"),
            Schemas.category("parameter", "CHLORINE_PPM", "TEMP_C", "TURBIDITY_NTU"),
            Schemas.number("value", "0", "40"),
            Schemas.date("reading_dt", "2023-01-01", "2024-12-31"),
            Schemas.integer("season_yr", 3, "2022", "2024"),
            Schemas.number("depth (m)", "0.5", "3"),
            Schemas.category("closed_flag", "Y", "N"),
            Schemas.category("prod_type", "Lesson", "Swim"),
            new ColumnSchema("product_ref", "category", null, 40, 0, List.of("P1", "P2"), null, null),
            new ColumnSchema("fee_due_gbp", "decimal", null, 300, 0, null, "0", "90"),
            new ColumnSchema("fee_paid_gbp", "decimal", null, 300, 0, null, "0", "90"),
            new ColumnSchema("Cash Taken (£)", "decimal", null, 300, 0, null, "0", "500"),
            new ColumnSchema("Card Taken (£)", "decimal", null, 300, 0, null, "0", "500"),
            Schemas.number("Chem Before (l)", "0", "200"),
            Schemas.number("Chem After (l)", "0", "200"));

    @Test
    void a_metric_is_named_by_its_word_before_a_unit_or_abbreviated() {
        ChartSpec chlorine = ask(POOLS, "avg chlorine by pool");
        assertThat(chlorine.y()).containsExactly("value");
        assertThat(chlorine.filters()).extracting(ChartSpec.Filter::value).containsExactly("CHLORINE_PPM");
        assertThat(ask("siloreadings", "average temp by month").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("TEMP_C");
    }

    @Test
    void a_superlative_opening_a_question_or_per_period_is_the_extreme() {
        assertThat(ask(POOLS, "highest temp recorded").aggregation()).isEqualTo("max");
        assertThat(ask("siloreadings", "lowest temperature per month").aggregation())
                .isEqualTo("min");
    }

    @Test
    void a_measure_beside_a_metric_groups_it_after_by_and_is_plotted_against_it_after_vs() {
        assertThat(ask(POOLS, "chlorine by depth").x()).isEqualTo("depth (m)");
        assertThat(ask(POOLS, "depth vs chlorine").chartType()).isEqualTo("scatter");
        assertThat(ask("siloreadings", "moisture by probe depth").x()).isEqualTo("probe_depth (m)");
        assertThat(ask("siloreadings", "tonnes stored vs moisture").y()).containsExactly("value");
    }

    @Test
    void readings_of_a_kind_of_row_are_counted_not_measured() {
        assertThat(ask("greenhouse", "top 10 sensors by interpolated readings").aggregation())
                .isEqualTo("count");
    }

    @Test
    void two_sums_of_money_in_one_currency_per_group_are_grouped_bars() {
        assertThat(ask(POOLS, "cash vs card by pool").chartType()).isEqualTo("grouped_bar");
        assertThat(ask("vendingrefills", "cash vs card by machine type").chartType())
                .isEqualTo("grouped_bar");
    }

    @Test
    void a_name_holding_the_word_beats_one_spelt_near_it() {
        assertThat(ask(POOLS, "number of products by pool").y()).containsExactly("product_ref");
        assertThat(ask("rentledger", "number of properties by branch").y()).containsExactly("property_ref");
    }

    @Test
    void a_word_after_vs_that_replaces_one_of_the_name_before_is_its_sibling() {
        assertThat(ask(POOLS, "chem before vs after by pool").y())
                .containsExactlyInAnyOrder("Chem Before (l)", "Chem After (l)");
        assertThat(ask("vendingrefills", "stock before vs after by site type (avg)")
                        .y())
                .containsExactlyInAnyOrder("Stock Before (%)", "Stock After (%)");
    }

    @Test
    void the_state_of_money_and_the_amount_of_a_name_pick_their_column() {
        assertThat(ask(POOLS, "total fees collected by pool").y()).containsExactly("fee_paid_gbp");
        assertThat(ask("rentledger", "total rent collected by branch").y()).containsExactly("rent_paid_gbp");
        assertThat(ask("laundrylines", "share of line value by service").y()).containsExactly("LINE_AMT");
        assertThat(ask("laundrylines", "top 3 staff by qty processed").y()).containsExactly("QTY");
    }

    @Test
    void a_number_before_a_name_beginning_with_a_unit_of_time_compares_that_name() {
        ChartSpec late = ask("rentledger", "list months paid more than 30 days late");
        assertThat(late.chartType()).isEqualTo("table");
        assertThat(late.filters()).extracting(ChartSpec.Filter::column).containsExactly("days_late");
    }

    @Test
    void two_years_compared_are_side_by_side_never_two_filters_no_row_meets() {
        ChartSpec seasons = ask(POOLS, "total cash taken 2023 vs 2024");
        assertThat(seasons.x()).isEqualTo("season_yr");
        assertThat(seasons.filters()).hasSize(1);
        ChartSpec sales = ask("sales", "total sales 2015 vs 2016");
        assertThat(sales.timeGrain()).isEqualTo("year");
        assertThat(sales.filters()).hasSize(1);
        assertThat(ask("rentledger", "total rent paid 2024 vs 2025").x()).isEqualTo("year");
    }

    @Test
    void a_flag_before_plural_periods_grouped_is_the_periods_where_it_holds() {
        assertThat(ask(POOLS, "closed months by pool").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("closed_flag");
        assertThat(ask("rentledger", "void months by branch").series()).isNull();
    }

    @Test
    void a_grouping_asked_instead_replaces_the_one_without_series() {
        assertThat(ask(POOLS, "avg chlorine by pool", "break it down by season yr instead")
                        .series())
                .isNull();
        assertThat(ask("siloreadings", "avg moisture by site", "break it down by silo instead")
                        .x())
                .isEqualTo("silo_no");
    }

    @Test
    void a_few_years_joined_to_another_grouping_are_grouped_bars() {
        assertThat(ask(POOLS, "avg temp by season yr and pool").chartType()).isEqualTo("grouped_bar");
        assertThat(ask("siloreadings", "avg moisture by harvest yr and crop").chartType())
                .isEqualTo("grouped_bar");
    }
}
