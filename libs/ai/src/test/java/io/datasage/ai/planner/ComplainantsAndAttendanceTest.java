package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 105-108 called for, each on more than one file: the person named after what they do is not the
 * thing they did ("complaints" beside a complainant's columns, "applications" beside an applicant's), a column kept
 * as "Attend %" is the attendance asked for, what people "earned" is their pay, a category's word describing the
 * things counted, things and a participle a quantity's name holds, money paid out or charged, visitors added up, and
 * "slowest" ranked by a duration rather than by a month's number, a thing itself before its kind, "value" where no
 * column is named so, and the things counted then their verb.
 */
class ComplainantsAndAttendanceTest {

    /** Job applications: the applicant's id and a flag about them, and no column of the applications themselves. */
    private static final DatasetSchema APPLICATIONS = Schemas.of(
            20000,
            Schemas.text("APP_REF", 20000, "A1", "A20000"),
            Schemas.text("APPLICANT_ID", 15000, "P1", "P15000"),
            Schemas.date("RECEIVED", "2023-01-01", "2024-12-31"),
            Schemas.category("ROLE", "Driver", "Picker", "Clerk"),
            Schemas.category("SITE", "Leeds", "York", "Hull"),
            Schemas.flag("REPEAT_APPLICANT"),
            Schemas.number("SALARY_OFFERED", "18000", "45000"));

    /** Evening classes: attendance kept as a percentage beside fees, per tutor. */
    private static final DatasetSchema CLASSES = Schemas.of(
            5000,
            Schemas.text("Class #", 5000, "C1", "C5000"),
            Schemas.category("Tutor", "Ann", "Bo", "Cy"),
            Schemas.category("Subject", "Pottery", "French", "Yoga"),
            Schemas.number("Fee (£)", "40", "400"),
            Schemas.number("Attend %", "0", "100"),
            Schemas.integer("Rating (1-5)", 5, "1", "5"));

    /** Cleaners' shifts: each shift's pay beside its hours. */
    private static final DatasetSchema SHIFTS = Schemas.of(
            8000,
            Schemas.text("shift_id", 8000, "S1", "S8000"),
            Schemas.category("Cleaner", "Dee", "Eli", "Fay"),
            Schemas.date("shift_date", "2024-01-01", "2024-12-31"),
            Schemas.number("Hours", "2", "12"),
            Schemas.number("Shift Pay", "20", "200"));

    /** Store returns: one amount of money on each line, a head count and a visit date. */
    private static final DatasetSchema RETURNS = Schemas.of(
            20000,
            Schemas.text("Return #", 20000, "R1", "R20000"),
            Schemas.date("Processed", "2023-01-01", "2024-12-31"),
            Schemas.category("Store", "Leeds", "York", "Hull"),
            Schemas.category("Reason Type", "Damaged", "Wrong size", "Changed mind"),
            Schemas.integer("Items Returned", 12, "1", "12"),
            Schemas.number("LineTotal", "1", "900"),
            Schemas.integer("Party Size", 10, "1", "10"),
            Schemas.date("Visit Date", "2023-01-01", "2024-12-31"));

    @Test
    void a_categorys_word_before_the_things_counted_describes_them() {
        ChartSpec perWard = ask("noisecases", "how many noise complaints per ward");
        assertThat(perWard.x()).isEqualTo("WARD_NAME");
        assertThat(perWard.aggregation()).isEqualTo("count");
        assertThat(perWard.y()).isNullOrEmpty();
        ChartSpec byOfficer = ask("noisecases", "number of noise complaints by officer");
        assertThat(byOfficer.x()).isEqualTo("OFFICER");
        assertThat(byOfficer.aggregation()).isEqualTo("count");
        assertThat(byOfficer.y()).isNullOrEmpty();
        ChartSpec reasons = ask(APPLICATIONS, "how many site applications per role");
        assertThat(reasons.x()).isEqualTo("ROLE");
        assertThat(reasons.aggregation()).isEqualTo("count");
        assertThat(reasons.y()).isNullOrEmpty();
    }

    @Test
    void things_and_a_participle_a_quantity_holds_are_that_quantity() {
        ChartSpec drivers = ask("gasdeliverylines", "bottom 5 drivers by cylinders delivered");
        assertThat(drivers.x()).isEqualTo("Driver");
        assertThat(drivers.y()).containsExactly("QtyDelivered");
        assertThat(drivers.series()).isNull();
        ChartSpec stores = ask(RETURNS, "top 3 stores by parcels returned");
        assertThat(stores.x()).isEqualTo("Store");
        assertThat(stores.y()).containsExactly("Items Returned");
        assertThat(stores.aggregation()).isEqualTo("sum");
    }

    @Test
    void money_paid_out_is_the_rows_one_amount_of_money() {
        assertThat(ask("buybacklines", "total payout in 2024").y()).containsExactly("LineTotal");
        ChartSpec cashiers = ask("buybacklines", "cashiers ranked by total paid out, lowest first");
        assertThat(cashiers.y()).containsExactly("LineTotal");
        assertThat(cashiers.aggregation()).isEqualTo("sum");
        assertThat(ask(RETURNS, "total payout by store").y()).containsExactly("LineTotal");
        // Where a column's name says it, that column: round 97's gallery pays artists a share of each sale.
        assertThat(ask("gallerysales", "total artist payout by medium").y()).containsExactly("Artist Payout (£)");
        // Money charged, likewise; "penalty charge notices" are the things counted, described.
        ChartSpec charge = ask("extinguisherchecks", "average charge per visit type");
        assertThat(charge.y()).containsExactly("Total (£)");
        assertThat(charge.aggregation()).isEqualTo("mean");
        assertThat(ask(RETURNS, "average charge by store").y()).containsExactly("LineTotal");
        ChartSpec notices = ask("pcnfines", "share of penalty charge notices by status");
        assertThat(notices.y()).isNullOrEmpty();
        assertThat(notices.aggregation()).isEqualTo("count");
    }

    /** Bus trips: a month's number beside the trip's duration, both of them spans of time by their words. */
    private static final DatasetSchema TRIPS = Schemas.of(
            30000,
            Schemas.text("Trip ID", 30000, "T1", "T30000"),
            Schemas.category("Route", "1", "2", "3A"),
            Schemas.integer("Month No", 12, "1", "12"),
            Schemas.number("Duration Mins", "5", "120"));

    /** Vending visits: each machine's location beside its type. */
    private static final DatasetSchema MACHINES = Schemas.of(
            20000,
            Schemas.text("Visit ID", 20000, "V1", "V20000"),
            Schemas.date("Visit Date", "2023-01-01", "2024-12-31"),
            Schemas.category("Machine Type", "Vending", "Coffee", "Snack"),
            Schemas.category("Machine Location", "Lobby", "Gym", "Ward 3"),
            Schemas.number("Cash Collected", "1", "900"));

    @Test
    void a_thing_is_itself_before_its_kind() {
        assertThat(ask("lifeguardrota", "total hours worked at each pool").x()).isEqualTo("pool_site");
        assertThat(ask("xmastreelines", "top 10 products by units sold").x()).isEqualTo("Product Description");
        assertThat(ask(MACHINES, "total cash collected at each machine").x()).isEqualTo("Machine Location");
        // Its kind, asked for, is still its kind.
        assertThat(ask(MACHINES, "cash collected by machine type").x()).isEqualTo("Machine Type");
        assertThat(ask("lifeguardrota", "total hours by pool type").x()).isEqualTo("Pool Type");
    }

    @Test
    void slowest_is_the_measure_named_by_a_word_of_time_not_a_month_number() {
        ChartSpec rounds = ask("paperrounds", "the 5 slowest rounds on average");
        assertThat(rounds.y()).containsExactly("DURATION_MINS");
        assertThat(rounds.limit()).isEqualTo(5);
        assertThat(ask(TRIPS, "the 3 slowest routes on average").y()).containsExactly("Duration Mins");
    }

    @Test
    void value_without_a_value_column_is_the_rows_one_amount_of_money() {
        ChartSpec quarterly = ask("roofquotes", "total value quoted per quarter");
        assertThat(quarterly.y()).containsExactly("Line Total");
        assertThat(quarterly.aggregation()).isEqualTo("sum");
        ChartSpec accepted = ask("roofquotes", "value of accepted work by roof type");
        assertThat(accepted.y()).containsExactly("Line Total");
        assertThat(accepted.x()).isEqualTo("Roof Type");
        assertThat(ask(RETURNS, "total value by store").y()).containsExactly("LineTotal");
    }

    @Test
    void the_things_counted_then_their_verb_are_not_one_misspelt_name() {
        ChartSpec students = ask("sewingenrols", "how many different students enrolled in 2024");
        assertThat(students.y()).containsExactly("Student ID");
        assertThat(students.aggregation()).isEqualTo("count_distinct");
        assertThat(students.filters()).extracting(f -> f.column()).containsExactly("Enrol Date");
        ChartSpec jobs = ask("crownjobs", "how many jobs recieved in 2024");
        assertThat(jobs.filters()).extracting(f -> f.column()).containsExactly("Rcvd Dt");
    }

    @Test
    void visitors_added_up_are_the_head_count() {
        ChartSpec monthly = ask("starnights", "total visitors per month over time");
        assertThat(monthly.y()).containsExactly("Group Size (pax)");
        assertThat(monthly.x()).isEqualTo("Visit Date");
        assertThat(ask(RETURNS, "total visitors by store").y()).containsExactly("Party Size");
    }

    @Test
    void complaints_are_counted_not_read_as_the_complainants_columns() {
        ChartSpec perWard = ask("noisecases", "top 3 wards by number of complaints");
        assertThat(perWard.x()).isEqualTo("WARD_NAME");
        assertThat(perWard.y()).isNullOrEmpty();
        assertThat(perWard.aggregation()).isEqualTo("count");
        ChartSpec perYear = ask("noisecases", "number of complaints per financial year");
        assertThat(perYear.aggregation()).isEqualTo("count");
        assertThat(perYear.y()).isNullOrEmpty();
        ChartSpec perRole = ask(APPLICATIONS, "number of applications per role");
        assertThat(perRole.x()).isEqualTo("ROLE");
        assertThat(perRole.aggregation()).isEqualTo("count");
        assertThat(perRole.y()).isNullOrEmpty();
        // Misspelt, the person's own word is still theirs.
        assertThat(Words.isTypo("complainent", "complainant")).isTrue();
        assertThat(Words.isTypo("complaint", "complainant")).isFalse();
        assertThat(Words.isTypo("application", "applicant")).isFalse();
    }

    @Test
    void attendance_is_a_column_kept_as_attend() {
        ChartSpec median = ask("sewingenrols", "median attendance for each tutor");
        assertThat(median.y()).containsExactly("Attend %");
        assertThat(median.aggregation()).isEqualTo("median");
        assertThat(ask(CLASSES, "histogram of attendance").x()).isEqualTo("Attend %");
        ChartSpec versus = ask(CLASSES, "plot attendance against the fee");
        assertThat(versus.chartType()).isEqualTo("scatter");
        assertThat(versus.y()).contains("Attend %");
    }

    @Test
    void what_people_earned_is_their_pay() {
        ChartSpec least = ask("lifeguardrota", "which 5 lifeguards earned the least in total");
        assertThat(least.y()).containsExactly("Shift Pay");
        assertThat(least.aggregation()).isEqualTo("sum");
        ChartSpec most = ask(SHIFTS, "how much did each cleaner earn in total");
        assertThat(most.x()).isEqualTo("Cleaner");
        assertThat(most.y()).containsExactly("Shift Pay");
    }
}
