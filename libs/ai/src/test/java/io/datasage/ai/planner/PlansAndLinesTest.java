package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules round 38 of the held-out questions called for (two measures compared per group, planned beside actual
 * amounts, a participle after a measure, lines of a parent, what a row's id and number sign name, a money column
 * named "Paid", a flag's rows compared, a name said twice, a unit after a number), each checked on a held-out dataset
 * and on a schema built here.
 */
class PlansAndLinesTest {

    /** Invoice lines: Line No numbering each invoice's lines, planned and actual loads, a paid amount. */
    private static final DatasetSchema LINES = Schemas.of(
            40000,
            Schemas.text("Invoice #", 12000, "INV-1", "INV-12000"),
            Schemas.integer("Line No", 9, "1", "9"),
            Schemas.date("Invoiced On", "2022-01-01", "2024-12-31"),
            Schemas.date("Service Start", "2021-06-01", "2024-12-31"),
            Schemas.category("Region", "North", "South", "East"),
            Schemas.category("Service", "Repair", "Install", "Inspect"),
            Schemas.number("Planned Load (kg)", "0", "40"),
            Schemas.number("Actual Load (kg)", "0", "60"),
            Schemas.integer("Engineers Sent", 8, "1", "8"),
            new ColumnSchema("List Price (USD)", "decimal", "$", 400, 0, null, "10", "5000"),
            new ColumnSchema("Paid (USD)", "decimal", "$", 9000, 0, null, "0", "5000"),
            new ColumnSchema("Warranty", "category", null, 2, 0, List.of("Y", "N"), null, null));

    /** Course enrolments: one row per enrolment, numbered "Enrol #", dated when enrolled and when the course starts. */
    private static final DatasetSchema ENROLMENTS = Schemas.of(
            5000,
            Schemas.text("Enrol #", 5000, "E-1", "E-5000"),
            Schemas.date("Course Start", "2022-01-01", "2024-12-31"),
            Schemas.date("Enrolled On", "2021-10-01", "2024-12-31"),
            Schemas.category("Venue", "Leeds", "York"),
            new ColumnSchema("Member", "category", null, 2, 0, List.of("Y", "N"), null, null),
            Schemas.money("Spend"));

    @Test
    void two_measures_compared_with_an_aggregation_per_group_are_side_by_side_bars() {
        ChartSpec built = ask(LINES, "total paid vs list price per region");
        assertThat(built.chartType()).isEqualTo("grouped_bar");
        assertThat(built.x()).isEqualTo("Region");
        assertThat(ask(LINES, "paid vs list price, colour by region").chartType())
                .isEqualTo("scatter");
        assertThat(ask("dentalcare", "total insurer paid vs patient paid per clinic")
                        .chartType())
                .isEqualTo("grouped_bar");
        assertThat(ask("coworking", "net vs gross invoice totals per plan").chartType())
                .isEqualTo("grouped_bar");
    }

    @Test
    void words_one_column_has_in_common_name_it_and_the_plan_yields_to_the_actual() {
        assertThat(ask(LINES, "total actual kg by region").y()).containsExactly("Actual Load (kg)");
        assertThat(ask(LINES, "kg by region").y()).containsExactly("Actual Load (kg)");
        assertThat(ask(LINES, "planned kg by region").y()).containsExactly("Planned Load (kg)");
        assertThat(ask("zoofeeding", "total actual kg fed by zone").y()).containsExactly("Actual Qty (kg)");
        assertThat(ask("zoofeeding", "kg fed by zone broken down by diet type, stacked")
                        .y())
                .containsExactly("Actual Qty (kg)");
    }

    @Test
    void a_kind_of_money_before_a_column_named_paid_is_that_column_and_it_is_the_revenue() {
        assertThat(ask(LINES, "avg price paid per service").y()).containsExactly("Paid (USD)");
        assertThat(ask(LINES, "revenue by region").y()).containsExactly("Paid (USD)");
        assertThat(ask("confregs", "avg price paid per city").y()).containsExactly("Paid (USD)");
        assertThat(ask("confregs", "revenue by city and ticket type, grouped bars")
                        .y())
                .containsExactly("Paid (USD)");
    }

    @Test
    void the_lines_of_a_parent_are_the_rows() {
        ChartSpec built = ask(LINES, "share of invoice lines by service");
        assertThat(built.chartType()).isEqualTo("pie");
        assertThat(built.y()).isNullOrEmpty();
        assertThat(built.aggregation()).isEqualTo("count");
        ChartSpec dental = ask("dentalcare", "count of treatment lines by tx code");
        assertThat(dental.aggregation()).isEqualTo("count");
        assertThat(dental.y()).isNullOrEmpty();
    }

    @Test
    void the_thing_an_id_names_dates_the_rows() {
        assertThat(ask(ENROLMENTS, "enrolments per month").x()).isEqualTo("Enrolled On");
        assertThat(ask("confregs", "weekly registrations").x()).isEqualTo("Registered On");
        assertThat(ask("confregs", "weekly signups over time").x()).isEqualTo("Registered On");
        assertThat(ask("zoofeeding", "share of feeds by session (am / midday / pm)")
                        .x())
                .isEqualTo("Session");
        assertThat(ask("coworking", "total VAT collected in 2023").filters())
                .extracting("column")
                .containsExactly("Billing Month");
    }

    @Test
    void a_flag_before_the_rows_compared_with_others_groups_by_the_flag() {
        assertThat(ask(ENROLMENTS, "avg spend for member entries vs the rest").x())
                .isEqualTo("Member");
        assertThat(ask("zoofeeding", "avg leftover kg for enrichment feeds vs normal ones")
                        .x())
                .isEqualTo("Enrichment Y/N");
    }

    @Test
    void a_name_said_twice_and_a_unit_after_a_number_are_used_once() {
        ChartSpec built = ask(LINES, "how many invoices under warranty (warranty Y)");
        assertThat(built.chartType()).isEqualTo("kpi");
        assertThat(built.filters()).extracting("column", "value").containsExactly(tuple("Warranty", "Y"));
        assertThat(ask(LINES, "list the lines that paid more than 1500 USD").chartType())
                .isEqualTo("table");
        assertThat(ask("coworking", "how many distinct members have churned (churn flag Y)")
                        .chartType())
                .isEqualTo("kpi");
        assertThat(ask("confregs", "list the registrations that paid more than 1500 USD")
                        .chartType())
                .isEqualTo("table");
    }
}
