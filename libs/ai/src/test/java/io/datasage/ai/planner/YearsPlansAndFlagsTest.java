package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 57 and 58 of the held-out questions called for (years said short or under other names, what
 * happened before what was planned, flags said as participles, reasons that imply their flag, the rows' own things,
 * durations and values said short, units of time alone, counted events), each checked on at least two datasets.
 */
class YearsPlansAndFlagsTest {

    @Test
    void a_financial_year_said_short_is_its_value() {
        assertThat(ask("theatrecases", "late starts in 23/24").filters())
                .extracting(ChartSpec.Filter::value)
                .contains("2023/24");
        assertThat(ask("leakjobs", "repair cost by region for 24-25").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("2024-25");
    }

    @Test
    void what_happened_comes_before_what_was_planned() {
        assertThat(ask("turnarounds", "median turn mins per stand").y()).containsExactly("ACT_TURN_MINS");
        assertThat(ask("turnarounds", "avg turn time for ryanair").y()).containsExactly("ACT_TURN_MINS");
        ChartSpec hours = ask("tempshifts", "healthcare hours by client");
        assertThat(hours.y()).containsExactly("Hrs Worked");
        assertThat(hours.aggregation()).isEqualTo("sum");
    }

    @Test
    void years_under_other_names_take_the_years_said() {
        assertThat(ask("harvestbins", "bins by variety in 2024").filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Season", 2024L));
        assertThat(ask("festivaltills", "takings by outlet type in 2025").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Edition Yr");
        assertThat(ask("festivaltills", "total takings for the 2024 festival").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Edition Yr");
        // This and last of a year column are its latest year and the one before.
        assertThat(ask("festivaltills", "takings this edition yr").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly(2025L);
        assertThat(ask("harvestbins", "avg brix last season").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly(2024L);
    }

    @Test
    void a_few_years_are_compared_in_bars_and_a_season_is_a_trend() {
        assertThat(ask("harvestbins", "avg bin weight by season").chartType()).isEqualTo("bar");
        assertThat(ask("motorclaims", "claims by loss year").chartType()).isEqualTo("bar");
        ChartSpec split = ask("festivaltills", "revenue by zone split by edition yr");
        assertThat(split.x()).isEqualTo("Zone");
        assertThat(split.series()).isEqualTo("Edition Yr");
        ChartSpec season = ask("harvestbins", "avg brix over the season for Jazz");
        assertThat(season.chartType()).isEqualTo("line");
        assertThat(season.x()).isEqualTo("Pick Date");
    }

    @Test
    void an_hour_of_the_day_and_a_chart_word_are_no_amount_or_value() {
        assertThat(ask("festivaltills", "sales by zone").y()).containsExactly("Line Amt (£)");
        ChartSpec stacked = ask("festivaltills", "stacked bar sales per outlet type by zone");
        assertThat(stacked.chartType()).isEqualTo("stacked_bar");
        assertThat(stacked.filters()).isNullOrEmpty();
        assertThat(ask("festivaltills", "takings by day", "show as area").chartType())
                .isEqualTo("area");
    }

    @Test
    void a_reason_filled_only_for_an_event_implies_its_flag() {
        ChartSpec remakes = ask("crownjobs", "remakes by reason");
        assertThat(remakes.x()).isEqualTo("Remake Reason");
        assertThat(remakes.filters()).isNullOrEmpty();
        assertThat(ask("theatrecases", "cancellations by cancel reason").filters())
                .isNullOrEmpty();
    }

    @Test
    void what_happened_to_the_rows_is_their_flag() {
        assertThat(ask("theatrecases", "how many cases were cancelled on the day")
                        .filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("CANCELLED_OTD");
        assertThat(ask("busruns", "how many runs were cancelled").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Cancelled");
        assertThat(ask("tempshifts", "approved shifts by client").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("TS Approved (Y/N)");
        // With un- or non- before it, the flag's no.
        assertThat(ask("tempshifts", "how many timesheets still unapproved").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("N");
        assertThat(ask("vetvisits", "uninsured visits by species").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly(false);
    }

    @Test
    void the_rows_own_things_are_counted_not_grouped() {
        ChartSpec bins = ask("harvestbins", "bins picked by variety");
        assertThat(bins.chartType()).isEqualTo("bar");
        assertThat(bins.series()).isNull();
        assertThat(ask("harvestbins", "whats the avg pay per bin").chartType()).isEqualTo("kpi");
        assertThat(ask("tempshifts", "distribution of hrs worked per shift").chartType())
                .isEqualTo("histogram");
        ChartSpec jobs = ask("crownjobs", "jobs per dentist top 10");
        assertThat(jobs.y()).containsExactly("job_no");
        assertThat(jobs.aggregation()).isEqualTo("count_distinct");
        assertThat(ask("crownjobs", "total revenue").y()).containsExactly("Unit Price (£)");
        ChartSpec delays = ask("turnarounds", "count of delays by shift split by delay group");
        assertThat(delays.y()).isNullOrEmpty();
        assertThat(delays.aggregation()).isEqualTo("count");
    }

    @Test
    void volumes_and_units_of_time_alone() {
        ChartSpec procedures = ask("theatrecases", "top 5 procedures by volume");
        assertThat(procedures.y()).isNullOrEmpty();
        assertThat(procedures.aggregation()).isEqualTo("count");
        assertThat(ask("calls", "monthly call volume").aggregation()).isEqualTo("count");
        ChartSpec weekly = ask("turnarounds", "avg dep delay by week");
        assertThat(weekly.x()).isEqualTo("FLT_DT");
        assertThat(weekly.timeGrain()).isEqualTo("week");
        assertThat(ask("keglines", "avg waste by week").timeGrain()).isEqualTo("week");
    }

    @Test
    void names_and_values_said_short_or_written_out() {
        assertThat(ask("theatrecases", "avg operating time per speciality").y()).containsExactly("OP_MINS");
        assertThat(ask("theatrecases", "patient age vs operating minutes").chartType())
                .isEqualTo("scatter");
        assertThat(ask("theatrecases", "ortho cases by anaesthetic type").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Trauma & Orthopaedics");
        assertThat(ask("theatrecases", "list ASA 4+ patients done in the emergency theatre")
                        .filters())
                .extracting(ChartSpec.Filter::value)
                .contains("EMERG TH");
        ChartSpec late = ask("turnarounds", "list turns delayed more than an hour");
        assertThat(late.filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DEP_DELAY_MINS", 60L));
        assertThat(ask("festivaltills", "which tills took the most money").y()).containsExactly("Line Amt (£)");
    }
}
