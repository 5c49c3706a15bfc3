package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 41 of the held-out questions called for (stages of one amount, the time a name already says, rows
 * named by a date's noun, a negated flag, shares of a flag's rows, averages per unit of time, a subject's kinds, a
 * verb after the people counted, plural initials, counts of days as durations, a heatmap's time axis), each checked
 * on a held-out dataset and on a schema built here.
 */
class StagesSubjectsAndRatesTest {

    /** Machine days: one row per machine per day, a flag for being in service, counts and times. */
    private static final DatasetSchema MACHINES = Schemas.of(
            50000,
            Schemas.text("Machine ID", 140, "M-001", "M-140"),
            Schemas.date("Reading Dt", "2024-01-01", "2024-12-31"),
            Schemas.category("Plant", "Leeds", "Hull", "York"),
            Schemas.category("Line Type", "Press", "Lathe", "Mill"),
            Schemas.category("Alarm Raised", "N", "Y"),
            Schemas.category("In Service", "TRUE", "FALSE"),
            Schemas.integer("Stop Cnt", 12, "0", "11"),
            Schemas.integer("Jam Cnt", 9, "0", "8"),
            Schemas.number("Avg Cycle (s)", "2", "90"),
            Schemas.integer("Downtime (min)", 600, "0", "1440"));

    /** Orders with quoted and invoiced money, ordered and shipped units, and the customers who placed them. */
    private static final DatasetSchema ORDERS = Schemas.of(
            6000,
            Schemas.text("Order Ref", 6000, "O-1", "O-6000"),
            Schemas.category("Customer", "Acme", "Globex", "Initech", "Umbrella"),
            Schemas.category("Cust Type", "Retail", "Trade"),
            Schemas.category("Order Kind", "Repeat", "New", "Sample"),
            Schemas.date("Order Dt", "2023-01-01", "2024-12-31"),
            Schemas.date("Ship Dt", "2023-01-02", "2025-01-10"),
            Schemas.category("Ship Type", "Courier", "Pallet", "Collect"),
            Schemas.category("Rep Grade", "Senior Rep", "Junior Rep", "Area Manager"),
            new ColumnSchema("Quoted Amt ($)", "decimal", "$", 4000, 0, null, "10", "9000"),
            new ColumnSchema("Invoiced Amt ($)", "decimal", "$", 4000, 0, null, "10", "9500"),
            Schemas.integer("Units Ordered", 40, "1", "40"),
            Schemas.integer("Units Shipped", 40, "0", "40"),
            Schemas.integer("Days to Ship", 30, "0", "29"),
            Schemas.integer("Age of Account (mths)", 120, "1", "120"));

    @Test
    void two_amounts_named_alike_but_for_a_participle_are_stages_of_one_amount() {
        ChartSpec built = ask(ORDERS, "quoted vs invoiced by cust type");
        assertThat(built.chartType()).isEqualTo("grouped_bar");
        assertThat(built.y()).containsExactly("Quoted Amt ($)", "Invoiced Amt ($)");
        assertThat(ask("eventcatering", "quoted vs invoiced by client type").chartType())
                .isEqualTo("grouped_bar");
        // Places are not stages: "NA vs EU sales for each genre" stays a scatter.
        assertThat(ask("games", "NA vs EU sales for each genre").chartType()).isEqualTo("scatter");
    }

    @Test
    void time_after_a_name_kept_in_a_unit_of_time_is_that_name() {
        ChartSpec built = ask(MACHINES, "avg cycle time by plant");
        assertThat(built.chartType()).isEqualTo("bar");
        assertThat(built.y()).containsExactly("Avg Cycle (s)");
        assertThat(ask("lifttelemetry", "avg wait time by building").y()).containsExactly("Avg Wait (s)");
    }

    @Test
    void a_plural_that_only_partly_names_a_date_is_the_rows_when_listed_or_grouped_by_something_else() {
        assertThat(ask(MACHINES, "list readings with downtime over 8 hrs").chartType())
                .isEqualTo("table");
        assertThat(ask("lifttelemetry", "list readings with downtime over 8 hrs")
                        .chartType())
                .isEqualTo("table");
        ChartSpec sessions = ask("simchecks", "sessions by sim device and check type stacked");
        assertThat(sessions.x()).isEqualTo("Sim Device");
        assertThat(sessions.series()).isEqualTo("Check Type");
        // Grouped by time, the plural still dates the rows by its own date.
        assertThat(ask("streettrees", "inspections per month in 2024").x()).isEqualTo("Last Inspected");
    }

    @Test
    void out_of_before_a_flag_keeps_the_rows_where_it_is_false() {
        ChartSpec built = ask(MACHINES, "days out of service per plant");
        assertThat(built.x()).isEqualTo("Plant");
        assertThat(built.filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(tuple("In Service", "FALSE"));
        assertThat(ask("lifttelemetry", "days out of service per building").filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(tuple("In Service", "FALSE"));
    }

    @Test
    void a_share_of_a_flags_plural_by_a_group_divides_the_rows_where_it_holds() {
        ChartSpec built = ask(MACHINES, "what share of alarms come from each plant");
        assertThat(built.chartType()).isEqualTo("pie");
        assertThat(built.x()).isEqualTo("Plant");
        assertThat(built.filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(tuple("Alarm Raised", "Y"));
        assertThat(ask("lifttelemetry", "what share of alarms come from each portfolio")
                        .chartType())
                .isEqualTo("pie");
    }

    @Test
    void an_average_per_unit_of_time_by_a_group_is_a_rate_by_that_group() {
        ChartSpec built = ask(MACHINES, "avg jams per day by line type");
        assertThat(built.chartType()).isEqualTo("bar");
        assertThat(built.x()).isEqualTo("Line Type");
        assertThat(ask("lifttelemetry", "avg door reopens per day by firmware version")
                        .x())
                .isEqualTo("Firmware Ver");
        // A total per year by a group is still over the years.
        assertThat(ask("landings", "stacked bars of landed value per year by gear type")
                        .x())
                .isEqualTo("LandingDate");
    }

    @Test
    void the_subject_of_several_columns_shared_out_or_grouped_by_names_its_kinds() {
        ChartSpec built = ask(ORDERS, "share of orders");
        assertThat(built.chartType()).isEqualTo("pie");
        assertThat(built.x()).isEqualTo("Order Kind");
        assertThat(ask("shelterintakes", "share of outcomes").x()).isEqualTo("Outcome Type");
        assertThat(ask("shelterintakes", "heatmap species x outcome").series()).isEqualTo("Outcome Type");
        // Counted or grouped by something else, the subject is the rows.
        assertThat(ask("shelterintakes", "outcomes by species").x()).isEqualTo("Species");
        assertThat(ask("donations", "how many gifts did we receive each month").y())
                .isNullOrEmpty();
    }

    @Test
    void a_participle_after_the_people_counted_is_what_they_did() {
        ChartSpec built = ask(ORDERS, "how many distinct customers shipped samples");
        assertThat(built.aggregation()).isEqualTo("count_distinct");
        assertThat(built.y()).containsExactly("Customer");
        ChartSpec clients = ask("eventcatering", "how many distinct clients booked weddings");
        assertThat(clients.y()).containsExactly("Client");
        assertThat(clients.aggregation()).isEqualTo("count_distinct");
    }

    @Test
    void upper_case_initials_in_the_plural_name_a_value() {
        assertThat(ask(ORDERS, "list orders taken by SRs").filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .contains(tuple("Rep Grade", "Senior Rep"));
        assertThat(ask("simchecks", "list FOs who failed an OPC").filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .contains(tuple("Rank", "First Officer"));
    }

    @Test
    void a_name_beginning_with_a_plural_unit_of_time_is_how_long_and_an_age_is_not() {
        assertThat(ask(ORDERS, "avg lead time by cust type").y()).containsExactly("Days to Ship");
        assertThat(ask("shelterintakes", "whats the avg length of stay by intake type")
                        .y())
                .containsExactly("Days in Care");
    }

    @Test
    void in_a_heatmap_a_unit_of_time_after_vs_is_the_other_axis() {
        ChartSpec built = ask(MACHINES, "heatmap of stops, plant vs month");
        assertThat(built.chartType()).isEqualTo("heatmap");
        assertThat(built.timeGrain()).isEqualTo("month");
        assertThat(built.y()).containsExactly("Stop Cnt");
        assertThat(ask("lifttelemetry", "heatmap of faults, building vs month").timeGrain())
                .isEqualTo("month");
    }
}
