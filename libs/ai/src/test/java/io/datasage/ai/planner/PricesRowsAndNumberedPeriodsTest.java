package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 81-84 of the held-out questions called for: takings without a currency in their names, rows named
 * by compounds (line items, ward-days, penalty charge notices), percentages, numbered periods and values, groupings
 * qualified by a measure's word, and flags named whole.
 */
class PricesRowsAndNumberedPeriodsTest {

    private static ColumnSchema plain(String name, String type, long distinct, String min, String max) {
        return new ColumnSchema(name, type, null, distinct, 0, null, min, max);
    }

    @Test
    void a_bare_price_and_a_lines_value_are_the_takings_without_a_currency() {
        ChartSpec sweeps = ask("sweepjobs", "total takings by sweep");
        assertThat(sweeps.y()).containsExactly("Price");
        assertThat(sweeps.aggregation()).isEqualTo("sum");
        ChartSpec bakery = ask("bakerylines", "share of revenue by channel");
        assertThat(bakery.y()).containsExactly("LineValue");
        assertThat(bakery.aggregation()).isEqualTo("sum");
        DatasetSchema tours = Schemas.of(
                4000,
                Schemas.category("Guide", "Ann", "Bob", "Cat"),
                plain("Price", "decimal", 40, "10", "90"),
                plain("Group Size", "integer", 12, "1", "12"));
        assertThat(ask(tours, "revenue by guide").y()).containsExactly("Price");
    }

    @Test
    void a_sum_of_money_compared_with_nothing_named_is_the_takings() {
        ChartSpec lines = ask("bakerylines", "list order lines worth more than £1,000");
        assertThat(lines.filters()).containsExactly(new Filter("LineValue", ">", 1000L));
        ChartSpec lessons = ask("skilessons", "list private lessons over €1000");
        assertThat(lessons.filters()).extracting(Filter::column).contains("PRICE_EUR");
    }

    @Test
    void line_items_and_a_things_periods_are_the_rows() {
        ChartSpec tills = ask("farmshoplines", "how many line items went through each till");
        assertThat(tills.x()).isEqualTo("Till");
        assertThat(tills.y()).isNullOrEmpty();
        assertThat(tills.aggregation()).isEqualTo("count");
        ChartSpec plants = ask("plantsalelines", "how many line items per till");
        assertThat(plants.y()).isNullOrEmpty();
        assertThat(plants.aggregation()).isEqualTo("count");
        ChartSpec wards = ask("wardbeds", "share of ward-days by staffing RAG rating");
        assertThat(wards.chartType()).isEqualTo("pie");
        assertThat(wards.series()).isNull();
        ChartSpec lanes = ask("securitylanes", "how many lane-hours breached the SLA in each terminal");
        assertThat(lanes.x()).isEqualTo("Terminal");
        assertThat(lanes.y()).isNullOrEmpty();
        assertThat(lanes.aggregation()).isEqualTo("count");
    }

    @Test
    void words_whose_initials_begin_the_rows_id_are_the_rows() {
        ChartSpec notices = ask("pcnfines", "share of penalty charge notices by status");
        assertThat(notices.chartType()).isEqualTo("pie");
        assertThat(notices.y()).isNullOrEmpty();
        assertThat(notices.aggregation()).isEqualTo("count");
        // Without an id they spell, the measure's word stays the measure.
        ChartSpec royalties = ask("royalties", "share of gross royalites by income type");
        assertThat(royalties.y()).containsExactly("Gross_Amt_GBP");
    }

    @Test
    void a_percentage_averaged_or_ranked_is_the_one_percentage_measure() {
        ChartSpec maths = ask("examentries", "average maths percentage by year group");
        assertThat(maths.chartType()).isEqualTo("bar");
        assertThat(maths.y()).containsExactly("pct_score");
        assertThat(maths.aggregation()).isEqualTo("mean");
        ChartSpec best = ask("examentries", "which teachers get the best average percentage? top 5");
        assertThat(best.y()).containsExactly("pct_score");
        DatasetSchema wards = Schemas.of(
                9000,
                Schemas.category("Ward", "A1", "B2", "C3"),
                plain("Occupancy %", "decimal", 400, "40", "100"),
                plain("Admissions", "integer", 40, "0", "40"));
        ChartSpec occupancy = ask(wards, "highest percentage in each ward");
        assertThat(occupancy.y()).containsExactly("Occupancy %");
        assertThat(occupancy.aggregation()).isEqualTo("max");
    }

    @Test
    void a_unit_of_time_followed_by_number_is_the_column_numbering_it() {
        ChartSpec weeks = ask("bakerylines", "line chart of total qty by week number");
        assertThat(weeks.x()).isEqualTo("Wk");
        assertThat(weeks.timeGrain()).isNull();
        ChartSpec plants = ask("plantsalelines", "bar chart of units sold by week number");
        assertThat(plants.x()).isEqualTo("Wk #");
    }

    @Test
    void a_name_after_per_and_a_plural_after_top_n_group_by_the_category_they_begin() {
        ChartSpec events = ask("funrunentries", "how many entries per event");
        assertThat(events.x()).isEqualTo("event_name");
        assertThat(events.aggregation()).isEqualTo("count");
        ChartSpec makes = ask("pianotunings", "top 10 makes by number of visits");
        assertThat(makes.x()).isEqualTo("PianoMake");
        assertThat(makes.limit()).isEqualTo(10);
        // A plural typed with one slip still names its category.
        assertThat(ask("turbines", "top 5 turbnies by total downtime hours").x())
                .isEqualTo("Turbine");
        // "hours per request" beside a Req Type: each request, not its kinds.
        assertThat(ask("foirequests", "distribution of officer hours per request")
                        .chartType())
                .isEqualTo("histogram");
    }

    @Test
    void a_measures_synonym_before_a_categorys_name_only_qualifies_the_grouping() {
        ChartSpec channels = ask("canalhires", "share of bookings by sales channel");
        assertThat(channels.x()).isEqualTo("Channel");
        assertThat(channels.y()).isNullOrEmpty();
        ChartSpec slots = ask("dogwalks", "walks by area, stacked by time slot");
        assertThat(slots.x()).isEqualTo("Area");
        assertThat(slots.series()).isEqualTo("Slot");
    }

    @Test
    void an_unread_word_before_a_calendar_unit_is_the_category_named_after_it() {
        ChartSpec days = ask("wristbandscans", "scans by festival day, stacked by ticket type");
        assertThat(days.x()).isEqualTo("event_day");
        assertThat(days.series()).isEqualTo("Ticket Type");
        DatasetSchema league = Schemas.of(
                3000,
                Schemas.date("Kick Off", "2023-08-01", "2024-05-30"),
                Schemas.category("Match Week", "MW1", "MW2", "MW3"),
                plain("Goals", "integer", 9, "0", "8"));
        assertThat(ask(league, "goals by match week").x()).isEqualTo("Match Week");
    }

    @Test
    void a_cause_word_beginning_one_measures_name_is_that_measure() {
        ChartSpec impacts = ask("forkliftshifts", "trend of impacts per month");
        assertThat(impacts.y()).containsExactly("IMPACT_EVENTS");
        assertThat(impacts.aggregation()).isEqualTo("sum");
        // "what impacts X": a cause of something named stays a question of causes.
        ChartSpec causes = ask("forkliftshifts", "what impacts lift count");
        assertThat(PlannerCases.columnsUsed(causes)).doesNotContain("IMPACT_EVENTS");
    }

    @Test
    void a_categorys_name_and_a_number_spell_its_value() {
        ChartSpec t3 = ask("securitylanes", "longest queue seen on each lane in terminal 3");
        assertThat(t3.series()).isNull();
        assertThat(t3.filters()).containsExactly(new Filter("Terminal", "=", "T3"));
        DatasetSchema gyms = Schemas.of(
                5000,
                Schemas.category("Studio", "Studio 1", "Studio 2", "Studio 3"),
                plain("Attendees", "integer", 30, "0", "30"));
        assertThat(ask(gyms, "total attendees in studio 2").filters())
                .containsExactly(new Filter("Studio", "=", "Studio 2"));
    }

    @Test
    void words_naming_a_flag_whole_are_the_flag_and_money_nouns_stay_with_their_measure() {
        ChartSpec street = ask("pcnfines", "median penalty charge, on-street versus car parks");
        assertThat(street.x()).isEqualTo("ON_STREET_FLAG");
        assertThat(street.y()).containsExactly("PENALTY_AMOUNT");
        ChartSpec only = PlannerCases.ask("pcnfines", "total income collected by ward", "only on-street tickets");
        assertThat(only.filters()).extracting(Filter::column).containsExactly("ON_STREET_FLAG");
        ChartSpec median = ask("farmshoplines", "median line value for each till");
        assertThat(median.chartType()).isEqualTo("bar");
        assertThat(median.y()).containsExactly("LineTotal");
    }

    @Test
    void pax_is_passengers() {
        assertThat(ask("securitylanes", "monthly passenger throughput").y()).containsExactly("pax_screened");
        assertThat(ask("canalhires", "average party size by boat class").y()).containsExactly("Pax");
        assertThat(ask("canalhires", "pax by base").x()).isEqualTo("Base");
    }
}
