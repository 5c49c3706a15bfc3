package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 61 and 62 of the held-out questions called for (a flag's noun alone, "no" before a flag, values
 * written around small words or split by a slash, what a ranking is by, numbers shared by several rows, the time of a
 * thing, words after "by" that nothing else read), each checked on at least two datasets where the data has a second
 * case.
 */
class FlagNounsValuesAndRankingsTest {

    @Test
    void a_flags_noun_without_its_subset_word_is_all_the_rows() {
        ChartSpec visits = ask("climbcheckins", "visits by age band split by site");
        assertThat(visits.chartType()).isEqualTo("grouped_bar");
        assertThat(visits.y()).isNullOrEmpty();
        assertThat(visits.aggregation()).isEqualTo("count");
        ChartSpec top = ask("climbcheckins", "top 10 members by number of visits");
        assertThat(top.x()).isEqualTo("member_name");
        assertThat(top.filters()).isNullOrEmpty();
        // With its word, it is still the flag.
        assertThat(ask("climbcheckins", "how many first visits at York").filters())
                .extracting(ChartSpec.Filter::column)
                .contains("first_visit");
    }

    @Test
    void an_unread_word_after_by_is_the_one_column_it_names_or_abbreviates() {
        ChartSpec make = ask("hearingfits", "avg satisfaction by make");
        assertThat(make.chartType()).isEqualTo("bar");
        assertThat(make.x()).isEqualTo("Device Make");
        ChartSpec frequency = ask("windowjobs", "avg price by frequency");
        assertThat(frequency.x()).isEqualTo("FREQ_WKS");
        assertThat(frequency.y()).containsExactly("PRICE_GBP");
        // "per" and a singular is each thing, not its kinds.
        assertThat(ask("foirequests", "distribution of officer hours per request")
                        .chartType())
                .isEqualTo("histogram");
    }

    @Test
    void a_ranking_is_by_a_measure() {
        ChartSpec area = ask("droneflights", "top 10 clients by area surveyed");
        assertThat(area.chartType()).isEqualTo("bar");
        assertThat(area.y()).containsExactly("Area Covered (ha)");
        assertThat(area.series()).isNull();
        ChartSpec units = ask("booktills", "top publishers by units");
        assertThat(units.chartType()).isEqualTo("bar");
        assertThat(units.y()).containsExactly("Qty");
        assertThat(units.aggregation()).isEqualTo("sum");
        assertThat(ask("drivinglessons", "top 10 pupils by amount spent").y()).containsExactly("PRICE_GBP");
        assertThat(ask("climbcheckins", "top 10 members by amount spent").y()).containsExactly("Cafe Spend (£)");
    }

    @Test
    void a_number_several_rows_share_grouped_is_counted_once() {
        ChartSpec branch = ask("booktills", "transactions per branch");
        assertThat(branch.chartType()).isEqualTo("bar");
        assertThat(branch.y()).containsExactly("txn_no");
        assertThat(branch.aggregation()).isEqualTo("count_distinct");
        assertThat(ask("booktills", "transactions by pay type").series()).isNull();
    }

    @Test
    void values_split_by_a_slash_are_compared() {
        ChartSpec results = ask("drivinglessons", "pass/fail by test centre");
        assertThat(results.chartType()).isEqualTo("grouped_bar");
        assertThat(results.x()).isEqualTo("TEST_CENTRE");
        assertThat(results.series()).isEqualTo("TEST_RESULT");
        ChartSpec status = ask("escapebookings", "completed/cancelled by room");
        assertThat(status.chartType()).isEqualTo("grouped_bar");
        assertThat(status.series()).isEqualTo("Status");
    }

    @Test
    void a_word_for_the_present_is_a_value_unless_a_period_follows() {
        ChartSpec current = ask("allotments", "how many current tenancies");
        assertThat(current.chartType()).isEqualTo("kpi");
        assertThat(current.filters()).extracting(ChartSpec.Filter::value).containsExactly("Current");
        ChartSpec rent = ask("allotments", "total rent roll for current tenancies by site");
        assertThat(rent.chartType()).isEqualTo("bar");
        assertThat(rent.series()).isNull();
        // "current year" is still a period.
        assertThat(ask("allotments", "lettings in the current year by site").filters())
                .extracting(ChartSpec.Filter::column)
                .doesNotContain("Tenancy Status");
    }

    @Test
    void no_before_a_flag_is_its_no() {
        ChartSpec shut = ask("eggcollection", "eggs collected with no outdoor access");
        assertThat(shut.filters()).extracting(ChartSpec.Filter::value).containsExactly("N");
        assertThat(ask("allotments", "plots with no shed by site").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("N");
    }

    @Test
    void the_time_of_a_thing_is_how_long_it_took() {
        assertThat(ask("windowjobs", "avg job time by cleaner").y()).containsExactly("DURATION_MINS");
        assertThat(ask("drivinglessons", "avg lesson time by instructor").y()).containsExactly("DURATION_MINS");
        // With both sides of a flag, that time per side.
        ChartSpec sides = ask("windowjobs", "avg job time with and without wfp");
        assertThat(sides.chartType()).isEqualTo("bar");
        assertThat(sides.x()).isEqualTo("WFP_USED_YN");
        assertThat(sides.y()).containsExactly("DURATION_MINS");
    }

    @Test
    void a_values_two_words_around_small_words_are_that_value() {
        assertThat(ask("windowjobs", "how many jobs skipped for weather").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Skipped - Weather");
        assertThat(ask("droneflights", "avg wind speed on flights aborted for weather")
                        .filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Aborted - Weather");
        // A guard: a value whose words are already read together stays that value.
        assertThat(ask("bloodissues", "units wasted for expired").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Wasted - expired");
    }

    @Test
    void a_value_two_columns_hold_is_the_one_filled_on_most_rows() {
        ChartSpec halifax = ask("drivinglessons", "how many different pupils in Halifax");
        assertThat(halifax.filters()).extracting(ChartSpec.Filter::column).containsExactly("BRANCH");
        // Where a name next to it says which, that one.
        assertThat(ask("drivinglessons", "tests at test centre Halifax").filters())
                .extracting(ChartSpec.Filter::column)
                .contains("TEST_CENTRE");
    }

    @Test
    void a_sequence_number_across_vs_from_a_measure_is_plotted() {
        ChartSpec faults = ask("drivinglessons", "lesson number vs driving faults");
        assertThat(faults.chartType()).isEqualTo("scatter");
        assertThat(faults.y()).containsExactly("LESSON_NO");
        ChartSpec age = ask("drivinglessons", "scatter of pupil age vs lesson no for passes");
        assertThat(age.chartType()).isEqualTo("scatter");
        assertThat(age.x()).isEqualTo("LESSON_NO");
        assertThat(ask("crownjobs", "unit seq vs unit price").y()).containsExactly("unit_seq");
    }

    @Test
    void the_thing_an_id_names_after_per_is_a_grouping() {
        ChartSpec eggs = ask("eggcollection", "stacked bar of eggs per house by grade");
        assertThat(eggs.chartType()).isEqualTo("stacked_bar");
        assertThat(eggs.x()).isEqualTo("House Name");
        assertThat(eggs.series()).isEqualTo("grade");
        // A word that only begins a kind's name is each row.
        ChartSpec reads = ask("meterreads", "avg usage per read by property type");
        assertThat(reads.chartType()).isEqualTo("bar");
        assertThat(reads.x()).isEqualTo("property_type");
    }

    @Test
    void a_misspelt_sales_word_sums_and_completed_is_done() {
        assertThat(ask("windowjobs", "revenu by cleaner").aggregation()).isEqualTo("sum");
        assertThat(ask("drivinglessons", "revnue by branch").aggregation()).isEqualTo("sum");
        assertThat(ask("windowjobs", "completed jobs per week").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Done");
        // A guard: where the data says Completed, that value.
        assertThat(ask("removaljobs", "completed jobs per month").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Completed");
    }
}
