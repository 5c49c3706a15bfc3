package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * Rules drawn from rounds 153-156: the lines of a file of lines, amounts before rates, dates named by the verb of a
 * noun, units and the things they measure, and values said by part of their words.
 */
class LinesRatesAndVerbDatesTest {

    /** A bookshop's order lines: the lines' own money and status, a quantity of books, a price of one, a till. */
    private static final DatasetSchema BOOK_LINES = Schemas.of(
            40000,
            Schemas.text("order_no", 15000, "B1", "B2"),
            Schemas.date("order_date", "2023-01-01", "2024-12-31"),
            Schemas.date("shipped_date", "2023-01-02", "2025-01-06"),
            Schemas.category("author", "A. Writer", "B. Penman"),
            Schemas.category("genre", "Crime", "Poetry", "History"),
            Schemas.category("ship_method", "Post", "Courier"),
            Schemas.integer("qty_books", 12, "1", "12"),
            Schemas.money("unit_price_gbp"),
            Schemas.money("line_net_gbp"),
            Schemas.money("line_gross_gbp"),
            Schemas.category("line_status", "Shipped", "Refunded"),
            Schemas.integer("till_no", 4, "1", "4"));

    /** A letting agent's fees: a fee as a percentage beside the fee in pounds, a till file's lines without "line". */
    private static final DatasetSchema LETTINGS = Schemas.of(
            2000,
            Schemas.date("LET_DT", "2023-01-01", "2024-12-31"),
            Schemas.category("BRANCH", "North", "South"),
            Schemas.number("COMM_%", "5", "15"),
            Schemas.number("COMM_£", "200", "3000"));

    /** A bar's till lines in capitals: no column names the lines, money net and gross, a till and a void flag. */
    private static final DatasetSchema BAR_TILL = Schemas.of(
            90000,
            Schemas.text("TILL_TXN_NO", 40000, "T1", "T2"),
            Schemas.datetime("TXN_DTTM", "2023-09-01T11:00:00", "2025-06-30T23:30:00"),
            Schemas.category("ITEM", "Lager Pint", "House Red"),
            Schemas.integer("QTY", 6, "1", "6"),
            Schemas.number("NET_AMT", "0.5", "80"),
            Schemas.number("GROSS_AMT", "0.6", "96"),
            Schemas.category("TILL_ID", "T01", "T02", "T03"),
            new io.datasage.ai.schema.ColumnSchema(
                    "VOID_FLG", "boolean", null, 2, 0, java.util.List.of("Y", "N"), null, null));

    /** A cheese counter: weights in grams, a price per kilo, cuts of a size, a visit's date and its moment. */
    private static final DatasetSchema CHEESE = Schemas.of(
            30000,
            Schemas.date("rideDate", "2023-01-01", "2024-12-31"),
            Schemas.datetime("gateAt", "2023-01-01T09:00:00", "2024-12-31T17:30:00"),
            Schemas.category("cheese", "Stilton", "Vanilla Fudge Cheddar", "Brie"),
            Schemas.category("shop", "York", "Leeds"),
            Schemas.category("cut", "Bag 100g", "Block 1kg", "Whole"),
            Schemas.category("ticket", "Adult", "Child (4-15)", "Family (2+2)", "Under 4 - Free"),
            Schemas.number("weight_g", "50", "5000"),
            Schemas.number("price_per_100g", "1.2", "4"),
            Schemas.money("net_gbp"),
            Schemas.category("status", "Sold", "Refused - Intoxicated", "Refused - Underage"));

    /** An orchard's picks: how many apples and what they weighed. */
    private static final DatasetSchema ORCHARD = Schemas.of(
            5000,
            Schemas.date("Pick Date", "2023-08-01", "2024-10-31"),
            Schemas.category("Row", "R1", "R2"),
            Schemas.integer("Apples #", 400, "10", "900"),
            Schemas.number("Picked [kg]", "2", "150"),
            Schemas.number("Heaviest [kg]", "0.1", "0.6"));

    /** A dog school's enrolments: when the owner enrolled and when the course starts. */
    private static final DatasetSchema PUPPY_CLASSES = Schemas.of(
            3000,
            Schemas.text("Enrolment ID", 3000, "E1", "E2"),
            Schemas.date("Course Start", "2023-01-01", "2024-12-31"),
            Schemas.date("Enrolled On", "2022-12-01", "2024-12-20"),
            Schemas.category("Trainer", "Sam", "Jo"),
            Schemas.number("Fee Paid (£)", "0", "120"));

    /** A climbing wall's sessions: booked on one date for another, taken on courses, money net, tax, gross and a spend. */
    private static final DatasetSchema CLIMBS = Schemas.of(
            9000,
            Schemas.text("Climb #", 9000, "CL-1", "CL-2"),
            Schemas.date("Climb Date", "2023-01-01", "2024-12-31"),
            Schemas.date("Booked On", "2022-12-01", "2024-12-30"),
            Schemas.category("course_code", "C1", "C2"),
            Schemas.category("course_name", "Intro", "Lead"),
            Schemas.category("wall", "North", "South"),
            Schemas.number("net_amount", "5", "80"),
            Schemas.number("vat_amount", "1", "16"),
            Schemas.number("gross_amount", "6", "96"),
            Schemas.number("cafe_spend", "0", "30"));

    @Test
    void a_participle_dates_by_its_own_date_and_plural_things_of_a_period_pick_rows() {
        assertThat(ask("viewings", "how many viewings were booked each month").x())
                .isEqualTo("Booked On");
        assertThat(ask(CLIMBS, "how many climbs were booked each week").x()).isEqualTo("Booked On");
        ChartSpec courses = ask("langschool", "total accomodation income for courses starting in 2024");
        assertThat(courses.chartType()).isEqualTo("kpi");
        ChartSpec climbs = ask(CLIMBS, "total cafe spend for courses starting in 2024");
        assertThat(climbs.chartType()).isEqualTo("kpi");
        assertThat(climbs.x()).isNull();
    }

    @Test
    void a_gross_amount_beside_its_net_and_tax_is_the_takings_before_a_spend() {
        assertThat(ask("axethrowing", "total takings by venue").y()).containsExactly("gross_amount");
        assertThat(ask(CLIMBS, "takings by wall").y()).containsExactly("gross_amount");
    }

    @Test
    void lines_counted_or_compared_are_the_rows_of_a_file_of_lines() {
        ChartSpec counted = ask("yarnorders", "how many lines per shipping method");
        assertThat(counted.y()).isNullOrEmpty();
        assertThat(counted.aggregation()).isEqualTo("count");
        ChartSpec books = ask(BOOK_LINES, "how many lines per ship method");
        assertThat(books.x()).isEqualTo("ship_method");
        assertThat(books.y()).isNullOrEmpty();
        assertThat(books.aggregation()).isEqualTo("count");
        ChartSpec over = ask(BAR_TILL, "show all lines over £50 gross");
        assertThat(over.chartType()).isEqualTo("table");
        assertThat(over.filters()).anySatisfy(f -> {
            assertThat(f.column()).isEqualTo("GROSS_AMT");
            assertThat(f.op()).isEqualTo(">");
        });
        assertThat(ask("unionbar", "show all lines over £100 gross").chartType())
                .isEqualTo("table");
    }

    @Test
    void an_amount_is_added_up_before_a_rate_named_alike() {
        assertThat(ask("martlots", "share of commission by section").y()).containsExactly("COMM_£");
        assertThat(ask("martlots", "commission earned per quarter").y()).containsExactly("COMM_£");
        assertThat(ask(LETTINGS, "share of commission by branch").y()).containsExactly("COMM_£");
        assertThat(ask(LETTINGS, "commission earned per quarter").y()).containsExactly("COMM_£");
        assertThat(ask(LETTINGS, "avg commission % by branch").y()).containsExactly("COMM_%");
    }

    @Test
    void a_till_after_per_or_which_is_the_till() {
        ChartSpec voids = ask("unionbar", "how many voids per till");
        assertThat(voids.x()).isEqualTo("TILL_ID");
        assertThat(voids.filters()).anySatisfy(f -> assertThat(f.column()).isEqualTo("VOID_FLG"));
        ChartSpec barVoids = ask(BAR_TILL, "how many voids per till");
        assertThat(barVoids.chartType()).isEqualTo("bar");
        assertThat(barVoids.x()).isEqualTo("TILL_ID");
        ChartSpec money = ask(BOOK_LINES, "which till takes the most money");
        assertThat(money.chartType()).isEqualTo("bar");
        assertThat(money.x()).isEqualTo("till_no");
        assertThat(money.y()).containsExactly("line_gross_gbp");
        assertThat(ask("sweetshoplines", "which till takes the most money").x()).isEqualTo("TILL_NO");
    }

    @Test
    void grams_and_kilos_are_weights_and_a_unit_of_things_measures_them() {
        ChartSpec grams = ask("sweetshoplines", "weekly grams sold of the sugar free stuff");
        assertThat(grams.y()).containsExactly("WT_G");
        assertThat(ask(CHEESE, "grams sold by cheese").y()).containsExactly("weight_g");
        assertThat(ask("pumpkinpatch", "total kg of pumpkins picked").y()).containsExactly("Pick Weight [kg]");
        ChartSpec apples = ask(ORCHARD, "total kg of apples by row");
        assertThat(apples.y()).containsExactly("Picked [kg]");
        assertThat(apples.x()).isEqualTo("Row");
    }

    @Test
    void the_things_a_quantity_counts_rank_and_price_by_that_quantity() {
        ChartSpec balls = ask("yarnorders", "top 10 products by number of balls sold");
        assertThat(balls.chartType()).isEqualTo("bar");
        assertThat(balls.y()).containsExactly("qty_balls");
        assertThat(balls.series()).isNull();
        ChartSpec books = ask(BOOK_LINES, "top 5 authors by number of books sold");
        assertThat(books.x()).isEqualTo("author");
        assertThat(books.y()).containsExactly("qty_books");
        assertThat(books.series()).isNull();
        assertThat(ask("yarnorders", "avg price per ball for each fibre").y()).containsExactly("unit_price_gbp");
        ChartSpec price = ask(BOOK_LINES, "avg price per book by genre");
        assertThat(price.y()).containsExactly("unit_price_gbp");
        assertThat(price.x()).isEqualTo("genre");
    }

    @Test
    void a_noun_made_from_a_verb_is_dated_by_the_date_of_that_verb() {
        assertThat(ask("dogtraining", "enrolments per month").x()).isEqualTo("Enrolled On");
        assertThat(ask("langschool", "new enrolments taken per month").x()).isEqualTo("enrol_date");
        assertThat(ask(PUPPY_CLASSES, "monthly enrolments").x()).isEqualTo("Enrolled On");
        assertThat(ask(PUPPY_CLASSES, "split by trainer", "enrolments per week").x())
                .isEqualTo("Enrolled On");
        assertThat(ask(BOOK_LINES, "shipments per month").x()).isEqualTo("shipped_date");
    }

    @Test
    void a_calendar_date_of_the_same_days_is_the_axis_before_the_moment() {
        assertThat(ask("minigolf", "monthly ticket takings").x()).isEqualTo("playDate");
        assertThat(ask(CHEESE, "takings per week").x()).isEqualTo("rideDate");
    }

    @Test
    void values_said_by_a_noun_a_part_or_the_head_of_their_name() {
        ChartSpec rejected = ask("scrapyard", "how many loads did we reject for contamination");
        assertThat(rejected.filters()).anySatisfy(f -> assertThat(f.value()).isEqualTo("Rejected - Contaminated"));
        ChartSpec refused = ask(CHEESE, "how many were refused for intoxication");
        assertThat(refused.filters()).anySatisfy(f -> {
            assertThat(f.op()).isEqualTo("=");
            assertThat(f.value()).isEqualTo("Refused - Intoxicated");
        });
        ChartSpec family = ask("minigolf", "median round time for family tickets");
        assertThat(family.chartType()).isEqualTo("kpi");
        assertThat(family.filters()).anySatisfy(f -> assertThat(f.value()).isEqualTo("Family (2+2)"));
        ChartSpec families = ask(CHEESE, "average spend for family tickets");
        assertThat(families.filters()).anySatisfy(f -> assertThat(f.value()).isEqualTo("Family (2+2)"));
        assertThat(families.chartType()).isEqualTo("kpi");
    }

    @Test
    void a_name_restated_after_per_or_a_bare_verb_of_selling_adds_nothing() {
        ChartSpec per100 = ask("sweetshoplines", "whats our average price per 100g");
        assertThat(per100.filters()).isNullOrEmpty();
        assertThat(per100.y()).containsExactly("PRICE_PER_100G");
        ChartSpec perBag = ask(CHEESE, "average price per 100g");
        assertThat(perBag.filters()).isNullOrEmpty();
        assertThat(perBag.y()).containsExactly("price_per_100g");
        ChartSpec sold = ask("sweetshoplines", "how many grams of cola bottles did york shambles sell in 2024");
        assertThat(sold.chartType()).isEqualTo("kpi");
        assertThat(sold.y()).containsExactly("WT_G");
        ChartSpec york = ask(CHEESE, "how many grams of stilton did the york shop sell");
        assertThat(york.y()).containsExactly("weight_g");
        assertThat(york.chartType()).isEqualTo("kpi");
    }
}
