package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 35 of the held-out questions called for (a mostly empty date, a word averaged or valued, a value
 * left out, the rows of a participle value, a time word inside a name, the date of the rows' thing, tonnes, a flag's
 * opposite), each checked on a held-out dataset and on a schema built here.
 */
class RefundsAndHiresTest {

    /** Insurance claims: an id and an amount named after the same thing, a status of participles, two dates. */
    private static final DatasetSchema CLAIMS = Schemas.of(
            40000,
            Schemas.text("Claim ID", 40000, "C-1", "C-40000"),
            Schemas.date("Lodged Date", "2022-01-01", "2024-12-31"),
            new ColumnSchema("Start Date", "date", null, 300, 36000, null, "2022-02-01", "2025-01-31"),
            Schemas.category("Region", "North", "South", "East", "West"),
            Schemas.category("Status", "Approved", "Rejected", "Pending"),
            new ColumnSchema("Claim Amount ($)", "decimal", "$", 9000, 0, null, "10", "90000"),
            new ColumnSchema("Policy Value ($)", "decimal", "$", 9000, 0, null, "1000", "900000"),
            Schemas.integer("Calls Day", 40, "0", "40"),
            Schemas.integer("Calls Night", 40, "0", "40"),
            Schemas.number("Handling Hrs", "0", "90"),
            Schemas.flag("IsInternal"));

    /** Port calls: cargo in tonnes, bookings whose events have their own date. */
    private static final DatasetSchema PORTS = Schemas.of(
            12000,
            Schemas.text("call_ref", 12000, "P-1", "P-12000"),
            Schemas.date("enquiry_date", "2021-01-01", "2024-12-31"),
            Schemas.date("event_date", "2021-03-01", "2026-06-30"),
            Schemas.category("port", "Hull", "Tees", "Forth"),
            Schemas.category("city", "Hull", "Middlesbrough", "Leith"),
            Schemas.number("cargo (t)", "0", "90000"));

    @Test
    void a_date_most_rows_lack_is_not_the_one_they_are_counted_by() {
        assertThat(ask(CLAIMS, "how many claims per month").x()).isEqualTo("Lodged Date");
        assertThat(ask("recruitment", "how many applications per month").x()).isEqualTo("AppliedDate");
    }

    @Test
    void a_word_averaged_or_valued_is_the_money_named_after_it() {
        ChartSpec averaged = ask(CLAIMS, "average claim by region");
        assertThat(averaged.y()).containsExactly("Claim Amount ($)");
        assertThat(averaged.aggregation()).isEqualTo("mean");
        assertThat(ask(CLAIMS, "monthly claim value").y()).containsExactly("Claim Amount ($)");
        assertThat(ask("refunds", "average refund by reason code").y()).containsExactly("Refund_Amt (GBP)");
        assertThat(ask("refunds", "weekly refund value for the App channel in 2024")
                        .y())
                .containsExactly("Refund_Amt (GBP)");
    }

    @Test
    void a_value_followed_by_excluded_is_left_out_and_its_column_still_groups() {
        ChartSpec built = ask(CLAIMS, "median claim amount per region, north excluded");
        assertThat(built.x()).isEqualTo("Region");
        assertThat(built.filters()).extracting("column", "op", "value").containsExactly(tuple("Region", "!=", "North"));
        ChartSpec refunds = ask("refunds", "median refund amt per product category, electronics excluded");
        assertThat(refunds.x()).isEqualTo("Product_Category");
        assertThat(refunds.filters()).extracting("op").containsExactly("!=");
    }

    @Test
    void the_plural_noun_of_a_participle_value_counts_the_rows_with_it() {
        ChartSpec approvals = ask(CLAIMS, "approvals by region");
        assertThat(approvals.x()).isEqualTo("Region");
        assertThat(approvals.aggregation()).isEqualTo("count");
        assertThat(approvals.filters()).extracting("column", "value").containsExactly(tuple("Status", "Approved"));
        assertThat(ask(CLAIMS, "how many rejections").filters())
                .extracting("column", "value")
                .containsExactly(tuple("Status", "Rejected"));
        ChartSpec hires = ask("recruitment", "hires by department");
        assertThat(hires.chartType()).isEqualTo("bar");
        assertThat(hires.filters()).extracting("column", "value").containsExactly(tuple("Stage", "Hired"));
        assertThat(ask("weddings", "how many cancellations have we had?").filters())
                .extracting("column", "value")
                .containsExactly(tuple("status", "Cancelled"));
    }

    @Test
    void a_word_of_time_before_a_name_it_tells_apart_is_part_of_the_name() {
        ChartSpec built = ask(CLAIMS, "night calls vs handling hrs");
        assertThat(built.chartType()).isEqualTo("scatter");
        assertThat(built.y()).containsExactly("Calls Night");
        ChartSpec weddings = ask("weddings", "day guests vs quote");
        assertThat(weddings.y()).containsExactly("guests_day");
        assertThat(weddings.x()).isEqualTo("total_quote_gbp");
    }

    @Test
    void a_year_filters_the_date_of_the_thing_the_rows_are_called() {
        ChartSpec built = ask(PORTS, "enquiries over time, monthly, 2023");
        assertThat(built.x()).isEqualTo("enquiry_date");
        assertThat(built.filters()).extracting("column").containsExactly("enquiry_date");
        assertThat(ask("weddings", "enquiries over time, weekly, 2024").filters())
                .extracting("column")
                .containsExactly("enquiry_date");
    }

    @Test
    void tonnes_add_up_and_taking_place_is_a_condition() {
        ChartSpec share = ask(PORTS, "share of cargo by port");
        assertThat(share.chartType()).isEqualTo("pie");
        assertThat(share.aggregation()).isEqualTo("sum");
        assertThat(ask("freight", "share of net payload by commodity").chartType())
                .isEqualTo("pie");
        ChartSpec taking = ask(PORTS, "number of calls per city for events taking place in 2025");
        assertThat(taking.y()).isNullOrEmpty();
        assertThat(taking.x()).isEqualTo("city");
        ChartSpec weddings = ask("weddings", "number of bookings per region for weddings taking place in 2025");
        assertThat(weddings.chartType()).isEqualTo("bar");
        assertThat(weddings.y()).isNullOrEmpty();
    }

    @Test
    void an_opposite_names_the_other_side_of_a_flag() {
        ChartSpec built = ask(CLAIMS, "count of internal vs external claims");
        assertThat(built.chartType()).isEqualTo("bar");
        assertThat(built.x()).isEqualTo("IsInternal");
        assertThat(ask("recruitment", "count of internal vs external applicants")
                        .x())
                .isEqualTo("IsInternal");
    }
}
