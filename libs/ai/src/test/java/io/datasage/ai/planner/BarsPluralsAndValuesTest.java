package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules drawn from rounds 122-124, each on a round's file and on a small schema written here: a bar chart of an
 * amount that the next turn splits, what was done to the rows a file is named after, a value named in the plural
 * where an id shares its word, rows named by a year column's or an id's plural, people ranked, the value of
 * things, pay paid out by its period, quoted money, and a kind after "by".
 */
class BarsPluralsAndValuesTest {

    /** A climbing wall's sessions: members by number beside a climber type, climbs logged on each session. */
    private static final DatasetSchema CLIMBS = new DatasetSchema(
            "wallsessions",
            15000,
            List.of(
                    Schemas.text("sessionRef", 15000, "S1", "S15000"),
                    Schemas.datetime("sessionStart", "2023-01-01T09:00:00", "2024-12-31T21:00:00"),
                    Schemas.text("memberNo", 900, "M001", "M900"),
                    Schemas.category("climberType", "Member", "Visitor", "Junior"),
                    Schemas.category(
                            "sessionStatus", "Climbed", "No Show", "Cancelled - Weather", "Cancelled - Member"),
                    Schemas.category("wall", "North", "Cave", "Slab"),
                    Schemas.integer("routesClimbed", 30, "0", "30"),
                    Schemas.number("feePaid", "5", "20"),
                    Schemas.number("routePrice", "1", "4")));

    /** A print shop's jobs: a job number per row, a campaign year, a salesperson, quoted and final amounts. */
    private static final DatasetSchema PRINT = new DatasetSchema(
            "printorders",
            4000,
            List.of(
                    Schemas.text("Job No", 4000, "J1", "J4000"),
                    Schemas.integer("Campaign Year", 3, "2022", "2024"),
                    Schemas.category("Town", "Leeds", "York"),
                    Schemas.category("Status", "Live", "Closed"),
                    Schemas.category("Sales Person", "Ann", "Bob"),
                    Schemas.number("Quoted Value", "50", "5000"),
                    Schemas.number("EST_AMT", "50", "5000"),
                    Schemas.number("FINAL_AMT", "50", "5000"),
                    Schemas.number("Waste %", "0", "30")));

    /** A cleaning agency's pay lines: pay paid out per period, a deposit beside a quote, a plan's value cut short. */
    private static final DatasetSchema PAYLINES = Schemas.of(
            20000,
            Schemas.text("lineId", 20000, "L1", "L20000"),
            Schemas.text("cleanerId", 300, "C1", "C300"),
            Schemas.date("paidOn", "2023-01-05", "2025-01-05"),
            Schemas.date("periodEnd", "2022-12-31", "2024-12-31"),
            Schemas.number("grossPay", "10", "3000"),
            Schemas.number("payRate", "10", "20"),
            Schemas.money("Deposit (£)"),
            Schemas.money("Quote (£)"),
            Schemas.text("PLAN_NO", 20000, "P1", "P20000"),
            Schemas.money("PLAN_VAL_GBP"));

    @Test
    void pay_paid_out_adds_up_by_its_period_and_quoted_money_is_the_quote() {
        ChartSpec tutors = ask("tutorpayroll", "gross pay per month");
        assertThat(tutors.x()).isEqualTo("periodEnd");
        assertThat(tutors.aggregation()).isEqualTo("sum");
        ChartSpec cleaners = ask(PAYLINES, "gross pay per month");
        assertThat(cleaners.x()).isEqualTo("periodEnd");
        assertThat(cleaners.aggregation()).isEqualTo("sum");
        assertThat(ask(PAYLINES, "pay rate per month").aggregation()).isEqualTo("mean");
        assertThat(ask("taxidermyjobs", "total quoted value by mount style").y())
                .containsExactly("Quote (£)");
        assertThat(ask(PAYLINES, "total quoted value").y()).containsExactly("Quote (£)");
        assertThat(ask("funeralplans", "value of plans sold per quarter").y()).containsExactly("PLAN_VAL_GBP");
        assertThat(ask(PAYLINES, "value of plans per month").y()).containsExactly("PLAN_VAL_GBP");
    }

    /** A pottery's bookings: a booking type holding Workshop beside a workshop type, boats counted beside a kind. */
    private static final DatasetSchema POTTERY = Schemas.of(
            3000,
            Schemas.text("booking_id", 3000, "B1", "B3000"),
            Schemas.category("booking_type", "Workshop", "Commission"),
            Schemas.category("workshop_type", "Wheel Taster", "Hand Building"),
            Schemas.integer("NO_KILN", 4, "1", "4"),
            Schemas.category("KILN_CD", "K1", "K2"),
            Schemas.category("KILN_DESC", "Electric", "Gas"),
            Schemas.money("price"));

    @Test
    void a_kind_after_by_is_the_category_named_for_it_and_its_description() {
        assertThat(ask("glassblowing", "bookings by experience").x()).isEqualTo("experience_type");
        assertThat(ask(POTTERY, "bookings by workshop").x()).isEqualTo("workshop_type");
        assertThat(ask("canoehires", "hires by craft type").x()).isEqualTo("CRAFT_DESC");
        assertThat(ask(POTTERY, "bookings by kiln type").x()).isEqualTo("KILN_DESC");
    }

    @Test
    void the_noun_of_a_participle_several_values_begin_with_keeps_them_all() {
        ChartSpec tubs = ask("hottubhires", "cancellations by reason");
        assertThat(tubs.chartType()).isEqualTo("bar");
        assertThat(tubs.x()).isEqualTo("status");
        assertThat(tubs.filters()).singleElement().satisfies(f -> assertThat(f.op())
                .isEqualTo("in"));
        ChartSpec climbs = ask(CLIMBS, "cancelations by reason");
        assertThat(climbs.x()).isEqualTo("sessionStatus");
    }

    @Test
    void a_count_of_things_said_next_fills_the_bars_and_things_ranked_are_their_column() {
        ChartSpec pieces = ask("glassblowing", "bar chart", "by instructor", "number of pieces made");
        assertThat(pieces.x()).isEqualTo("instructor");
        assertThat(pieces.y()).containsExactly("pieces_made");
        ChartSpec routes = ask(CLIMBS, "bar chart", "by wall", "number of routes climbed");
        assertThat(routes.x()).isEqualTo("wall");
        assertThat(routes.y()).containsExactly("routesClimbed");
        assertThat(ask("allergytests", "top 3 insurers by fee income").x()).isEqualTo("INS_CO");
        assertThat(ask(PRINT_SHOPS, "top 2 suppliers by spend").x()).isEqualTo("SUPP_NM");
    }

    /** A print buyer's spend: suppliers cut short beside a source holding Supplier. */
    private static final DatasetSchema PRINT_SHOPS = Schemas.of(
            2000,
            Schemas.category("SUPP_NM", "Inkwell", "PaperCo", "Gloss Ltd"),
            Schemas.category("SOURCE", "Supplier", "Walk-in", "Web"),
            Schemas.money("spend"));

    @Test
    void the_rows_a_year_column_or_an_id_names_are_listed() {
        assertThat(ask("busshelterads", "list the live campaigns in leeds").chartType())
                .isEqualTo("table");
        assertThat(ask(PRINT, "list the live campaigns in york").chartType()).isEqualTo("table");
        assertThat(ask("vinylpressings", "which orders had rejects above 10%").chartType())
                .isEqualTo("table");
        assertThat(ask(PRINT, "which jobs had waste above 20%").chartType()).isEqualTo("table");
    }

    @Test
    void people_ranked_and_the_value_of_things_name_their_columns() {
        ChartSpec staff = ask("doorsupervisors", "top 10 door staff by hours worked");
        assertThat(staff.x()).isEqualTo("SUPERVISOR_NM");
        ChartSpec salesmen = ask("glazingquotes", "top 5 salesmen by value of won quotes");
        assertThat(salesmen.x()).isEqualTo("Salesperson");
        assertThat(salesmen.y()).containsExactly("Quoted Value (£)");
        assertThat(ask(PRINT, "top 3 salesmen by value of quotes").y()).containsExactly("Quoted Value");
        assertThat(ask("clockrepairs", "total value of estimates by bench tech").y())
                .containsExactly("EST_AMT");
        assertThat(ask(PRINT, "total value of estimates by town").y()).containsExactly("EST_AMT");
    }

    @Test
    void a_bar_chart_of_an_amount_is_its_total_which_a_grouping_next_splits() {
        ChartSpec first = ask("minibarcharges", "bar chart of gross sales");
        assertThat(first.chartType()).isEqualTo("bar");
        assertThat(first.aggregation()).isEqualTo("sum");
        ChartSpec items = ask("minibarcharges", "bar chart of gross sales", "by item", "only snacks and confectionery");
        assertThat(items.chartType()).isEqualTo("bar");
        assertThat(items.x()).isEqualTo("item_desc");
        ChartSpec vendors = ask("rtvlines", "rtv value", "by vendor");
        assertThat(vendors.chartType()).isEqualTo("bar");
        assertThat(vendors.aggregation()).isEqualTo("sum");
        assertThat(ask(CLIMBS, "fees paid", "by wall").chartType()).isEqualTo("bar");
        // A price is not added up: its spread per wall still.
        assertThat(ask(CLIMBS, "route price", "by wall").chartType()).isEqualTo("box");
        ChartSpec walls = ask(CLIMBS, "bar chart of fees paid", "by wall");
        assertThat(walls.chartType()).isEqualTo("bar");
        assertThat(walls.x()).isEqualTo("wall");
        assertThat(walls.aggregation()).isEqualTo("sum");
    }

    @Test
    void what_was_done_to_the_rows_a_file_is_named_after_counts_them() {
        ChartSpec rounds = ask("golfrounds", "rounds played per month");
        assertThat(rounds.aggregation()).isEqualTo("count");
        assertThat(rounds.y()).isNullOrEmpty();
        ChartSpec sessions = ask(CLIMBS, "sessions climbed per month");
        assertThat(sessions.aggregation()).isEqualTo("count");
        assertThat(sessions.y()).isNullOrEmpty();
    }

    @Test
    void a_plural_an_id_shares_is_a_value_beside_another_value_or_kept_alone() {
        ChartSpec golf = ask("golfrounds", "average handicap members v visitors");
        assertThat(golf.chartType()).isEqualTo("bar");
        assertThat(golf.x()).isEqualTo("playerType");
        assertThat(ask(CLIMBS, "average fee members vs visitors").x()).isEqualTo("climberType");
        assertThat(ask(CLIMBS, "average fee by wall", "just members").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Member"));
    }
}
