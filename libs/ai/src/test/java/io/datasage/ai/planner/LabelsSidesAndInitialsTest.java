package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules round 43 of the held-out questions called for (a thing's label in the plural, repeating references,
 * readings apart by a side word, names written as initials, ordinals ranked, one-word flags in the plural, the
 * subject of the rows through an abbreviation, long tables compared with a number, the export's own year, the gross
 * amount, sizes, extremes within each group), each checked on a held-out dataset and on a schema built here.
 */
class LabelsSidesAndInitialsTest {

    /** Horse livery: one row per horse per month, a Horse Name that repeats, weights in and out, initials. */
    private static final DatasetSchema LIVERY = Schemas.of(
            600,
            new ColumnSchema("Invoice Ref", "category", null, 400, 0, List.of("INV-001", "INV-002"), null, null),
            new ColumnSchema("Horse Name", "category", null, 40, 0, List.of("Bramble", "Dusty", "Pepper"), null, null),
            Schemas.category("Yard", "North", "South", "East"),
            Schemas.category("Rug Size", "S", "M", "L", "XL"),
            Schemas.category("Shod", "Y", "N"),
            Schemas.category("Lameness", "Y", "N"),
            Schemas.category("yard_manager", "Ann", "Bo", "Cy"),
            Schemas.date("bill_month", "2023-01-01", "2024-12-01"),
            Schemas.date("Bill Date", "2023-01-01", "2024-12-01"),
            Schemas.integer("Bill Year", 2, "2023", "2024"),
            Schemas.integer("period_no", 12, "1", "12"),
            Schemas.number("Wt In (kg)", "300", "700"),
            Schemas.number("Wt Out (kg)", "300", "700"),
            Schemas.number("HPD_GBP", "5", "40"),
            new ColumnSchema("NET_GBP", "decimal", null, 500, 0, null, "0", "900"),
            new ColumnSchema("VAT_GBP", "decimal", null, 500, 0, null, "0", "200"),
            new ColumnSchema("GROSS_GBP", "decimal", null, 500, 0, null, "0", "1100"));

    @Test
    void the_plural_of_a_labelled_thing_beside_a_flag_or_a_grouping_is_the_rows() {
        ChartSpec lame = ask(LIVERY, "horses with lameness, by yard");
        assertThat(lame.x()).isEqualTo("Yard");
        assertThat(lame.series()).isNull();
        assertThat(ask("kennelstays", "dogs given meds, by size").series()).isNull();
        assertThat(ask("kennelstays", "which dogs stayed the most nights").x()).isEqualTo("Dog Name");
    }

    @Test
    void a_reference_that_repeats_across_rows_is_counted_distinct() {
        ChartSpec invoices = ask(LIVERY, "how many invoices per yard");
        assertThat(invoices.aggregation()).isEqualTo("count_distinct");
        assertThat(invoices.y()).containsExactly("Invoice Ref");
        assertThat(ask("kennelstays", "how many bookings came through each source")
                        .aggregation())
                .isEqualTo("count_distinct");
    }

    @Test
    void readings_apart_by_a_side_word_are_named_by_it_and_compared_as_versions() {
        ChartSpec weights = ask(LIVERY, "weight in vs weight out by yard");
        assertThat(weights.chartType()).isEqualTo("grouped_bar");
        assertThat(weights.y()).containsExactlyInAnyOrder("Wt In (kg)", "Wt Out (kg)");
        assertThat(ask("kennelstays", "scatter wt in against wt out").chartType())
                .isEqualTo("scatter");
    }

    @Test
    void names_written_as_initials_either_way_round_name_their_column() {
        assertThat(ask(LIVERY, "avg net by YM").x()).isEqualTo("yard_manager");
        assertThat(ask(LIVERY, "median hire per day by yard").y()).containsExactly("HPD_GBP");
        assertThat(ask("capitalworks", "avg actual % complete by PM").x()).isEqualTo("project_manager");
        assertThat(ask("fuelcards", "boxplot of price per litre by product").y())
                .containsExactly("PPL_GBP");
    }

    @Test
    void an_ordinal_ranked_against_a_measure_is_ranked_bars() {
        ChartSpec periods = ask(LIVERY, "which period has the highest gross");
        assertThat(periods.chartType()).isEqualTo("bar");
        assertThat(periods.x()).isEqualTo("period_no");
        assertThat(ask("capitalworks", "which period has the highest spend").chartType())
                .isEqualTo("bar");
    }

    @Test
    void a_one_word_flag_in_the_plural_is_the_rows_where_it_holds() {
        assertThat(ask(LIVERY, "lamenesses by yard").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Lameness");
        assertThat(ask("coldchain", "excursions by driver").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Excursion");
    }

    @Test
    void a_listed_or_counted_plural_the_data_knows_only_by_spelling_is_the_rows() {
        assertThat(ask("kennelstays", "list stays longer than 14 nights").chartType())
                .isEqualTo("table");
        ChartSpec cards = ask("fuelcards", "number of fuel cards in use at each depot");
        assertThat(cards.aggregation()).isEqualTo("count_distinct");
        assertThat(ask("fuelcards", "weekly no. of card txns").y()).isNullOrEmpty();
    }

    @Test
    void a_line_number_under_a_repeating_code_counts_the_rows() {
        ChartSpec lines = ask("fuelcards", "which 10 statements have the most lines");
        assertThat(lines.aggregation()).isEqualTo("count");
        assertThat(lines.y()).isNullOrEmpty();
    }

    @Test
    void a_number_in_a_long_table_is_compared_with_its_values() {
        assertThat(ask("coldchain", "list temperature readings above 6 degrees").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactlyInAnyOrder("Value", "Metric");
        assertThat(ask("coldchain", "scatter setpoint vs temp reading").y()).containsExactly("Value");
    }

    @Test
    void per_year_beside_a_date_and_its_own_year_column_is_that_column() {
        assertThat(ask(LIVERY, "gross per year by yard, stacked").x()).isEqualTo("Bill Year");
        assertThat(ask("fuelcards", "gross spend per year split by vehicle type, stacked")
                        .x())
                .isEqualTo("TXN_YEAR");
    }

    @Test
    void the_gross_is_the_sales_and_a_version_before_a_synonym_names_its_column() {
        assertThat(ask(LIVERY, "spend by yard").y()).containsExactly("GROSS_GBP");
        assertThat(ask(LIVERY, "net livery revenue by yard").y()).containsExactly("NET_GBP");
        assertThat(ask("planthire", "top 10 items by net hire revenue").y()).containsExactly("NET_GBP");
    }

    @Test
    void sizes_and_a_total_inside_a_name_after_an_average() {
        assertThat(ask(LIVERY, "only large rugs", "horses per yard").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("L");
        assertThat(ask("kennelstays", "avg total bill for XL dogs by block").aggregation())
                .isEqualTo("mean");
    }

    @Test
    void a_superlative_grouped_with_each_is_the_extreme_of_each_group() {
        assertThat(ask(LIVERY, "highest gross on each yard").aggregation()).isEqualTo("max");
        assertThat(ask("coldchain", "coldest temperature recorded on each route")
                        .aggregation())
                .isEqualTo("min");
        assertThat(ask("coldchain", "which route has the highest temperature").aggregation())
                .isNotIn("max", "min");
    }
}
