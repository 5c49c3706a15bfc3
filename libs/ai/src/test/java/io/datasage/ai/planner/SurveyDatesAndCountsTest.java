package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 109-112 called for, each on more than one file: which date a file is about (a month-of-year
 * column's sibling, the thing's own arrival, a completion after it), days written out in a range, a date's event
 * word that is not the noun asked for, a measure named a count, a value's name before its code, one row's extreme
 * whatever groups it, every value of a column listed, "the date they were booked", lines sold counted, and a deed
 * after a measure that only opens a method's name; and a month-of-year column that is no length of time, the thing
 * before its measure, attendance without a plural, the date of the event, who did it, a flag's deed after "we", one
 * value said twice, a time axis instead of a grouping, a plural right after "list", a line chart of one measure, a
 * measure's word before "lines", values named by part of their words, a rate averaged, units counted, and "how much"
 * of the things an id names.
 */
class SurveyDatesAndCountsTest {

    /** Pest inspections: a month-of-year column taken from the inspection date, beside a later submission stamp. */
    private static final DatasetSchema INSPECTIONS = Schemas.of(
            12000,
            Schemas.text("INSPECTION_ID", 12000, "I1", "I12000"),
            Schemas.category("SITE", "Leeds", "York", "Hull"),
            Schemas.date("INSPECTION_DATE", "2023-01-01", "2024-12-31"),
            Schemas.integer("INSPECTION_MONTH", 12, "1", "12"),
            Schemas.datetime("UPLOADED_DTTM", "2023-01-02 08:00:00", "2025-01-05 17:00:00"),
            Schemas.category("PEST_CODE", "RAT", "MOUSE", "WASP"),
            Schemas.category("PEST_NAME", "Rat", "Mouse", "Wasp"),
            Schemas.integer("TRAP_COUNT", 40, "0", "40"),
            Schemas.number("MINUTES_ON_SITE", "5", "240"));

    /** IT tickets: when each was raised (a stamp), when it was completed, how it came in and what it cost. */
    private static final DatasetSchema TICKETS = Schemas.of(
            9000,
            Schemas.text("ticket_no", 9000, "T1", "T9000"),
            Schemas.datetime("Ticket Raised", "2023-01-01 08:00:00", "2024-12-31 17:00:00"),
            Schemas.date("completed_date", "2023-01-02", "2025-01-10"),
            Schemas.category("raised_via", "Email", "Phone", "Portal"),
            Schemas.category("Team", "Desk", "Network", "Apps"),
            Schemas.integer("Priority", 3, "1", "3"),
            Schemas.category("Requester", "Ann", "Bo", "Cy"),
            Schemas.flag("Escalated To Supplier"),
            Schemas.money("NetCost"));

    /** A farm shop's till lines: the sale's stamp beside its net amount and the line's quantity. */
    private static final DatasetSchema TILL = Schemas.of(
            40000,
            Schemas.text("ReceiptNo", 15000, "R1", "R15000"),
            Schemas.integer("LineNo", 12, "1", "12"),
            Schemas.datetime("SaleDateTime", "2024-01-01 08:00:00", "2024-12-31 18:00:00"),
            Schemas.category("ProductGroup", "Meat", "Veg", "Dairy"),
            Schemas.integer("Qty", 20, "1", "20"),
            Schemas.number("NetAmt", "0.5", "300"));

    /** Room hires: the date booked beside the hours booked and the date of the event. */
    private static final DatasetSchema HIRES = Schemas.of(
            3000,
            Schemas.text("Hire Ref", 3000, "H1", "H3000"),
            Schemas.date("Booking Date", "2023-01-01", "2024-12-31"),
            Schemas.date("Event Date", "2023-01-10", "2025-03-31"),
            Schemas.category("Room", "Main Hall", "Annex", "Kitchen"),
            Schemas.number("Hours Booked", "1", "12"),
            Schemas.integer("Attendees", 300, "1", "300"),
            Schemas.money("Fee"));

    /** A garage forecourt's sales: fuels named with a qualifier first, a status of two words, a pay point. */
    private static final DatasetSchema FORECOURT = Schemas.of(
            30000,
            Schemas.text("SaleRef", 30000, "S1", "S30000"),
            Schemas.datetime("SoldAt", "2024-01-01 06:00:00", "2024-12-31 22:00:00"),
            Schemas.category("Product", "Premium Unleaded Petrol", "Standard Diesel Fuel", "Car Wash"),
            Schemas.category("Pay Point", "Kiosk - Forecourt", "App - Remote", "Pump - Card"),
            Schemas.category("Sale Status", "Completed", "Voided - Error", "Refunded"),
            Schemas.number("Litres", "1", "120"),
            Schemas.number("Fuel Rate (p/l)", "120", "180"),
            Schemas.money("Amount"));

    /** Verge cutting runs: kilometres cut beside the kind of cut and the hours the crew spent. */
    private static final DatasetSchema VERGES = Schemas.of(
            5000,
            Schemas.text("RUN_REF", 5000, "V1", "V5000"),
            Schemas.date("RUN_DATE", "2022-11-01", "2024-03-31"),
            Schemas.category("DEPOT", "North", "South", "East"),
            Schemas.category("CREW", "Ann", "Bo", "Cy"),
            Schemas.category("CUT_TYPE", "Flail", "Rotary", "Reach arm"),
            Schemas.number("VERGE_LENGTH_KM", "2", "80"),
            Schemas.number("HOURS_OUT", "0.5", "9"),
            Schemas.flag("SALTED"));

    @Test
    void a_month_of_year_column_says_which_date_the_file_is_about() {
        assertThat(ask("birdtallies", "monthly trend of birds counted").x()).isEqualTo("SURVEY_DATE");
        assertThat(ask(INSPECTIONS, "inspections per month").x()).isEqualTo("INSPECTION_DATE");
    }

    @Test
    void the_things_own_arrival_dates_it_before_its_completion() {
        assertThat(ask("ploughcalls", "monthly callout fees over time").x()).isEqualTo("Call Received");
        assertThat(ask(TICKETS, "tickets per week").x()).isEqualTo("Ticket Raised");
    }

    @Test
    void days_written_out_make_one_range() {
        ChartSpec calls = ask("ploughcalls", "daily number of calls from 1 dec 2022 to 28 feb 2023");
        assertThat(calls.filters()).singleElement().satisfies(f -> {
            assertThat(f.op()).isEqualTo("between");
            assertThat((List<?>) f.value()).first().hasToString("2022-12-01");
            assertThat(((List<?>) f.value()).get(1).toString()).startsWith("2023-02-28");
        });
        ChartSpec sales = ask("sales", "sales from march 3rd, 2016 to april 10th 2016");
        assertThat(sales.filters()).singleElement().satisfies(f -> assertThat((List<?>) f.value())
                .extracting(Object::toString)
                .containsExactly("2016-03-03", "2016-04-10"));
        assertThat(ask("sales", "sales on 31 feb 2016").filters())
                .allSatisfy(f -> assertThat(f.value().toString()).doesNotContain("2016-02-31"));
    }

    @Test
    void a_dates_event_word_is_not_the_noun_asked_for() {
        ChartSpec marina = ask("fueldocklines", "net sales by item category");
        assertThat(marina.x()).isEqualTo("ItemCategory");
        assertThat(marina.y()).containsExactly("NetAmt");
        ChartSpec till = ask(TILL, "net sales by product group");
        assertThat(till.x()).isEqualTo("ProductGroup");
        assertThat(till.y()).containsExactly("NetAmt");
        assertThat(ask("hallrepairs", "share of tickets by reporting channel").x())
                .isEqualTo("reported_via");
        assertThat(ask(TICKETS, "tickets by raised channel").x()).isEqualTo("raised_via");
    }

    @Test
    void a_count_averaged_ranked_or_added_up_is_the_measure_named_a_count() {
        ChartSpec average = ask("birdtallies", "average count per sighting for each species, top 10");
        assertThat(average.y()).containsExactly("BIRD_COUNT");
        assertThat(average.aggregation()).isEqualTo("mean");
        ChartSpec total = ask("birdtallies", "total goldfinches counted per month");
        assertThat(total.y()).containsExactly("BIRD_COUNT");
        assertThat(total.aggregation()).isEqualTo("sum");
        ChartSpec traps = ask(INSPECTIONS, "average count by site");
        assertThat(traps.y()).containsExactly("TRAP_COUNT");
        assertThat(traps.aggregation()).isEqualTo("mean");
        ChartSpec rows = ask(INSPECTIONS, "count of inspections by site");
        assertThat(rows.aggregation()).isEqualTo("count");
        assertThat(rows.y()).isNullOrEmpty();
    }

    @Test
    void a_value_is_read_by_its_name_before_the_code_that_spells_it() {
        ChartSpec robins = ask("birdtallies", "how many robins were counted in total");
        assertThat(robins.filters()).singleElement().satisfies(f -> assertThat(f.column())
                .isEqualTo("SPECIES_NAME"));
        assertThat(robins.y()).containsExactly("BIRD_COUNT");
        assertThat(ask(INSPECTIONS, "inspections for wasps by site").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("PEST_NAME"));
    }

    @Test
    void one_rows_extreme_whatever_groups_it() {
        ChartSpec birds = ask("birdtallies", "biggest single count of woodpigeons by region");
        assertThat(birds.aggregation()).isEqualTo("max");
        assertThat(birds.y()).containsExactly("BIRD_COUNT");
        ChartSpec fees = ask(HIRES, "largest single fee by room");
        assertThat(fees.aggregation()).isEqualTo("max");
        assertThat(fees.x()).isEqualTo("Room");
    }

    @Test
    void every_value_of_a_column_listed_splits_the_bars() {
        ChartSpec swimmers = ask("swimbadges", "avg score for boys and girls at each stage");
        assertThat(swimmers.x()).isEqualTo("Stage");
        assertThat(swimmers.series()).isEqualTo("Gender");
        ChartSpec tickets = ask(TICKETS, "average net cost for email, phone and portal by team");
        assertThat(tickets.x()).isEqualTo("Team");
        assertThat(tickets.series()).isEqualTo("raised_via");
        ChartSpec two = ask(TICKETS, "average net cost for email and phone by team");
        assertThat(two.series()).isNull();
    }

    @Test
    void the_date_they_were_booked_is_the_booking_date() {
        ChartSpec hall = ask("hallhires", "how many bookings were taken each week? use the date they were booked");
        assertThat(hall.x()).isEqualTo("BOOKING_DATE");
        assertThat(hall.aggregation()).isEqualTo("count");
        ChartSpec hires = ask(HIRES, "hires per month by the date they were booked");
        assertThat(hires.x()).isEqualTo("Booking Date");
        assertThat(hires.aggregation()).isEqualTo("count");
    }

    @Test
    void lines_sold_are_counted_not_their_units() {
        ChartSpec party = ask("partyaddons", "how many add-on lines were sold with each package");
        assertThat(party.aggregation()).isEqualTo("count");
        assertThat(party.y()).isNullOrEmpty();
        ChartSpec till = ask(TILL, "how many lines were sold per product group");
        assertThat(till.aggregation()).isEqualTo("count");
        ChartSpec units = ask(TILL, "how many items were sold per product group");
        assertThat(units.y()).containsExactly("Qty");
    }

    @Test
    void a_deed_after_a_measure_is_not_the_method_it_opens() {
        ChartSpec hedges = ask("hedgecuts", "meters of hedge cut each month");
        assertThat(hedges.y()).containsExactly("HEDGE_LENGTH_M");
        assertThat(hedges.series()).isNull();
        assertThat(hedges.aggregation()).isEqualTo("sum");
        ChartSpec roads = ask(VERGES, "top 5 crews by km of verge cut");
        assertThat(roads.x()).isEqualTo("CREW");
        assertThat(roads.series()).isNull();
        assertThat(roads.y()).containsExactly("VERGE_LENGTH_KM");
        assertThat(roads.aggregation()).isEqualTo("sum");
        assertThat(ask(VERGES, "km by cut type").x()).isEqualTo("CUT_TYPE");
    }

    @Test
    void a_month_of_the_year_is_no_length_and_the_thing_before_a_measure_is_whose() {
        ChartSpec birds = ask("birdtallies", "median survey length in minutes by habitat");
        assertThat(birds.y()).containsExactly("DURATION_MINS");
        assertThat(birds.chartType()).isEqualTo("bar");
        assertThat(ask(INSPECTIONS, "median inspection length by site").y()).containsExactly("MINUTES_ON_SITE");
    }

    @Test
    void attendance_said_without_a_plural_is_the_people_added_up() {
        ChartSpec weddings = ask("hallhires", "total attendance at wedding receptions");
        assertThat(weddings.y()).containsExactly("ATTENDEES");
        assertThat(weddings.aggregation()).isEqualTo("sum");
        ChartSpec rooms = ask(HIRES, "total turnout by room");
        assertThat(rooms.y()).containsExactly("Attendees");
        assertThat(rooms.aggregation()).isEqualTo("sum");
    }

    @Test
    void the_date_of_the_event_is_the_event_date() {
        assertThat(ask("hallhires", "hall hire takings per month over time, going by the date of the event")
                        .x())
                .isEqualTo("EVENT_DATE");
        assertThat(ask(HIRES, "fees per month by the date of the event").x()).isEqualTo("Event Date");
    }

    @Test
    void who_did_it_is_the_column_of_the_one_who_did() {
        ChartSpec calls = ask("ploughcalls", "share of calls by who called us");
        assertThat(calls.chartType()).isEqualTo("pie");
        assertThat(calls.x()).isEqualTo("caller_type");
        assertThat(ask(TICKETS, "tickets by who requested them").x()).isEqualTo("Requester");
    }

    @Test
    void a_flags_deed_after_we_is_its_yes() {
        assertThat(ask("ploughcalls", "calls where we gritted as well, by district")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Gritted Too"));
        assertThat(ask(VERGES, "runs where we salted, by depot").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("SALTED"));
    }

    @Test
    void one_value_said_twice_is_one_filter_not_a_comparison() {
        ChartSpec repairs = ask("hallrepairs", "how many repairs were recharged to students, per residence");
        assertThat(repairs.chartType()).isEqualTo("bar");
        assertThat(repairs.series()).isNull();
        assertThat(repairs.filters()).singleElement().satisfies(f -> assertThat(f.column())
                .isEqualTo("Student Recharge"));
        ChartSpec tickets = ask(TICKETS, "how many tickets were escalated to suppliers, per team");
        assertThat(tickets.series()).isNull();
        assertThat(tickets.filters()).hasSize(1);
    }

    @Test
    void a_time_axis_instead_of_a_grouping_replaces_it() {
        ChartSpec branches = ask("cobblerlines", "revenue by branch", "show it as a line by month instead of branch");
        assertThat(branches.x()).isEqualTo("TxnDateTime");
        assertThat(branches.y()).containsExactly("LineTotal");
        assertThat(branches.series()).isNull();
        ChartSpec groups = ask(TILL, "revenue by product group", "as a line by week instead of product group");
        assertThat(groups.x()).isEqualTo("SaleDateTime");
        assertThat(groups.y()).containsExactly("NetAmt");
        assertThat(groups.series()).isNull();
    }

    @Test
    void a_plural_right_after_list_is_what_is_listed() {
        assertThat(ask("birdtallies", "list tallies over 200 birds").chartType())
                .isEqualTo("table");
        assertThat(ask(INSPECTIONS, "list counts over 30 traps").chartType()).isEqualTo("table");
    }

    @Test
    void a_line_chart_of_one_measure_runs_over_the_files_dates() {
        ChartSpec fuel = ask("fueldocklines", "line chart of quantity sold");
        assertThat(fuel.chartType()).isEqualTo("line");
        assertThat(fuel.x()).isEqualTo("SaleDateTime");
        assertThat(fuel.y()).containsExactly("Qty");
        ChartSpec till = ask(TILL, "line chart of net amount");
        assertThat(till.x()).isEqualTo("SaleDateTime");
        assertThat(till.y()).containsExactly("NetAmt");
        assertThat(ask(TILL, "histogram of net amount").chartType()).isEqualTo("histogram");
        assertThat(ask(TILL, "mean net amount on the lines that had a quantity over 5")
                        .chartType())
                .isEqualTo("kpi");
    }

    @Test
    void a_measures_word_before_lines_says_which_lines_are_counted() {
        ChartSpec products = ask("fueldocklines", "the 5 products that appear on the fewest sales lines");
        assertThat(products.x()).isEqualTo("ItemDesc");
        assertThat(products.aggregation()).isEqualTo("count");
        assertThat(products.y()).isNullOrEmpty();
        ChartSpec groups = ask(TILL, "which product group has the most sales lines");
        assertThat(groups.x()).isEqualTo("ProductGroup");
        assertThat(groups.aggregation()).isEqualTo("count");
        assertThat(ask("xmastreelines", "number of delivered lines per pitch").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Delivered?"));
    }

    @Test
    void a_value_named_by_its_last_words_a_joining_word_or_its_last_word_and_column() {
        assertThat(ask("fueldocklines", "weekly litres of red diesel sold").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Marine Diesel (Red)"));
        assertThat(ask(FORECOURT, "litres of unleaded petrol per month").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Premium Unleaded Petrol"));
        assertThat(ask("ploughcalls", "number of calls abandoned as unsafe by road class")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Abandoned - Unsafe"));
        assertThat(ask(FORECOURT, "sales voided as error by product").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Voided - Error"));
        ChartSpec venue = ask("partyaddons", "add-on revenue by add-on category", "just for the riverside venue");
        assertThat(venue.x()).isEqualTo("addonCategory");
        assertThat(venue.filters()).singleElement().satisfies(f -> assertThat(f.value())
                .isEqualTo("Bounce Barn - Riverside"));
        assertThat(ask(FORECOURT, "total amount for the remote pay point").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Pay Point"));
        assertThat(ask("wardbeds", "total admissions by hospital site").chartType())
                .isNotEqualTo("kpi");
    }

    @Test
    void a_rate_averaged_is_the_measure_named_a_rate() {
        ChartSpec lenders = ask("mortgageapps", "average rate on 5 year fixes by lender");
        assertThat(lenders.y()).containsExactly("INITIAL_RATE_PCT");
        assertThat(lenders.chartType()).isEqualTo("bar");
        assertThat(ask(FORECOURT, "average rate by product").y()).containsExactly("Fuel Rate (p/l)");
    }

    @Test
    void units_counted_are_the_measure_added_up_and_how_much_is_the_things_amount() {
        ChartSpec apples = ask("ciderpressings", "how many tonnes of apples have we put through the press altogether");
        assertThat(apples.y()).containsExactly("apples_in_kg");
        assertThat(apples.aggregation()).isEqualTo("sum");
        ChartSpec litres = ask(FORECOURT, "how many litres of fuel did we sell in march 2024");
        assertThat(litres.y()).containsExactly("Litres");
        assertThat(litres.aggregation()).isEqualTo("sum");
        ChartSpec loans = ask("pawnloans", "how much cash did we hand out in loans in march 2025");
        assertThat(loans.y()).containsExactly("Loan Amt (£)");
        assertThat(loans.aggregation()).isEqualTo("sum");
    }
}
