package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules drawn from rounds 137-140, second pass: flags split bars, short names, included amounts, twins, rows. */
class FlagsTwinsAndIncludedAmountsTest {

    /** A cattery's stays: a yes/no flag, a two-letter code of each cattery beside its name, money with what it includes. */
    private static final DatasetSchema CATTERY = Schemas.of(
            3000,
            Schemas.text("STAY_NO", 3000, "S1", "S2"),
            Schemas.category("CA_CD", "N", "S"),
            Schemas.category("CA_NAME", "Northgate", "Southfield"),
            Schemas.category("PEN_TYPE", "Single", "Double", "Luxury"),
            Schemas.flag("INSURED_YN"),
            Schemas.money("GROOM_CHG_GBP"),
            Schemas.money("TOTAL_GBP"),
            Schemas.integer("DISC %", 6, "0", "25"),
            Schemas.money("DISC_GBP"),
            Schemas.date("ARRIVE_DT", "2024-01-01", "2024-12-31"));

    /** A sailing school's lessons, in a file named after them: a size category, a weekday column, a seller column. */
    private static final DatasetSchema LESSONS = new DatasetSchema(
            "sailinglessons",
            5000,
            List.of(
                    Schemas.text("Lesson No", 5000, "L1", "L2"),
                    Schemas.date("Sail Date", "2024-01-01", "2024-12-31"),
                    Schemas.category("Weekday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
                    Schemas.category("Lesson Size", "Solo", "Pair", "Group"),
                    Schemas.category("Instructor", "Ann", "Bo"),
                    Schemas.category("Sold By", "Website", "Shop"),
                    Schemas.integer("Sailors Booked", 8, "1", "8")));

    /** A boat yard's hires, in a file named after them with no id of their own: the hire's size is a category. */
    private static final DatasetSchema HIRES = new DatasetSchema(
            "boathires",
            3000,
            List.of(
                    Schemas.text("Booking No", 3000, "B1", "B2"),
                    Schemas.date("Start Date", "2024-01-01", "2024-12-31"),
                    Schemas.category("Hire Size", "Half Day", "Full Day", "Week"),
                    Schemas.category("Boat Type", "Dinghy", "Launch", "Canoe"),
                    Schemas.money("Fee (£)")));

    @Test
    void stacked_bars_split_by_the_flag_named() {
        ChartSpec qa = ask("ginbatches", "qa passes and fails per master distiller, stacked");
        assertThat(qa.chartType()).isEqualTo("stacked_bar");
        assertThat(qa.series()).isEqualTo("qa_pass");
        assertThat(qa.filters()).isNullOrEmpty();
        ChartSpec insured = ask(CATTERY, "insured yes/no by pen type as a grouped bar");
        assertThat(insured.chartType()).isEqualTo("grouped_bar");
        assertThat(insured.series()).isEqualTo("INSURED_YN");
    }

    @Test
    void two_letters_of_a_coded_thing_name_it() {
        assertThat(ask("drycleaning", "takings by branch").x()).isEqualTo("BR_NAME");
        assertThat(ask(CATTERY, "stays by cattery").x()).isEqualTo("CA_NAME");
    }

    @Test
    void what_a_total_includes_is_already_in_it() {
        assertThat(ask("firewoodloads", "total takings by wood type incl the delivery charge")
                        .y())
                .containsExactly("TOTAL_GBP");
        assertThat(ask(CATTERY, "total takings by pen type including the grooming charge")
                        .y())
                .containsExactly("TOTAL_GBP");
    }

    @Test
    void without_a_percent_sign_the_money_twin_is_meant() {
        assertThat(ask("drycleaning", "total discount given away in 2024").y()).containsExactly("DISC_GBP");
        assertThat(ask(CATTERY, "total discount by pen type").y()).containsExactly("DISC_GBP");
        assertThat(ask(CATTERY, "avg discount % by pen type").y()).containsExactly("DISC %");
    }

    @Test
    void the_rows_and_what_was_done_to_them_are_counted() {
        ChartSpec loads = ask("firewoodloads", "how many loads has each driver done");
        assertThat(loads.x()).isEqualTo("DRIVER");
        assertThat(loads.aggregation()).isEqualTo("count");
        assertThat(ask("paintballgames", "games played per month").y()).isNullOrEmpty();
        ChartSpec tickets = ask("fishingtickets", "number of tickets sold per month");
        assertThat(tickets.y()).isNullOrEmpty();
        assertThat(tickets.aggregation()).isEqualTo("count");
        assertThat(ask(LESSONS, "lessons sold per month").y()).isNullOrEmpty();
        assertThat(ask(LESSONS, "lessons sold per month").series()).isNull();
        assertThat(ask(LESSONS, "stacked bars of lessons per instructor").series())
                .isNotEqualTo("Lesson Size");
        assertThat(ask(HIRES, "stacked bars of hires per boat type").series()).isNull();
    }

    @Test
    void which_day_is_the_day_of_the_week() {
        assertThat(ask("milkrounds", "which day do we miss the most drops").x()).isEqualTo("drop_day");
        assertThat(ask(LESSONS, "which day has the most lessons").x()).isEqualTo("Weekday");
    }

    @Test
    void a_grouping_is_not_also_measured() {
        ChartSpec members = ask("boardgamecafe", "do members spend more? avg total bill members v non members");
        assertThat(members.x()).isEqualTo("Member Card?");
        assertThat(members.y()).containsExactly("Total Bill (£)");
    }
}
