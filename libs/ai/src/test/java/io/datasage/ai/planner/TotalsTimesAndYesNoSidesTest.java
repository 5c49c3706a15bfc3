package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 63 and 64 of the held-out questions called for (a total of several scores, nouns of a participle
 * value, a year column named after its year, the time of an activity, alternatives written with a slash, a unit of
 * time before a kind of day, both sides of a flag), each checked on at least two datasets where the data has a second
 * case.
 */
class TotalsTimesAndYesNoSidesTest {

    @Test
    void total_before_a_word_several_measures_end_with_is_their_total() {
        ChartSpec quarter = ask("placementtests", "avg total score by quarter");
        assertThat(quarter.y()).containsExactly("Total (/150)");
        assertThat(quarter.aggregation()).isEqualTo("mean");
        assertThat(ask("placementtests", "distribution of total scores").x()).isEqualTo("Total (/150)");
        // One score named whole stays that score.
        assertThat(ask("placementtests", "avg grammar score by campus").y()).containsExactly("Grammar Score");
    }

    @Test
    void a_noun_of_a_verb_is_its_participle_value() {
        ChartSpec route = ask("cdregister", "administrations by route");
        assertThat(route.x()).isEqualTo("Route");
        assertThat(route.filters()).extracting(ChartSpec.Filter::value).containsExactly("Administered");
        assertThat(ask("cdregister", "top 10 wards by administrations").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Administered");
    }

    @Test
    void a_year_column_named_after_its_year_is_a_filter_only() {
        ChartSpec kg = ask("pressruns", "total kg pressed in the 2024 season");
        assertThat(kg.chartType()).isEqualTo("kpi");
        assertThat(kg.filters()).extracting(ChartSpec.Filter::column).containsExactly("SEASON");
        ChartSpec certs = ask("sailbookings", "how many certs issued in the 2025 season");
        assertThat(certs.chartType()).isEqualTo("kpi");
        assertThat(certs.filters()).extracting(ChartSpec.Filter::column).contains("season_yr");
        ChartSpec top = ask("sailbookings", "top 10 courses by revenue in the 2024 season");
        assertThat(top.chartType()).isEqualTo("bar");
        assertThat(top.x()).isEqualTo("Course Name");
    }

    @Test
    void the_time_of_an_activity_is_its_duration() {
        ChartSpec press = ask("pressruns", "median press time by press line");
        assertThat(press.chartType()).isEqualTo("bar");
        assertThat(press.y()).containsExactly("PRESS_HRS");
        ChartSpec groom = ask("groomappts", "avg groom time by size");
        assertThat(groom.chartType()).isEqualTo("bar");
        assertThat(groom.y()).containsExactly("duration_mins");
        // "over time" is no activity.
        assertThat(ask("pressruns", "fruit in over time").chartType()).isEqualTo("line");
    }

    @Test
    void a_word_of_a_values_alternatives_is_that_value() {
        assertThat(ask("cdregister", "total qty destroyed by drug").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Destroyed/Wasted");
        assertThat(ask("cdregister", "top 10 drugs for waste entries").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Destroyed/Wasted");
        // Where two values hold the word, neither.
        assertThat(ask("trials", "resolved events by arm").filters()).isNullOrEmpty();
    }

    @Test
    void a_unit_of_time_before_a_kind_of_day_is_a_grain() {
        ChartSpec bikes = ask("dockhours", "avg e-bikes avail per day");
        assertThat(bikes.chartType()).isEqualTo("line");
        assertThat(bikes.timeGrain()).isEqualTo("day");
        assertThat(ask("ferries", "avg passengers per day").x()).isEqualTo("Departure Date");
        assertThat(ask("busruns", "avg boardings per day").timeGrain()).isEqualTo("day");
        // Said whole, the kind of day.
        assertThat(ask("dockhours", "avg bikes avail by day type").x()).isEqualTo("day_type");
    }

    @Test
    void both_sides_of_a_flag_split_by_it() {
        ChartSpec sla = ask("potholes", "within SLA Y/N by contractor, stacked");
        assertThat(sla.chartType()).isEqualTo("stacked_bar");
        assertThat(sla.x()).isEqualTo("CONTRACTOR");
        assertThat(sla.series()).isEqualTo("WITHIN_SLA");
        ChartSpec recommend = ask("satisfaction", "would recommend Y vs N for business class only, pie chart");
        assertThat(recommend.chartType()).isEqualTo("pie");
        assertThat(recommend.x()).isEqualTo("would_recommend_yn");
    }
}
