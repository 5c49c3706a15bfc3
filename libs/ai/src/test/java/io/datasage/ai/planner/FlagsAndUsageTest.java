package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 33 of the held-out questions called for (a flag's "Y/N" suffix, amounts only in numbers, hashed
 * ids, the thing a lone date dates, verbs of the business vocabulary, data usage, a price per unit, plural names, the spread of the rows' amount), each checked on
 * a held-out dataset and on a schema built here.
 */
class FlagsAndUsageTest {

    /** A council's supplier payments: a Y/N flag, two dates, a kind of expense beside the money. */
    private static final DatasetSchema PAYMENTS = Schemas.of(
            90000,
            Schemas.text("Txn Ref", 90000, "P1", "P90000"),
            Schemas.date("Payment Date", "2022-04-01", "2024-03-31"),
            Schemas.date("Invoice Date", "2022-03-01", "2024-03-20"),
            Schemas.category("Supplier Name", "Acme Ltd", "Bolt plc", "Civic Care"),
            Schemas.category("Expense Type", "Agency Staff", "IT", "Consultancy"),
            Schemas.category("Approved Y/N", "Y", "N"),
            new ColumnSchema("Net Amount (£)", "decimal", null, 40000, 0, null, "500", "900000"));

    /** Phone-plan months: a hashed subscriber beside its rows, data in GB, two prices with units. */
    private static final DatasetSchema USAGE = Schemas.of(
            60000,
            Schemas.text("account_hash", 5000, "a9f3", "07c1"),
            Schemas.date("Bill Month", "2023-01-01", "2024-12-01"),
            Schemas.category("Plan", "Basic", "Plus", "Max"),
            Schemas.number("Data Used (GB)", "0", "200"),
            Schemas.number("Price per Line ($)", "5", "60"),
            Schemas.number("Price ($/GB)", "0.1", "9"),
            Schemas.money("Fee ($)"));

    /** Auction lots: a money total whose first word is a small word of questions ("lot"). */
    private static final DatasetSchema AUCTION = Schemas.of(
            20000,
            Schemas.text("Lot No", 20000, "L1", "L20000"),
            Schemas.date("Sale Date", "2021-01-01", "2024-12-31"),
            Schemas.category("Market", "Skipton", "Hexham", "Carlisle"),
            new ColumnSchema("Lot Total (£)", "decimal", null, 9000, 0, null, "50", "90000"),
            Schemas.integer("Head Count", 200, "1", "200"));

    @Test
    void a_plural_names_a_column_whose_words_are_small_ones_and_the_rows_spread_by_their_amount() {
        ChartSpec lots = ask(AUCTION, "yearly lot totals at Hexham");
        assertThat(lots.y()).containsExactly("Lot Total (£)");
        assertThat(lots.aggregation()).isEqualTo("sum");
        assertThat(ask("livestock", "yearly lot totals at Skipton").y()).containsExactly("Lot Total (£)");
        ChartSpec payments = ask(PAYMENTS, "distribution of payment values");
        assertThat(payments.chartType()).isEqualTo("histogram");
        assertThat(payments.x()).isEqualTo("Net Amount (£)");
        assertThat(ask("supplierpayments", "distribution of payment values").x())
                .isEqualTo("Net Amount (£)");
    }

    @Test
    void a_flag_is_named_without_its_y_n_and_amounts_are_only_numbers() {
        ChartSpec unapproved = ask(PAYMENTS, "unapproved payments by supplier name");
        assertThat(unapproved.filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(tuple("Approved Y/N", "N"));
        ChartSpec spend = ask(PAYMENTS, "top 5 suppliers by spend");
        assertThat(spend.y()).containsExactly("Net Amount (£)");
        assertThat(spend.series()).isNull();
        assertThat(ask("livestock", "unsold lots by market").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Sold Y/N");
        assertThat(ask("livestock", "total turnover").chartType()).isEqualTo("kpi");
    }

    @Test
    void a_hashed_id_is_who_the_rows_are_about_and_unique_counts_it() {
        ChartSpec accounts = ask(USAGE, "unique accounts per month");
        assertThat(accounts.aggregation()).isEqualTo("count_distinct");
        assertThat(accounts.y()).containsExactly("account_hash");
        ChartSpec subscribers = ask("mobileusage", "unique subscribers per month");
        assertThat(subscribers.aggregation()).isEqualTo("count_distinct");
        assertThat(subscribers.y()).containsExactly("msisdn_hash");
    }

    @Test
    void the_thing_a_lone_date_dates_is_the_rows_unless_a_word_of_time_follows() {
        ChartSpec payments = ask(PAYMENTS, "avg payment value by expense type");
        assertThat(payments.chartType()).isEqualTo("bar");
        assertThat(payments.x()).isEqualTo("Expense Type");
        assertThat(payments.y()).containsExactly("Net Amount (£)");
        assertThat(ask("supplierpayments", "biggest single payment").chartType())
                .isEqualTo("kpi");
        assertThat(ask("customers", "relationship between signup year and spend")
                        .x())
                .isEqualTo("Signup Date");
    }

    @Test
    void a_verb_of_the_business_vocabulary_is_never_a_misspelt_keyword() {
        ChartSpec fees = ask(USAGE, "max fee charged per plan");
        assertThat(fees.chartType()).isEqualTo("bar");
        assertThat(fees.x()).isEqualTo("Plan");
        assertThat(ask("tolls", "max toll charged at each plaza code").x()).isEqualTo("Plaza Code");
    }

    @Test
    void data_usage_is_the_data_used_and_a_price_per_unit_is_the_price_in_that_unit() {
        ChartSpec usage = ask(USAGE, "avg data usage by plan");
        assertThat(usage.y()).containsExactly("Data Used (GB)");
        assertThat(usage.aggregation()).isEqualTo("mean");
        assertThat(ask("mobileusage", "median data use for 5G users").y()).containsExactly("Data Used (GB)");
        assertThat(ask(USAGE, "avg price per gb by plan").y()).containsExactly("Price ($/GB)");
        assertThat(ask("livestock", "avg price per kg by market").y()).containsExactly("Price (p/kg)");
    }
}
