package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 34 of the held-out questions called for (a paid total as the money, abbreviated names and values,
 * flags named by a participle, the event of a participle date, units of time as measures, long tables of results,
 * conditions of zero), each checked on a held-out dataset and on a schema built here.
 */
class PaidTotalsAndLongTablesTest {

    /** Concert orders: a participle date, an event date among other event columns, abbreviations, a paid amount. */
    private static final DatasetSchema CONCERTS = Schemas.of(
            120000,
            Schemas.text("Order Ref", 120000, "T-1", "T-120000"),
            new ColumnSchema(
                    "Ordered At", "datetime", null, 119000, 0, null, "2022-01-01T09:00:00", "2024-12-31T22:00:00"),
            Schemas.date("Event Date", "2022-02-01", "2025-03-31"),
            Schemas.category("Event Slot", "Aft", "Eve"),
            Schemas.category("Arena", "North Arena", "Riverside", "The Dome"),
            Schemas.category("Member Y/N", "Y", "N"),
            Schemas.integer("Tix Qty", 20, "1", "20"),
            Schemas.integer("Days Before Event", 300, "0", "300"),
            new ColumnSchema("Amount Paid ($)", "decimal", "$", 9000, 0, null, "0", "2400"),
            Schemas.flag("Refunded"));

    /** River samples in long form: what was measured in one column, its value in another. */
    private static final DatasetSchema RIVER = Schemas.of(
            400000,
            Schemas.text("Sample ID", 90000, "S-1", "S-90000"),
            new ColumnSchema(
                    "Sampled At", "datetime", null, 88000, 0, null, "2021-01-01T06:00:00", "2024-12-31T18:00:00"),
            Schemas.category("Determinand", "NITRATE", "PH", "LEAD", "AMMONIA"),
            Schemas.category("Site", "Weir", "Mill", "Bridge"),
            Schemas.number("Measured Value", "0", "900"),
            Schemas.category("Units", "mg/L", "pH"));

    /** Depot shifts: a count of parcels that can be zero, a duration, parcels scanned at a time. */
    private static final DatasetSchema DEPOT = Schemas.of(
            50000,
            Schemas.text("Parcel ID", 20000, "P-1", "P-20000"),
            new ColumnSchema(
                    "Scanned At", "datetime", null, 49000, 0, null, "2023-01-01T05:00:00", "2024-12-31T23:00:00"),
            Schemas.category("Depot", "Leeds", "York", "Hull"),
            Schemas.integer("Parcels Delivered", 400, "0", "400"),
            Schemas.number("Handling Duration (min)", "1", "90"));

    @Test
    void a_paid_total_is_the_money_that_revenue_spend_and_takings_name() {
        ChartSpec built = ask(CONCERTS, "revenue by arena");
        assertThat(built.y()).containsExactly("Amount Paid ($)");
        assertThat(built.aggregation()).isEqualTo("sum");
        assertThat(ask(CONCERTS, "avg spend per order by arena").y()).containsExactly("Amount Paid ($)");
        ChartSpec theatre = ask("theatre", "revenue by production, top 10");
        assertThat(theatre.y()).containsExactly("Total Paid (£)");
        assertThat(ask("theatre", "share of revenue by genre").y()).containsExactly("Total Paid (£)");
    }

    @Test
    void tix_are_tickets_and_their_plural_after_top_n_by_is_the_quantity() {
        ChartSpec built = ask(CONCERTS, "top 3 arenas by tickets");
        assertThat(built.chartType()).isEqualTo("bar");
        assertThat(built.y()).containsExactly("Tix Qty");
        assertThat(built.aggregation()).isEqualTo("sum");
        assertThat(built.series()).isNull();
        ChartSpec theatre = ask("theatre", "top 8 postcode areas by tickets");
        assertThat(theatre.y()).containsExactly("Tix Qty");
        assertThat(theatre.series()).isNull();
    }

    @Test
    void a_flag_named_by_a_participle_is_never_an_abbreviation_of_another_name() {
        ChartSpec built = ask(CONCERTS, "how many orders were refunded");
        assertThat(built.chartType()).isEqualTo("kpi");
        assertThat(built.filters()).extracting("column", "value").containsExactly(tuple("Refunded", true));
        assertThat(ask(CONCERTS, "refunded orders by arena").filters())
                .extracting("column")
                .containsExactly("Refunded");
        assertThat(ask("theatre", "how many bookings were refunded").filters())
                .extracting("column", "value")
                .containsExactly(tuple("Refunded", true));
    }

    @Test
    void per_the_event_of_a_participle_date_is_per_row_and_a_date_word_keeps_the_grain_asked_for() {
        ChartSpec built = ask(CONCERTS, "avg tickets per order, members vs non members");
        assertThat(built.chartType()).isEqualTo("bar");
        assertThat(built.x()).isEqualTo("Member Y/N");
        ChartSpec theatre = ask("theatre", "avg spend per booking by seat band");
        assertThat(theatre.x()).isEqualTo("Seat Band");
        assertThat(theatre.aggregation()).isEqualTo("mean");
        ChartSpec weekly = ask(CONCERTS, "tickets sold per week by order date");
        assertThat(weekly.x()).isEqualTo("Ordered At");
        assertThat(weekly.timeGrain()).isEqualTo("week");
        assertThat(ask("theatre", "tickets sold per month by booking date").timeGrain())
                .isEqualTo("month");
        assertThat(ask("labresults", "median TAT per month (collection date) split by priority")
                        .timeGrain())
                .isEqualTo("month");
    }

    @Test
    void a_plural_unit_of_time_after_an_average_is_the_measure_counted_in_it() {
        ChartSpec built = ask(CONCERTS, "avg days booked ahead by arena");
        assertThat(built.y()).containsExactly("Days Before Event");
        assertThat(built.x()).isEqualTo("Arena");
        ChartSpec theatre = ask("theatre", "avg days booked ahead, musicals only");
        assertThat(theatre.chartType()).isEqualTo("kpi");
        assertThat(theatre.y()).containsExactly("Days Before Perf");
    }

    @Test
    void a_word_of_several_names_before_a_unit_of_time_or_a_date_is_their_date() {
        ChartSpec built = ask(CONCERTS, "revenue per event year stacked by arena");
        assertThat(built.x()).isEqualTo("Event Date");
        assertThat(built.timeGrain()).isEqualTo("year");
        ChartSpec theatre = ask("theatre", "revenue per performance year stacked by venue");
        assertThat(theatre.x()).isEqualTo("Perf Date");
        assertThat(theatre.timeGrain()).isEqualTo("year");
        ChartSpec listed = ask(CONCERTS, "list refunded orders at The Dome for events in 2024");
        assertThat(listed.chartType()).isEqualTo("table");
        assertThat(listed.filters()).extracting("column").contains("Event Date", "Arena", "Refunded");
        assertThat(ask("theatre", "list refunded bookings at The Vault for performances in 2024")
                        .filters())
                .extracting("column")
                .contains("Perf Date");
    }

    @Test
    void in_a_long_table_a_measured_thing_averaged_or_with_results_is_the_column_of_values() {
        ChartSpec built = ask(RIVER, "average nitrate by site");
        assertThat(built.y()).containsExactly("Measured Value");
        assertThat(built.aggregation()).isEqualTo("mean");
        assertThat(built.filters()).extracting("column", "value").containsExactly(tuple("Determinand", "NITRATE"));
        ChartSpec box = ask(RIVER, "lead results by site - box plot");
        assertThat(box.chartType()).isEqualTo("box");
        assertThat(box.y()).containsExactly("Measured Value");
        assertThat(ask("labresults", "average eGFR by sex").y()).containsExactly("Result Value");
        assertThat(ask("labresults", "CRP results by requesting site - box plot")
                        .chartType())
                .isEqualTo("box");
    }

    @Test
    void two_words_compared_that_values_of_one_column_abbreviate_are_those_values() {
        ChartSpec built = ask(CONCERTS, "tickets sold by arena, afternoon vs evening side by side");
        assertThat(built.chartType()).isEqualTo("grouped_bar");
        assertThat(built.series()).isEqualTo("Event Slot");
        ChartSpec theatre = ask("theatre", "tickets sold by venue, matinee vs evening side by side");
        assertThat(theatre.series()).isEqualTo("Perf Slot");
    }

    @Test
    void the_things_then_a_dates_participle_count_the_things_by_that_date() {
        ChartSpec built = ask(DEPOT, "number of unique parcels scanned per day");
        assertThat(built.aggregation()).isEqualTo("count_distinct");
        assertThat(built.y()).containsExactly("Parcel ID");
        assertThat(built.x()).isEqualTo("Scanned At");
        ChartSpec lab = ask("labresults", "number of unique specimens collected per day in Q4 2024");
        assertThat(lab.y()).containsExactly("Specimen ID");
        assertThat(lab.x()).isEqualTo("Collected At");
    }

    @Test
    void no_or_a_number_beside_a_count_after_a_condition_word_is_an_equality() {
        ChartSpec built = ask(DEPOT, "list the shifts at York where no parcels were delivered");
        assertThat(built.chartType()).isEqualTo("table");
        assertThat(built.filters())
                .extracting("column", "op")
                .containsExactlyInAnyOrder(tuple("Depot", "="), tuple("Parcels Delivered", "="));
        assertThat(ask(DEPOT, "list the shifts where parcels delivered is 0").filters())
                .extracting("column")
                .containsExactly("Parcels Delivered");
        ChartSpec meals = ask("schoolmeals", "list the days at Northgate High where no meals were served");
        assertThat(meals.chartType()).isEqualTo("table");
        assertThat(meals.filters()).extracting("column").contains("Meals Served");
    }

    @Test
    void a_time_of_a_process_is_its_duration_not_a_time_axis() {
        ChartSpec built = ask(DEPOT, "average handling time by depot");
        assertThat(built.chartType()).isEqualTo("bar");
        assertThat(built.y()).containsExactly("Handling Duration (min)");
        ChartSpec lab = ask("labresults", "average turnaround time by lab");
        assertThat(lab.chartType()).isEqualTo("bar");
        assertThat(lab.y()).containsExactly("TAT (hrs)");
    }
}
