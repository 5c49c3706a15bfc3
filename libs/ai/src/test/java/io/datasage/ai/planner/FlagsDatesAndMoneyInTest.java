package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The second half of the rules rounds 85 and 89-92 called for, each on more than one file: the sides of a flag or a
 * direction, dates said by a verb, money that came in or is compared, and follow-ups that name a chart or split a
 * pie.
 */
class FlagsDatesAndMoneyInTest {

    @Test
    void entries_and_exits_are_the_sides_of_a_direction_column() {
        ChartSpec entries = ask("barriergates", "entries per week by car park");
        assertThat(entries.filters()).extracting(Filter::value).containsExactly("IN");
        ChartSpec sides = ask("wristbandscans", "ins vs outs per gate, side by side");
        assertThat(sides.series()).isEqualTo("direction");
        // A bare IN elsewhere is a code (India): "entries" there are the rows.
        assertThat(ask("salaries", "how many Data Engineer entries are there").filters())
                .extracting(Filter::column)
                .containsExactly("job_title");
    }

    @Test
    void a_negation_opening_a_flags_name_and_a_flag_against_its_absence() {
        ChartSpec hours = ask("lockcallouts", "jobs per engineer, stacked by whether it was out of hours");
        assertThat(hours.series()).isEqualTo("OUT_OF_HOURS_FLAG");
        assertThat(hours.filters()).isNullOrEmpty();
        ChartSpec members = ask("washbays", "member vs non-member washes by programme");
        assertThat(members.series()).isEqualTo("MEMBER_YN");
        // Set against each other, the two sides stand side by side.
        assertThat(members.chartType()).isEqualTo("grouped_bar");
        ChartSpec viewing = ask("venueenquiries", "bar chart of enquiries with vs without a viewing booked");
        assertThat(viewing.x()).isEqualTo("viewing_booked");
        assertThat(viewing.filters()).isNullOrEmpty();
    }

    @Test
    void a_verb_before_a_grain_of_time_says_which_date() {
        ChartSpec made = ask("inkbookings", "bookings made per month in 2025");
        assertThat(made.x()).isEqualTo("Booked On");
        assertThat(made.filters()).extracting(Filter::column).containsExactly("Booked On");
        ChartSpec received = ask("donationbags", "items received each week in 2024");
        assertThat(received.x()).isEqualTo("Received Date");
        assertThat(received.filters()).extracting(Filter::column).containsExactly("Received Date");
    }

    @Test
    void money_that_came_in_and_money_compared() {
        assertThat(ask("allotplots", "rent collected by site").y()).containsExactly("Amount Paid £");
        assertThat(ask("allotplots", "rent payments received per quarter").y()).containsExactly("Amount Paid £");
        // A sum of money is the takings, unless the main measure is the amount of the very things listed.
        assertThat(ask("inkbookings", "list sessions over £900").filters())
                .extracting(Filter::column)
                .containsExactly("Price (£)");
        assertThat(ask("refunds", "list refunds over £250").filters())
                .extracting(Filter::column)
                .containsExactly("Refund_Amt (GBP)");
        assertThat(ask("farmhirelines", "show hire lines worth over £2000").filters())
                .extracting(Filter::column)
                .containsExactly("LineValue");
    }

    @Test
    void minutes_late_is_the_number_compared_not_a_flag() {
        assertThat(ask("busstopvisits", "count of stop visits over 10 mins late by driver")
                        .filters())
                .extracting(Filter::column)
                .containsExactly("DELAY_MIN");
        assertThat(ask("homecalls", "number of calls more than 45 minutes late per carer")
                        .filters())
                .extracting(Filter::column)
                .containsExactly("MINS_LATE");
    }

    @Test
    void a_verb_after_we_is_no_category_but_a_measures_verb_is_the_measure() {
        ChartSpec worked = ask("arbjobs", "how many different customers did we work for by customer type");
        assertThat(worked.series()).isNull();
        assertThat(worked.x()).isEqualTo("CUST_TYPE");
        assertThat(ask("marketing", "how much did we spend in Q3").y()).containsExactly("spend_usd");
    }

    @Test
    void follow_ups_that_name_an_area_or_split_a_pie() {
        assertThat(ask("farmhirelines", "monthly hire revenue", "make it an area chart and remove the gridlines")
                        .chartType())
                .isEqualTo("area");
        assertThat(ask("caskreturns", "total loss charge by dispatch month, as an area")
                        .chartType())
                .isEqualTo("area");
        ChartSpec pie = ask("interloans", "pie chart", "split by material type");
        assertThat(pie.chartType()).isEqualTo("pie");
        assertThat(pie.x()).isEqualTo("material_type");
        assertThat(pie.series()).isNull();
        // After a chart with a grouping of its own, "split by" still adds a series.
        assertThat(ask("interloans", "requests by patron type", "split by material type")
                        .series())
                .isEqualTo("material_type");
    }
}
