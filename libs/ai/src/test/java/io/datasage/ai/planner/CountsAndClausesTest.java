package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules drawn from rounds 119-124, each on a round's file and on a small schema written here: a count above zero
 * after "where a", "how long" before the things that took it, a count of things with the auxiliaries of a question
 * between its words, the net of weights beside a tare, a bare mass unit, a number before an abbreviated unit, the
 * rows a file is named after, the date that dates the rows, a deed's date and year, a kind said in full for a
 * shortened name, and a verb or its opposite naming a value or a flag's no.
 */
class CountsAndClausesTest {

    /** A care agency's visits: a visit number, counts of things on each visit and how long each took. */
    private static final DatasetSchema VISITS = Schemas.of(
            12000,
            Schemas.text("VISIT_NO", 12000, "V1", "V12000"),
            Schemas.date("VISIT_DT", "2023-01-01", "2024-12-31"),
            Schemas.category("AREA", "North", "South", "East"),
            Schemas.integer("FALLS", 4, "0", "3"),
            Schemas.integer("Clients Helped", 6, "1", "6"),
            Schemas.integer("Visit Mins", 120, "10", "180"));

    /** A quarry's weighbridge tickets: tonnes weighed with and without the lorry, a skip's size in yards. */
    private static final DatasetSchema WEIGHBRIDGE = new DatasetSchema(
            "quarrytickets",
            20000,
            List.of(
                    Schemas.text("Ticket No", 20000, "Q1", "Q20000"),
                    Schemas.date("Booking Date", "2023-01-01", "2024-12-31"),
                    Schemas.datetime("Collection Time", "2023-01-02T07:00:00", "2025-01-05T17:00:00"),
                    Schemas.category("ticketStatus", "Weighed", "Void"),
                    Schemas.category("Product", "Type 1", "Sand", "Gravel"),
                    Schemas.number("gross_t", "8", "44"),
                    Schemas.number("tare_t", "7", "15"),
                    Schemas.number("net_t", "1", "29"),
                    Schemas.number("PRICE_GBP_T", "8", "40"),
                    Schemas.integer("BAG_SZ_YD", 4, "1", "8")));

    /** A shop's till lines: a shift's own date beside the moment it started, a charge date named after the file. */
    private static final DatasetSchema TILLS = new DatasetSchema(
            "tillrefunds",
            9000,
            List.of(
                    Schemas.text("line_id", 9000, "L1", "L9000"),
                    Schemas.date("sale_date", "2023-01-01", "2024-12-31"),
                    Schemas.date("refunded_date", "2023-01-01", "2024-12-31"),
                    Schemas.date("SHIFT_DT", "2023-01-01", "2024-12-31"),
                    Schemas.datetime("SHIFT_START_DTTM", "2023-01-01T06:00:00", "2024-12-31T18:00:00"),
                    Schemas.number("refund_gbp", "1", "300")));

    @Test
    void an_unqualified_weight_beside_a_tare_is_the_net_and_a_bare_mass_unit_is_the_weight() {
        assertThat(ask("combineloads", "tonnes per field for the 2024 harvest").y())
                .containsExactly("net_t");
        assertThat(ask(WEIGHBRIDGE, "total tonnage by product").y()).containsExactly("net_t");
        assertThat(ask(WEIGHBRIDGE, "average price per tonne by product").y()).containsExactly("PRICE_GBP_T");
        ChartSpec spread = ask("skiprentals", "spread of weights for each skip size");
        assertThat(spread.chartType()).isEqualTo("box");
        assertThat(spread.y()).containsExactly("TONNES");
    }

    @Test
    void a_number_before_a_unit_a_name_abbreviates_keeps_that_value() {
        assertThat(ask("skiprentals", "average weight in an 8 yard skip").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("SKIP_SZ_YD"));
        assertThat(ask(WEIGHBRIDGE, "how many 4 yard bags").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("BAG_SZ_YD"));
    }

    @Test
    void the_plural_a_file_is_named_after_is_its_rows_not_their_status() {
        ChartSpec rounds = ask("golfrounds", "rounds by course");
        assertThat(rounds.chartType()).isEqualTo("bar");
        assertThat(rounds.series()).isNull();
        ChartSpec tickets = ask(WEIGHBRIDGE, "tickets by product");
        assertThat(tickets.chartType()).isEqualTo("bar");
        assertThat(tickets.x()).isEqualTo("Product");
        assertThat(tickets.series()).isNull();
    }

    @Test
    void rows_are_dated_by_the_thing_booked_its_own_date_and_the_files_participle() {
        assertThat(ask("golfrounds", "no shows by month").x()).isEqualTo("teeTime");
        assertThat(ask(WEIGHBRIDGE, "tickets per month").x()).isEqualTo("Collection Time");
        assertThat(ask("doorsupervisors", "no. of shifts per month").x()).isEqualTo("SHIFT_DT");
        assertThat(ask(TILLS, "lines per month").x()).isEqualTo("refunded_date");
        assertThat(ask("minibarcharges", "gross minibar sales by month").x()).isEqualTo("charged_date");
    }

    /** A lettings agent's enquiries: bookings taken beside viewings, an enquiry year, shortened kinds and flags. */
    private static final DatasetSchema LETTINGS = new DatasetSchema(
            "viewingslog",
            6000,
            List.of(
                    Schemas.text("Booking Ref", 6000, "B1", "B6000"),
                    Schemas.date("Booked Date", "2023-01-01", "2024-12-31"),
                    Schemas.date("Viewing Date", "2023-01-05", "2025-01-31"),
                    Schemas.date("Listed Date", "2022-06-01", "2024-12-31"),
                    Schemas.integer("Listing Year", 3, "2022", "2024"),
                    Schemas.category("PROP_CD", "F", "H", "B"),
                    Schemas.category("PROP_DESC", "Flat", "House", "Bungalow"),
                    Schemas.category("Outcome", "Let", "Lost", "Withdrawn"),
                    Schemas.flag("ACCPTD_YN"),
                    Schemas.category("MVMT_TYPE", "Chain", "Cash"),
                    Schemas.number("Rent (£)", "400", "3000")));

    @Test
    void a_deed_said_of_the_rows_picks_its_date_and_its_year() {
        assertThat(ask("marinaberths", "bookings taken per week in 2024").x()).isEqualTo("Booked Date");
        assertThat(ask(LETTINGS, "bookings made per month").x()).isEqualTo("Booked Date");
        assertThat(ask("busshelterads", "total net price for campaigns posted in 2024")
                        .filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Posted Date"));
        assertThat(ask(LETTINGS, "average rent for listings listed in 2024").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("Listed Date"));
    }

    @Test
    void a_kind_said_in_full_is_the_description_of_a_shortened_name() {
        assertThat(ask("dentallabcases", "average unit price by prosthesis type")
                        .x())
                .isEqualTo("PROS_DESC");
        assertThat(ask(LETTINGS, "average rent by property type").x()).isEqualTo("PROP_DESC");
        ChartSpec movements = ask("clockrepairs", "labour hours against final charge coloured by movement");
        assertThat(movements.chartType()).isEqualTo("scatter");
        assertThat(movements.series()).isEqualTo("MVMT_TYPE");
        assertThat(ask(LETTINGS, "average rent by movement").x()).isEqualTo("MVMT_TYPE");
    }

    @Test
    void a_verb_or_its_opposite_names_a_value_or_a_flags_no() {
        assertThat(ask("glazingquotes", "how many quotes did we win between jan and june 2024")
                        .filters())
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("Won"));
        assertThat(ask(LETTINGS, "how many viewings did we lose").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Lost"));
        assertThat(ask("clockrepairs", "how many estimates were declined").filters())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.column()).isEqualTo("APPRVD_YN");
                    assertThat(f.value()).isEqualTo("N");
                });
        assertThat(ask(LETTINGS, "how many offers were rejected").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.column()).isEqualTo("ACCPTD_YN"));
    }

    @Test
    void a_count_after_where_a_is_above_zero() {
        ChartSpec lives = ask("coastguardcalls", "list the incidents where a life was lost");
        assertThat(lives.chartType()).isEqualTo("table");
        assertThat(lives.filters()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("LIVES_LOST");
            assertThat(f.op()).isEqualTo(">");
        });
        assertThat(ask(VISITS, "list visits where a fall happened").filters())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.column()).isEqualTo("FALLS");
                    assertThat(f.op()).isEqualTo(">");
                });
    }

    @Test
    void how_long_before_the_things_counted_is_their_duration() {
        ChartSpec incidents = ask("coastguardcalls", "distribution of how long incidents last");
        assertThat(incidents.chartType()).isEqualTo("histogram");
        assertThat(incidents.x()).isEqualTo("DUR_MINS");
        ChartSpec visits = ask(VISITS, "how long do visits take, as a histogram");
        assertThat(visits.chartType()).isEqualTo("histogram");
        assertThat(visits.x()).isEqualTo("Visit Mins");
    }

    @Test
    void a_count_of_things_asked_with_auxiliaries_is_added_up() {
        ChartSpec people = ask("coastguardcalls", "how many people have we assisted in total");
        assertThat(people.aggregation()).isEqualTo("sum");
        assertThat(people.y()).containsExactly("PERS_ASSISTED");
        ChartSpec clients = ask(VISITS, "how many clients have we helped");
        assertThat(clients.aggregation()).isEqualTo("sum");
        assertThat(clients.y()).containsExactly("Clients Helped");
    }
}
