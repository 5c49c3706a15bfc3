package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 24 of the held-out questions called for (numbers that tell columns apart, names headed by a small
 * word, minutes and hours as units, the hour of the day, yes/no names and their negations, a follow-up that stacks or
 * sets bars side by side, "across all" the rows, deaths as fatalities), each checked on other questions than the
 * held-out file's, on a held-out dataset and on a schema built here.
 */
class NamesAndUnitsTest {

    /** TV airings: two viewer counts told apart by their days, an hour column, a flag and its amount. */
    private static final DatasetSchema AIRINGS = Schemas.of(
            20000,
            Schemas.text("Airing ID", 20000, "A-1", "A-2"),
            Schemas.category("Show Name", "Evening News", "Late Talk", "Quiz Night"),
            Schemas.category("Channel", "One", "Two", "Three"),
            Schemas.date("Air Date", "2023-01-01", "2024-12-31"),
            Schemas.integer("Air Hr", 24, "0", "23"),
            Schemas.integer("Viewers_1D", 5000, "100", "900000"),
            Schemas.integer("Viewers_28D", 5000, "200", "2000000"),
            Schemas.number("Watch Time Min", "0", "180"),
            Schemas.flag("Sponsored"),
            Schemas.money("Amt Sponsored ($)"));

    /** Road crashes: deaths are kept as Fatalities. */
    private static final DatasetSchema CRASHES = Schemas.of(
            9000,
            Schemas.date("Crash Date", "2020-01-01", "2024-12-31"),
            Schemas.category("Road Type", "Motorway", "Urban", "Rural"),
            Schemas.integer("Fatalities", 6, "0", "5"),
            Schemas.integer("Vehicles", 8, "1", "8"));

    @Test
    void a_number_before_a_shared_name_picks_the_column_carrying_it() {
        assertThat(ask(AIRINGS, "avg 28-day viewers by channel").y()).containsExactly("Viewers_28D");
        assertThat(ask(AIRINGS, "total 1d viewers per show").y()).containsExactly("Viewers_1D");
        assertThat(ask("podcasts", "median 30 day downloads by genre").y()).containsExactly("DOWNLOADS_30D");
        // Without a number both stay named.
        assertThat(ask(AIRINGS, "avg viewers by channel").y()).containsExactly("Viewers_1D", "Viewers_28D");
    }

    @Test
    void a_name_headed_by_a_small_word_keeps_it() {
        ChartSpec shows = ask(AIRINGS, "top 5 shows by 28-day viewers");
        assertThat(shows.x()).isEqualTo("Show Name");
        assertThat(shows.limit()).isEqualTo(5);
        assertThat(ask("podcasts", "top 3 shows by ad revenue").x()).isEqualTo("showTitle");
    }

    @Test
    void minutes_after_a_span_of_time_are_its_unit() {
        ChartSpec watch = ask(AIRINGS, "average watch time in minutes");
        assertThat(watch.chartType()).isEqualTo("kpi");
        assertThat(watch.y()).containsExactly("Watch Time Min");
        ChartSpec long_ = ask(AIRINGS, "airings watched longer than 2 hours by channel");
        assertThat(long_.filters()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("Watch Time Min");
            assertThat(((Number) f.value()).doubleValue()).isEqualTo(120.0);
        });
        ChartSpec deliveries = ask("deliveries", "monthly avg delivery mins");
        assertThat(deliveries.y()).containsExactly("deliveryTimeMin");
        assertThat(deliveries.timeGrain()).isEqualTo("month");
    }

    @Test
    void an_hour_column_is_the_hour_of_the_day() {
        ChartSpec airings = ask(AIRINGS, "number of airings by hour of day");
        assertThat(airings.chartType()).isEqualTo("bar");
        assertThat(airings.x()).isEqualTo("Air Hr");
        assertThat(ask("parking", "fines by hour").x()).isEqualTo("Issue Hr");
    }

    @Test
    void a_yes_no_name_and_its_negation_are_the_flag() {
        ChartSpec versus = ask(AIRINGS, "sponsored vs unsponsored per channel side by side");
        assertThat(versus.chartType()).isEqualTo("grouped_bar");
        assertThat(versus.series()).isEqualTo("Sponsored");
        ChartSpec unsponsored = ask(AIRINGS, "unsponsored airings by channel");
        assertThat(unsponsored.filters()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("Sponsored");
            assertThat(f.value()).isEqualTo(false);
        });
        assertThat(ask("parking", "unpaid citations by agency").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Paid?"));
        // An aggregation still asks for the amount.
        assertThat(ask(AIRINGS, "total sponsored by channel").y()).containsExactly("Amt Sponsored ($)");
    }

    @Test
    void a_follow_up_that_stacks_or_sets_side_by_side_splits_the_bars() {
        ChartSpec stacked = ask(AIRINGS, "total 28-day viewers by channel", "stack it by show");
        assertThat(stacked.chartType()).isEqualTo("stacked_bar");
        assertThat(stacked.x()).isEqualTo("Channel");
        assertThat(stacked.series()).isEqualTo("Show Name");
        ChartSpec grouped = ask("podcasts", "avg rating by genre", "compare by language side by side");
        assertThat(grouped.chartType()).isEqualTo("grouped_bar");
        assertThat(grouped.x()).isEqualTo("Genre");
        assertThat(grouped.series()).isEqualTo("Lang");
    }

    @Test
    void across_all_the_rows_is_no_grouping() {
        assertThat(ask(AIRINGS, "average 1-day viewers across all airings").chartType())
                .isEqualTo("kpi");
        assertThat(ask("podcasts", "median ad revenue across all episodes").chartType())
                .isEqualTo("kpi");
    }

    @Test
    void deaths_are_fatalities_and_are_added_up() {
        ChartSpec fires = ask("wildfires", "deaths per state");
        assertThat(fires.y()).containsExactly("Fatalities");
        assertThat(fires.aggregation()).isEqualTo("sum");
        ChartSpec crashes = ask(CRASHES, "deaths by road type");
        assertThat(crashes.y()).containsExactly("Fatalities");
        assertThat(crashes.aggregation()).isEqualTo("sum");
    }
}
