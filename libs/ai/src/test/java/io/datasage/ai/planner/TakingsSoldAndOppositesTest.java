package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import io.datasage.contracts.chart.ChartSpec.Filter;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 101-104 called for, each on more than one file: the word of the rows that ends a measure's name,
 * units in square brackets, the price of the rows' own thing as their revenue, points asked for over a measure of few
 * values, things sold as the quantity on the lines, rankings by the things counted on each row, a flag's opposite,
 * the whole of an amount per unit when it is added up, a thing's kind, and the rows' own lines counted; then dates said
 * by their event, and a word that describes the things ranked.
 */
class TakingsSoldAndOppositesTest {

    /** Charity donations whose ids share their word with the money measure's last word. */
    private static final DatasetSchema DONATIONS = Schemas.of(
            30000,
            Schemas.text("DONATION_ID", 30000, "D1", "D30000"),
            Schemas.date("GIFT_DATE", "2022-01-01", "2024-12-31"),
            Schemas.category("CAMPAIGN", "Winter Appeal", "Spring Fair", "Marathon"),
            Schemas.integer("ITEMS_RECEIVED", 40, "0", "40"),
            Schemas.number("GROSS_DONATIONS", "1", "5000"),
            Schemas.number("CASH_AMOUNT", "0", "5000"),
            Schemas.number("NET_SALES", "0", "9000"));

    /** Training bookings: a course's name beside a one-word Category and a price per booking. */
    private static final DatasetSchema COURSES = Schemas.of(
            12000,
            Schemas.text("booking_ref", 12000, "B1", "B12000"),
            Schemas.date("Course Date", "2023-01-01", "2024-12-31"),
            Schemas.category("Course", "First Aid", "Fire Marshal", "Excel Basics"),
            Schemas.category("Category", "Health and Safety", "IT", "Leadership"),
            Schemas.category("Trainer", "Amy", "Raj", "Lena"),
            Schemas.number("Price Paid", "50", "900"),
            Schemas.number("Visit [min]", "30", "480"));

    /** Web orders whose travel-style export keeps the year of the delivery, not of the order. */
    private static final DatasetSchema DELIVERIES = Schemas.of(
            40000,
            Schemas.text("OrderNo", 40000, "W1", "W40000"),
            Schemas.date("OrderDate", "2022-01-01", "2024-12-31"),
            Schemas.date("Ship Date", "2022-01-02", "2025-01-05"),
            Schemas.integer("DeliveryYear", 4, "2022", "2025"),
            Schemas.category("Channel", "Web", "App", "Phone"),
            Schemas.integer("Units Shipped", 30, "1", "30"),
            Schemas.number("LineTotal", "1", "900"));

    @Test
    void the_rows_word_ending_a_measures_name_is_that_measure() {
        assertThat(ask("vantakings", "total takings by van").y()).containsExactly("GROSS_TAKINGS");
        assertThat(ask(DONATIONS, "total donations by campaign").y()).containsExactly("GROSS_DONATIONS");
        // Ranked by it, the word is that money, not how many rows there are.
        ChartSpec drivers = ask("vantakings", "top 5 drivers by takings");
        assertThat(drivers.x()).isEqualTo("DRIVER");
        assertThat(drivers.y()).containsExactly("GROSS_TAKINGS");
        assertThat(drivers.series()).isNull();
        ChartSpec campaigns = ask(DONATIONS, "top 3 campaigns by donations");
        assertThat(campaigns.x()).isEqualTo("CAMPAIGN");
        assertThat(campaigns.y()).containsExactly("GROSS_DONATIONS");
        // A sales word right after an amount's own word is that amount, not a second measure.
        assertThat(ask("vantakings", "card takings by month as an area chart").y())
                .containsExactly("CARD_AMOUNT");
        assertThat(ask(DONATIONS, "cash sales by month").y()).containsExactly("CASH_AMOUNT");
    }

    @Test
    void a_unit_in_square_brackets_is_a_unit() {
        assertThat(ColumnRoles.nameWords("Stay [min]")).containsExactly("stay", "minute");
        assertThat(ColumnRoles.nameWords("Stay [min]")).isEqualTo(ColumnRoles.nameWords("Stay (min)"));
        ChartSpec stays = ask("carparkpays", "average length of stay by car park");
        assertThat(stays.y()).containsExactly("Stay [min]");
        assertThat(stays.aggregation()).isEqualTo("mean");
        assertThat(ask(COURSES, "longest visit by trainer").y()).containsExactly("Visit [min]");
    }

    @Test
    void the_price_of_the_rows_own_thing_is_their_revenue() {
        ChartSpec therapists = ask("spatreatments", "revenue by therapist");
        assertThat(therapists.y()).containsExactly("Price Paid");
        assertThat(therapists.aggregation()).isEqualTo("sum");
        ChartSpec share = ask("restrings", "revenue share by stringer");
        assertThat(share.y()).containsExactly("job_price");
        assertThat(share.aggregation()).isEqualTo("sum");
    }

    @Test
    void points_asked_for_stay_points_over_a_measure_of_few_values() {
        ChartSpec places =
                ask("potterybookings", "scatter with places booked on the x axis and total paid on the y axis");
        assertThat(places.chartType()).isEqualTo("scatter");
        assertThat(places.x()).isEqualTo("Places Booked");
        ChartSpec lines = ask("vinetourlines", "scatter with quantity on the x axis and line total on the y");
        assertThat(lines.chartType()).isEqualTo("scatter");
        assertThat(lines.x()).isEqualTo("Qty");
    }

    @Test
    void things_sold_are_the_quantity_on_the_lines() {
        assertThat(ask("railfarelines", "tickets sold by travel year and passenger category, grouped")
                        .y())
                .containsExactly("Qty");
        assertThat(ask("vinetourlines", "bottles sold by estate").y()).containsExactly("Qty");
    }

    @Test
    void ranked_by_the_number_of_things_each_row_counts() {
        ChartSpec tutors = ask("potterybookings", "top 3 tutors by number of places booked");
        assertThat(tutors.chartType()).isEqualTo("bar");
        assertThat(tutors.y()).containsExactly("Places Booked");
        assertThat(tutors.aggregation()).isEqualTo("sum");
        ChartSpec pilots = ask("balloonflights", "top 5 pilots by number of passengers carried");
        assertThat(pilots.chartType()).isEqualTo("bar");
        assertThat(pilots.aggregation()).isEqualTo("sum");
        assertThat(pilots.series()).isNull();
    }

    @Test
    void a_flags_opposite_keeps_its_other_side() {
        assertThat(ask("fumetests", "failures per month").filters())
                .containsExactly(new Filter("Pass? (Y/N)", "=", "N"));
        assertThat(ask("roastbatches", "number of failed batches per month").filters())
                .containsExactly(new Filter("QC_PASS", "=", false));
        // The rest of the flag's name says what failed: not the flag's yes as well.
        assertThat(ask("roomcleans", "number of failed inspections").filters())
                .containsExactly(new Filter("Inspection Passed", "=", false));
    }

    @Test
    void an_amount_per_unit_added_up_is_the_lines_whole_amount() {
        assertThat(ask("accomjoblines", "total repair cost by residence").y()).containsExactly("LineTotal");
        assertThat(ask("alterationlines", "total cost by tailor").y()).containsExactly("Line Total");
        // Asked per unit, it stays per unit.
        assertThat(ask("alterationlines", "average unit price by tailor").y()).containsExactly("Unit Price");
    }

    @Test
    void a_things_name_before_a_kind_says_whose_kind() {
        ChartSpec treatments = ask("spatreatments", "total revenue by treatment category");
        assertThat(treatments.x()).isEqualTo("Category");
        assertThat(treatments.series()).isNull();
        ChartSpec courses = ask(COURSES, "revenue by course category");
        assertThat(courses.x()).isEqualTo("Category");
        assertThat(courses.series()).isNull();
        assertThat(courses.y()).containsExactly("Price Paid");
        assertThat(courses.aggregation()).isEqualTo("sum");
    }

    @Test
    void the_rows_own_lines_are_counted_not_their_parents() {
        for (String[] q : new String[][] {
            {"uniformlines", "how many order lines by channel"},
            {"railfarelines", "how many order lines by channel"},
            {"bakerylines", "how many order lines per route"}
        }) {
            ChartSpec spec = ask(q[0], q[1]);
            assertThat(spec.aggregation()).as(q[0]).isEqualTo("count");
            assertThat(spec.y()).as(q[0]).isNullOrEmpty();
        }
    }

    @Test
    void date_of_an_event_is_the_date_named_for_it() {
        assertThat(ask("railfarelines", "weekly tickets sold by date of travel, as a line")
                        .x())
                .isEqualTo("TravelDate");
        assertThat(ask("potterybookings", "bookings per month by date of class").x())
                .isEqualTo("Class Date");
    }

    @Test
    void the_verb_or_the_things_done_right_before_a_period_say_its_date() {
        assertThat(ask("restrings", "how many polyester jobs did we receive in 2024")
                        .filters())
                .extracting(Filter::column)
                .contains("Received Date");
        assertThat(ask("alterationlines", "how many garments did we collect in 2024")
                        .filters())
                .extracting(Filter::column)
                .contains("Collected Date");
        assertThat(ask("railfarelines", "revenue by channel for orders placed in 2023")
                        .filters())
                .extracting(Filter::column)
                .containsExactly("OrderDate");
        assertThat(ask(DELIVERIES, "revenue by channel for orders placed in 2023")
                        .filters())
                .extracting(Filter::column)
                .containsExactly("OrderDate");
        // A verb with its object between it and the period is not the period's date.
        assertThat(ask("courtbookings", "how many unique members booked a court in 2024")
                        .filters())
                .extracting(Filter::column)
                .containsExactly("Play Date");
    }

    @Test
    void the_things_and_what_was_done_to_them_over_time_are_that_date() {
        ChartSpec bookings = ask("potterybookings", "trend of bookings made per month");
        assertThat(bookings.x()).isEqualTo("booking_date");
        assertThat(bookings.aggregation()).isEqualTo("count");
        assertThat(bookings.y()).isNullOrEmpty();
        ChartSpec shipped = ask(DELIVERIES, "trend of orders shipped per month");
        assertThat(shipped.x()).isEqualTo("Ship Date");
    }

    @Test
    void a_word_between_the_number_and_the_things_ranked_describes_them() {
        ChartSpec machines = ask("carparkpays", "top 5 pay machines by takings");
        assertThat(machines.chartType()).isEqualTo("bar");
        assertThat(machines.x()).isEqualTo("Machine ID");
        assertThat(machines.y()).containsExactly("Amount (£)");
        ChartSpec stringers = ask("restrings", "top 5 busy stringers by revenue");
        assertThat(stringers.x()).isEqualTo("Stringer");
        assertThat(stringers.y()).containsExactly("job_price");
    }

    @Test
    void a_histogram_of_things_over_a_threshold_spreads_the_measure_compared() {
        for (String[] q : new String[][] {
            {"carparkpays", "histogram of stays longer than 4 hours", "Stay [min]"},
            {"boilervisits", "histogram of visits longer than 90 minutes", "Dur [min]"}
        }) {
            ChartSpec spec = ask(q[0], q[1]);
            assertThat(spec.chartType()).as(q[1]).isEqualTo("histogram");
            assertThat(spec.x()).as(q[1]).isEqualTo(q[2]);
            assertThat(spec.filters()).as(q[1]).extracting(Filter::column).containsExactly(q[2]);
        }
    }
}
