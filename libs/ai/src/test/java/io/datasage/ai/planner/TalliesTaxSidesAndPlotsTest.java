package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 113-116 called for, each on a round's file and on a small schema written here: a measure named a
 * tally, the things it counts, "per head" as a unit, net or gross sales, a line's extended money, the initials a file
 * is named by, a plural naming a column's head word, a date most rows have, "the last quarter of" a year, months
 * after a year, a kind word before "of" a column, a loose measure word in a grouping's phrase, a change of looks,
 * a value's words said apart, "line value", a question then a plot, a word cut short, orders of order lines, a
 * thing's "#", words before codes, and money received with the date it came in.
 */
class TalliesTaxSidesAndPlotsTest {

    /** Angling club catch returns: one row per angler per day, the fish counted in a tally. */
    private static final DatasetSchema CATCHES = Schemas.of(
            8000,
            Schemas.text("Return ID", 8000, "R1", "R8000"),
            Schemas.date("Catch Date", "2023-03-01", "2024-10-31"),
            Schemas.category("River", "Wye", "Usk", "Lugg"),
            Schemas.category("Fish Class", "Trout", "Salmon", "Grayling"),
            Schemas.integer("Tally (hd)", 60, "0", "60"),
            Schemas.number("Rate Ph", "0.5", "4"),
            Schemas.flag("Rain Stop"));

    /** A web shop's order lines, money without a currency sign, the order number repeated over its lines. */
    private static final DatasetSchema SHOP = Schemas.of(
            50000,
            Schemas.text("orderRef", 20000, "O1", "O20000"),
            Schemas.datetime("orderedAt", "2023-01-01 00:00:00", "2024-12-31 23:00:00"),
            Schemas.category("productGroup", "Books", "Toys", "Games"),
            Schemas.category("salesChannel", "Web", "App", "Phone"),
            Schemas.integer("qty", 20, "1", "20"),
            Schemas.number("lineNet", "1", "500"),
            Schemas.number("lineVat", "0", "100"),
            Schemas.number("lineGross", "1", "600"));

    /** Credit notes to suppliers, a file named for its initials, with an extended cost per line. */
    private static final DatasetSchema CREDITS = new DatasetSchema(
            "scn_lines",
            20000,
            List.of(
                    Schemas.text("SCN_NO", 20000, "S1", "S20000"),
                    Schemas.date("RAISED_DT", "2023-01-01", "2024-12-31"),
                    Schemas.category("SPLR_NAME", "Acme", "Bolt & Co", "Crane Ltd"),
                    Schemas.category("REASON", "Supplier Credit Note", "Damaged", "Short Delivered"),
                    Schemas.integer("QTY", 50, "1", "50"),
                    Schemas.number("UNIT_COST", "0.5", "90"),
                    Schemas.number("EXT_COST", "0.5", "4500")));

    /** Evening classes: a sign-in stamp empty for absences beside the session's date. */
    private static final DatasetSchema CLASSES = Schemas.of(
            10000,
            Schemas.text("entry_id", 10000, "E1", "E10000"),
            Schemas.date("class_date", "2023-09-01", "2024-07-31"),
            new ColumnSchema(
                    "checked_in_at", "datetime", null, 8000, 2000, null, "2023-09-01 18:00:00", "2024-07-31 21:00:00"),
            Schemas.category("class_name", "Pottery", "Drawing", "Print"),
            Schemas.integer("mins_present", 120, "0", "120"));

    /** Garage job sheets: a job's kind of work beside the kind of visit, codes beside their words. */
    private static final DatasetSchema GARAGE = Schemas.of(
            6000,
            Schemas.text("job_no", 6000, "J1", "J6000"),
            Schemas.date("job_date", "2023-01-01", "2024-12-31"),
            Schemas.category("Visit Type", "Booked", "Walk-in"),
            Schemas.category("Repair Work", "Brakes", "Clutch", "Tyres"),
            Schemas.integer("QTY_RTN", 10, "0", "10"),
            Schemas.category("RSN_CD", "A1", "B2", "C3"),
            Schemas.category("RSN_DESC", "Worn", "Faulty", "Damaged"),
            Schemas.category("Outcome", "Completed", "Aborted - Parts", "Aborted - Customer"),
            Schemas.integer("Visit #", 5, "1", "5"),
            Schemas.number("Labour Mins", "10", "600"),
            Schemas.number("Job Duration (days)", "0.5", "30"),
            Schemas.money("Charge"));

    /** A fault log: an id, a code and a description of each fault's kind. */
    private static final DatasetSchema FAULTS = Schemas.of(
            7000,
            Schemas.text("defect_id", 7000, "D1", "D7000"),
            Schemas.date("logged_date", "2023-01-01", "2024-12-31"),
            Schemas.category("defect_code", "D01", "D02", "D03"),
            Schemas.category("defect_desc", "Leak", "Crack", "Noise"),
            Schemas.number("hours_lost", "0", "48"));

    /** Heating oil deliveries: litres delivered on a due and an actual date, the price taxed in a column of its own. */
    private static final DatasetSchema DELIVERIES = Schemas.of(
            5000,
            Schemas.text("Drop Ref", 5000, "D1", "D5000"),
            Schemas.date("Order Date", "2023-01-01", "2024-12-31"),
            Schemas.date("Deliv Due Date", "2023-01-03", "2025-01-10"),
            Schemas.date("Deliv Act Date", "2023-01-03", "2025-01-12"),
            Schemas.category("Depot", "North", "South"),
            Schemas.number("Litres Deliv", "100", "5000"),
            Schemas.number("priceNet", "50", "4000"),
            Schemas.number("priceVat", "2", "200"),
            Schemas.number("priceGross", "52", "4200"));

    /** Room bookings: the day of the week written out beside the booking's date. */
    private static final DatasetSchema ROOMS = Schemas.of(
            3000,
            Schemas.text("Booking Ref", 3000, "B1", "B3000"),
            Schemas.date("Booking Date", "2023-01-01", "2024-12-31"),
            Schemas.category("Weekday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            Schemas.category("Room", "Hall", "Annex", "Studio"),
            Schemas.money("Fee"));

    /** Nursery fee invoices: the amount paid and the date it was paid, beside the invoice date. */
    private static final DatasetSchema FEES = Schemas.of(
            4000,
            Schemas.text("Invoice No", 4000, "I1", "I4000"),
            Schemas.date("Invoice Date", "2023-01-01", "2024-12-31"),
            Schemas.date("Paid Date", "2023-01-05", "2025-01-31"),
            Schemas.money("Fee Due"),
            Schemas.money("Amount Paid"),
            Schemas.category("Room", "Babies", "Toddlers", "Preschool"));

    @Test
    void a_measure_named_a_tally_is_the_count_each_row_holds() {
        ChartSpec sheep = ask("sheepshearing", "sheep shorn per month");
        assertThat(sheep.y()).containsExactly("TALLY_HD");
        assertThat(sheep.aggregation()).isEqualTo("sum");
        assertThat(sheep.series()).isNull();
        assertThat(ask("sheepshearing", "average daily tally for each shearer").y())
                .containsExactly("TALLY_HD");
        ChartSpec fish = ask(CATCHES, "fish caught per month");
        assertThat(fish.y()).containsExactly("Tally (hd)");
        assertThat(fish.series()).isNull();
        assertThat(ask(CATCHES, "average tally per river").y()).containsExactly("Tally (hd)");
    }

    @Test
    void rows_with_a_flags_yes_are_counted_as_rows() {
        assertThat(ask("sheepshearing", "how many wet weather stoppages per region")
                        .aggregation())
                .isEqualTo("count");
        assertThat(ask(CATCHES, "how many rain stops per river").aggregation()).isEqualTo("count");
    }

    @Test
    void per_head_after_a_measure_is_its_unit() {
        assertThat(ask("sheepshearing", "avg rate per head by shear type").y()).containsExactly("RATE_PH");
        assertThat(ask(CATCHES, "avg rate per head by river").y()).containsExactly("Rate Ph");
    }

    @Test
    void net_or_gross_sales_is_the_money_of_that_side_of_tax() {
        assertThat(ask("mailorderlines", "net sales by product group").y()).containsExactly("lineNet");
        assertThat(ask(SHOP, "net sales by product group").y()).containsExactly("lineNet");
        assertThat(ask(SHOP, "gross sales by sales channel").y()).containsExactly("lineGross");
        assertThat(ask(SHOP, "sales by product group").y()).containsExactly("lineGross");
        assertThat(ask("hostelbeds", "net revenue (ex vat) by region").y()).containsExactly("net_amount");
    }

    @Test
    void a_lines_extended_cost_is_its_value_and_the_files_initials_are_its_rows() {
        ChartSpec rtv = ask("rtvlines", "top 10 vendors by rtv value");
        assertThat(rtv.x()).isEqualTo("VNDR_NAME");
        assertThat(rtv.y()).containsExactly("EXT_COST");
        assertThat(rtv.filters()).isNullOrEmpty();
        ChartSpec scn = ask(CREDITS, "monthly scn value");
        assertThat(scn.y()).containsExactly("EXT_COST");
        assertThat(scn.filters()).isNullOrEmpty();
        assertThat(ask(CREDITS, "scn value by supplier").x()).isEqualTo("SPLR_NAME");
    }

    @Test
    void the_date_every_row_has_is_the_time_axis() {
        assertThat(ask("artclasses", "minutes attended per month over time").x())
                .isEqualTo("session_date");
        assertThat(ask(CLASSES, "minutes present per month").x()).isEqualTo("class_date");
    }

    @Test
    void the_last_quarter_of_a_year_and_months_after_a_year() {
        assertThat(ask("escalatorfaults", "how many P1 faults in the last quarter of 2024")
                        .filters())
                .anySatisfy(f -> assertThat(f.value().toString()).startsWith("[2024-10-01"));
        assertThat(ask("sales", "sales in the last quarter of 2016").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value().toString()).startsWith("[2016-10-01"));
        assertThat(ask("buggyhires", "weekly number of hires over summer 2024 (june to august)")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value().toString()).isEqualTo("[2024-06-01, 2024-08-31]"));
        assertThat(ask("sales", "sales in 2016 (march to may)").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value().toString()).startsWith("[2016-03-01"));
    }

    @Test
    void a_kind_word_before_of_and_a_loose_measure_word_belong_to_the_grouping() {
        assertThat(ask("dressfittings", "avg minutes taken for each type of alteration work")
                        .x())
                .isEqualTo("Alteration Work");
        assertThat(ask(GARAGE, "avg labour mins for each type of repair work").x())
                .isEqualTo("Repair Work");
        ChartSpec reasons = ask("rtvlines", "number of lines by return reason");
        assertThat(reasons.x()).isEqualTo("RSN_DESC");
        assertThat(reasons.chartType()).isEqualTo("bar");
        assertThat(ask(GARAGE, "jobs by return reason").x()).isEqualTo("RSN_DESC");
    }

    @Test
    void a_change_of_colours_keeps_the_chart() {
        ChartSpec porters = PlannerCases.conversation(
                new OfflinePlanner(),
                PlannerCases.datasets().get("porterjobs"),
                "avg response time by priority",
                "change colours to blue");
        assertThat(porters.chartType()).isEqualTo("bar");
        assertThat(porters.x()).isEqualTo("PRIORITY");
        assertThat(ask(FAULTS, "hours lost by defect desc", "change colours to green")
                        .chartType())
                .isEqualTo("bar");
    }

    @Test
    void a_values_words_said_apart_are_that_value() {
        assertThat(ask("porterjobs", "total tasks cancelled because the patient wasnt ready")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Cancelled - Patient Not Ready"));
        assertThat(ask(GARAGE, "jobs aborted cos of the customer").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Aborted - Customer"));
    }

    @Test
    void a_question_then_a_plot_draws_the_plot() {
        ChartSpec battery =
                ask("buggyhires", "do longer hires drain the battery more? plot minutes out against battery on return");
        assertThat(battery.chartType()).isEqualTo("scatter");
        assertThat(PlannerCases.columnsUsed(battery))
                .containsExactlyInAnyOrder("Hire Duration (mins)", "Battery % on Return");
        ChartSpec dive = ask("divetrips", "does the vis get better when the water's warmer? plot temp against vis");
        assertThat(PlannerCases.columnsUsed(dive)).containsExactlyInAnyOrder("waterTempC", "visibilityM");
        ChartSpec tally = ask("sheepshearing", "hours worked vs tally, colour by sheep class");
        assertThat(tally.chartType()).isEqualTo("scatter");
        assertThat(PlannerCases.columnsUsed(tally)).contains("TALLY_HD");
        ChartSpec line = ask(CREDITS, "qty vs line value, scatter");
        assertThat(PlannerCases.columnsUsed(line)).containsExactlyInAnyOrder("QTY", "EXT_COST");
    }

    @Test
    void orders_of_order_lines_are_the_order_ids_counted_once() {
        ChartSpec orders = ask("mailorderlines", "how many orders did we get in 2024");
        assertThat(orders.aggregation()).isEqualTo("count_distinct");
        assertThat(orders.y()).containsExactly("orderNo");
        assertThat(ask(SHOP, "how many orders by sales channel").aggregation()).isEqualTo("count_distinct");
    }

    @Test
    void a_things_number_sign_is_which_one_never_added_up() {
        assertThat(ask("dressfittings", "number of fittings per month").aggregation())
                .isEqualTo("count");
        assertThat(ask(GARAGE, "how many visits per month").aggregation()).isEqualTo("count");
        assertThat(ask("charging", "x: port #, y: number of sessions").x()).isEqualTo("Port #");
    }

    @Test
    void words_before_codes_among_columns_named_alike() {
        assertThat(ask("escalatorfaults", "which fault types cause the most total downtime")
                        .x())
                .isEqualTo("fault_desc");
        assertThat(ask(FAULTS, "which defect types cause the most hours lost").x())
                .isEqualTo("defect_desc");
    }

    @Test
    void how_long_is_the_one_measure_of_how_long_things_took() {
        ChartSpec buggies = ask("buggyhires", "histogram of how long buggies are out");
        assertThat(buggies.x()).isEqualTo("Hire Duration (mins)");
        assertThat(buggies.series()).isNull();
        assertThat(ask("aereports", "how long do AEs last? histogram").x()).isEqualTo("durationDays");
        assertThat(ask(GARAGE, "distribution of how long repairs take").x()).isEqualTo("Job Duration (days)");
    }

    @Test
    void a_measure_happened_on_its_actual_date_not_its_due_date() {
        assertThat(ask("graincontracts", "tonnes actually delivered per quarter")
                        .x())
                .isEqualTo("DELIV_ACT_DT");
        assertThat(ask(DELIVERIES, "litres delivered per month").x()).isEqualTo("Deliv Act Date");
    }

    @Test
    void gross_billing_is_the_gross_of_an_amount_taxed_in_a_column_of_its_own() {
        assertThat(ask("interpreterjobs", "monthly gross billing").y()).containsExactly("chargeGross");
        assertThat(ask(DELIVERIES, "net billing by depot").y()).containsExactly("priceNet");
    }

    @Test
    void a_word_for_several_values_filters_on_all_of_them_as_one_group() {
        ChartSpec lotto = ask("scratchcards", "sales at weekends by terminal");
        assertThat(lotto.x()).isEqualTo("terminal_#");
        assertThat(lotto.filters()).singleElement().satisfies(f -> {
            assertThat(f.op()).isEqualTo("in");
            assertThat((List<?>) f.value()).extracting(Object::toString).containsExactlyInAnyOrder("Sat", "Sun");
        });
        ChartSpec rooms = ask(ROOMS, "average fee at weekends");
        assertThat(rooms.chartType()).isEqualTo("kpi");
        assertThat(rooms.filters()).singleElement().satisfies(f -> assertThat((List<?>) f.value())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("Saturday", "Sunday"));
    }

    @Test
    void a_split_asked_with_a_new_grain_is_added() {
        assertThat(ask("escalatorfaults", "faults per week", "by month instead and split by line")
                        .series())
                .isEqualTo("line");
        ChartSpec rooms = ask(ROOMS, "bookings per week", "by month instead and split by room");
        assertThat(rooms.series()).isEqualTo("Room");
        assertThat(rooms.timeGrain()).isEqualTo("month");
    }

    @Test
    void money_received_and_the_date_it_came_in() {
        ChartSpec cash = ask("feeinvoices", "cash recieved by month");
        assertThat(cash.y()).containsExactly("Amount Paid (£)");
        assertThat(cash.x()).isEqualTo("Paid Date");
        ChartSpec fees = ask(FEES, "cash received by month");
        assertThat(fees.y()).containsExactly("Amount Paid");
        assertThat(fees.x()).isEqualTo("Paid Date");
        assertThat(ask("sheepshearing", "total paid out to shearers between jan and march 2025")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("PAID_DT"));
        assertThat(ask(FEES, "total paid out between jan and march 2024").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Paid Date"));
    }
}
