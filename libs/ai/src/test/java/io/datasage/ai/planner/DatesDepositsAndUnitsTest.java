package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/** Rules drawn from rounds 133-136: which date dates the rows, deposits, attendance, amounts named by their unit. */
class DatesDepositsAndUnitsTest {

    /** A squash club's court bookings: the date booked for beside the moment the booking was made. */
    private static final DatasetSchema SQUASH = Schemas.of(
            9000,
            Schemas.text("Booking Ref", 9000, "B1", "B2"),
            Schemas.datetime("Booked On", "2023-12-01T08:00:00", "2024-12-31T20:00:00"),
            Schemas.date("Booked For", "2024-01-01", "2024-12-31"),
            Schemas.category("Court", "1", "2", "3"),
            Schemas.money("Fee"));

    /** A sign-writer's jobs: price and deposit, a promised date and a paid date beside the date a job came in. */
    private static final DatasetSchema SIGNS = Schemas.of(
            1500,
            Schemas.text("Job Ref", 1500, "S1", "S2"),
            Schemas.date("Received", "2023-01-01", "2024-12-31"),
            Schemas.date("Promised By", "2023-01-10", "2025-01-31"),
            Schemas.date("Balance Paid", "2023-01-20", "2025-02-28"),
            Schemas.category("Sign Type", "Fascia", "Board", "Vehicle"),
            Schemas.money("Deposit (£)"),
            Schemas.money("Invoice Total (£)"));

    /** A climbing wall's sessions: a booking date written short beside the session's own date, attendance. */
    private static final DatasetSchema WALL = Schemas.of(
            6000,
            Schemas.date("BKG_DT", "2023-12-01", "2024-12-31"),
            Schemas.date("SESSION_DT", "2024-01-01", "2024-12-31"),
            Schemas.category("SESSION_TYPE", "Bouldering", "Top Rope", "Kids Club"),
            Schemas.integer("ATTENDED_CNT", 20, "0", "20"),
            Schemas.integer("BOOKED_CNT", 20, "0", "20"),
            Schemas.money("DEP_GBP"));

    /** A hedge-cutting contractor's jobs: acres cut, and rates and charges per acre. */
    private static final DatasetSchema HEDGES = Schemas.of(
            2000,
            Schemas.category("FARM", "Ash Farm", "Elm Farm"),
            Schemas.number("AC_CUT", "0.5", "40"),
            Schemas.number("FUEL_L_AC", "1", "6"),
            Schemas.number("CHG_PER_AC", "20", "60"),
            Schemas.date("CUT_DATE", "2024-01-01", "2024-12-31"));

    @Test
    void the_date_a_booking_is_for_dates_the_rows() {
        assertThat(ask("tenniscourts", "court bookings per month").x()).isEqualTo("Booked For");
        assertThat(ask(SQUASH, "bookings per month").x()).isEqualTo("Booked For");
        // A booking date written short gives way to the date of the thing booked.
        assertThat(ask("kitehires", "avg wind by week").x()).isEqualTo("LESSON_DT");
        assertThat(ask(WALL, "sessions per month").x()).isEqualTo("SESSION_DT");
    }

    @Test
    void promised_and_paid_dates_do_not_date_the_rows() {
        assertThat(ask("upholsteryjobs", "how many jobs came in each month in 2024")
                        .x())
                .isEqualTo("Received");
        assertThat(ask(SIGNS, "jobs per month").x()).isEqualTo("Received");
    }

    @Test
    void a_deposit_is_never_the_takings() {
        assertThat(ask(SIGNS, "takings by sign type").y()).containsExactly("Invoice Total (£)");
        assertThat(ask(WALL, "revenue by session type").y()).isNotEqualTo(java.util.List.of("DEP_GBP"));
    }

    @Test
    void attendance_is_the_count_of_those_who_attended() {
        ChartSpec total = ask("yogaclasses", "total attendance by class style");
        assertThat(total.y()).containsExactly("attended_count");
        assertThat(total.aggregation()).isEqualTo("sum");
        assertThat(ask(WALL, "average attendance by session type").y()).containsExactly("ATTENDED_CNT");
    }

    @Test
    void an_amount_named_by_its_unit_is_the_measure_the_unit_opens() {
        ChartSpec sprayed = ask("sprayjobs", "hectares sprayed by crop");
        assertThat(sprayed.y()).containsExactly("HA_SPRAYED");
        assertThat(sprayed.aggregation()).isEqualTo("sum");
        assertThat(ask("sprayjobs", "hectares by crop stacked by product type").y())
                .containsExactly("HA_SPRAYED");
        assertThat(ask(HEDGES, "acres by farm").y()).containsExactly("AC_CUT");
        assertThat(ask(HEDGES, "acres cut per month").y()).containsExactly("AC_CUT");
    }

    /** A builders' merchant's tickets: the value before tax, the tax and its rate, the total with it. */
    private static final DatasetSchema MERCHANT = Schemas.of(
            20000,
            Schemas.text("TICKET #", 20000, "T1", "T2"),
            Schemas.category("BRANCH", "Leeds", "York"),
            Schemas.money("GOODS VALUE £"),
            Schemas.number("VAT %", "0", "20"),
            Schemas.money("VAT £"),
            Schemas.money("TOTAL INC VAT £"),
            Schemas.date("SALE DATE", "2024-01-01", "2024-12-31"));

    @Test
    void an_amount_said_without_its_tax_is_the_net_one() {
        assertThat(ask("guttercleans", "total invoiced ex vat by team").y()).containsExactly("invoiced_net_gbp");
        assertThat(ask("quarrysales", "revenue ex vat by quarter").y()).containsExactly("TKT VALUE £");
        assertThat(ask(MERCHANT, "sales ex vat by branch").y()).containsExactly("GOODS VALUE £");
        // The tax said whole is the tax's money, with the total asked for.
        ChartSpec vat = ask("quarrysales", "total vat on tickets");
        assertThat(vat.chartType()).isEqualTo("kpi");
        assertThat(vat.y()).containsExactly("VAT £");
        assertThat(ask(MERCHANT, "total vat by branch").y()).containsExactly("VAT £");
    }

    /** A bowls league's ends: a player's name, an average score, shots. */
    private static final DatasetSchema BOWLS = Schemas.of(
            8000,
            Schemas.category("rink", "A", "B", "C"),
            Schemas.category("playerName", "Ann", "Bob", "Cy"),
            Schemas.number("avgShot", "0", "4"),
            Schemas.integer("shotsWon", 20, "0", "20"),
            Schemas.integer("endsPlayed", 21, "1", "21"),
            Schemas.date("matchDate", "2024-04-01", "2024-09-30"));

    @Test
    void an_average_averaging_nothing_is_the_average_measure() {
        ChartSpec box = ask("dartslegs", "box plot of averages by division");
        assertThat(box.chartType()).isEqualTo("box");
        assertThat(box.y()).containsExactly("threeDartAvg");
        assertThat(ask("dartslegs", "scatter 180s vs avg, colour by division").chartType())
                .isEqualTo("scatter");
        assertThat(ask(BOWLS, "box plot of averages by rink").y()).containsExactly("avgShot");
        // Still an aggregation where it averages a measure, or is set against another.
        assertThat(ask(BOWLS, "average ends played by rink").y()).containsExactly("endsPlayed");
        assertThat(ask(BOWLS, "average ends played by rink", "median instead of average")
                        .aggregation())
                .isEqualTo("median");
    }

    @Test
    void who_ranked_is_the_column_of_names() {
        ChartSpec most = ask("dartslegs", "who's hit the most 180s? top 10");
        assertThat(most.x()).isEqualTo("playerName");
        assertThat(most.limit()).isEqualTo(10);
        assertThat(ask(BOWLS, "who won the most shots").x()).isEqualTo("playerName");
    }
}
