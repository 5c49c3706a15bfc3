package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 42 of the held-out questions called for (the version a qualifier names, lines numbered within a
 * parent, a value's first word in the plural, a year axis as grouped bars, words between a duration and "time", a
 * keyword grouped by, a flag against its negation, versions of an amount in snake_case, the action a participle is
 * made from, one-letter values of a name's words, a chart word before a name, abbreviated discounts, the rows after
 * "per"), each checked on a held-out dataset and on a schema built here.
 */
class VersionsLinesAndActionsTest {

    /** Bar tabs: several lines per tab (an integer tab number), gross, discount and net money, a happy-hour flag. */
    private static final DatasetSchema TABS = Schemas.of(
            80000,
            Schemas.integer("Tab No.", 20000, "5001", "25000"),
            Schemas.integer("Line No.", 12, "1", "12"),
            Schemas.category("Bar", "Quay", "Loft", "Yard"),
            Schemas.category("Bartender", "Ann", "Bo", "Cy"),
            Schemas.category("Pour Type", "Draught", "Bottle", "Spirit"),
            Schemas.category("Happy Hour (0/1)", "0", "1"),
            Schemas.category("Stock Move", "RESTOCK", "SPILL", "POUR"),
            new ColumnSchema("Gross Amt (€)", "decimal", "€", 3000, 0, null, "0", "200"),
            new ColumnSchema("Disc Amt (€)", "decimal", "€", 400, 0, null, "0", "50"),
            new ColumnSchema("Net Amt (€)", "decimal", "€", 3000, 0, null, "0", "200"),
            Schemas.number("Pour Vol (ml)", "25", "568"));

    /** Tank readings in snake_case: a forecast and the actual level, a year column beside the date, read types. */
    private static final DatasetSchema TANKS = Schemas.of(
            30000,
            Schemas.category("tank_id", "T1", "T2", "T3"),
            Schemas.category("site", "North", "South"),
            Schemas.date("read_date", "2022-01-01", "2024-12-31"),
            Schemas.integer("read_yr", 3, "2022", "2024"),
            Schemas.category("read_type", "Actual", "Estimated"),
            Schemas.category("full_empty", "F", "E"),
            Schemas.number("expected_l", "0", "90000"),
            Schemas.number("level_l", "0", "90000"),
            Schemas.integer("duration_min", 90, "1", "90"));

    @Test
    void a_qualifier_that_begins_a_synonym_names_the_money_column_that_has_it() {
        assertThat(ask(TABS, "net sales by bar").y()).containsExactly("Net Amt (€)");
        assertThat(ask("dinerchecks", "net sales by restaurant").y()).containsExactly("Net Amt (€)");
    }

    @Test
    void the_plural_of_a_line_number_or_the_word_after_per_is_the_rows() {
        ChartSpec lines = ask(TABS, "lines rung up per bartender");
        assertThat(lines.aggregation()).isEqualTo("count");
        assertThat(lines.y()).isNullOrEmpty();
        assertThat(ask(TABS, "avg net amt per line by bar").y()).containsExactly("Net Amt (€)");
        assertThat(ask("dinerchecks", "lines rung up per server, top 10").y()).isNullOrEmpty();
    }

    @Test
    void the_plural_of_a_values_first_word_is_the_thing_not_the_value() {
        assertThat(ask("trainruns", "which operator cancels the most trains").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Cancelled");
    }

    @Test
    void a_year_axis_asked_as_grouped_bars_is_grouped_bars() {
        assertThat(ask(TANKS, "avg level per read_yr for each site, grouped bars")
                        .chartType())
                .isEqualTo("grouped_bar");
        assertThat(ask("trainruns", "avg delay per Yr for each operator, grouped bars")
                        .chartType())
                .isEqualTo("grouped_bar");
    }

    @Test
    void time_after_a_duration_and_a_word_of_what_it_is_stays_that_duration() {
        ChartSpec built = ask("trainruns", "planned vs actual journey time by route");
        assertThat(built.chartType()).isEqualTo("grouped_bar");
        assertThat(built.x()).isEqualTo("Route");
    }

    @Test
    void a_keyword_after_by_that_one_name_holds_is_that_column() {
        ChartSpec built = ask("trainruns", "share of total delay minutes by cause");
        assertThat(built.chartType()).isEqualTo("pie");
        assertThat(built.x()).isEqualTo("Delay Cause");
        // A unit of time after "per" stays a time grain.
        assertThat(ask("charging", "number of charging sessions per day").timeGrain())
                .isEqualTo("day");
    }

    @Test
    void a_flag_against_its_negation_compares_its_two_sides() {
        ChartSpec built = ask(TABS, "avg pour vol, happy hour vs non-happy hour");
        assertThat(built.chartType()).isEqualTo("bar");
        assertThat(built.x()).isEqualTo("Happy Hour (0/1)");
        assertThat(built.y()).containsExactly("Pour Vol (ml)");
        assertThat(ask("trainruns", "avg pax per run, peak vs off-peak").y()).containsExactly("Pax Cnt");
    }

    @Test
    void versions_of_an_amount_in_snake_case_are_compared_side_by_side() {
        ChartSpec built = ask(TANKS, "expected vs actual level by site");
        assertThat(built.chartType()).isEqualTo("grouped_bar");
        assertThat(built.y()).containsExactly("expected_l", "level_l");
        assertThat(built.filters()).isNullOrEmpty();
        assertThat(ask("meterreads", "expected vs actual consumption by district")
                        .chartType())
                .isEqualTo("grouped_bar");
    }

    @Test
    void a_participle_made_from_a_value_keeps_its_rows() {
        assertThat(ask(TABS, "total pour vol spilled by bar").filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(tuple("Stock Move", "SPILL"));
        assertThat(ask("containermoves", "top 10 vessels by gross weight loaded")
                        .filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(tuple("MOVE_TYPE", "LOAD"));
    }

    @Test
    void a_one_letter_value_is_the_initial_of_a_word_of_its_name() {
        assertThat(ask(TANKS, "avg level of full units by site").filters())
                .extracting(ChartSpec.Filter::column, ChartSpec.Filter::value)
                .containsExactly(tuple("full_empty", "F"));
        assertThat(ask("containermoves", "avg gross wt of full 40ft containers by iso type")
                        .filters())
                .extracting(ChartSpec.Filter::column)
                .contains("FULL_EMPTY");
    }

    @Test
    void a_chart_word_before_the_name_grouped_by_describes_it() {
        ChartSpec built = ask("containermoves", "avg gross vs tare weight by box size");
        assertThat(built.chartType()).isEqualTo("grouped_bar");
        assertThat(built.x()).isEqualTo("CNTR_SIZE_FT");
    }

    @Test
    void disc_abbreviates_discount() {
        ChartSpec built = ask(TABS, "total discounts given");
        assertThat(built.chartType()).isEqualTo("kpi");
        assertThat(built.y()).containsExactly("Disc Amt (€)");
        assertThat(ask("dinerchecks", "total discounts given").y()).containsExactly("Disc Amt (€)");
    }

    @Test
    void the_word_after_a_measure_and_per_before_the_grouping_is_each_row() {
        ChartSpec built = ask(TANKS, "avg level per read by site");
        assertThat(built.chartType()).isEqualTo("bar");
        assertThat(built.x()).isEqualTo("site");
        assertThat(ask("meterreads", "avg usage per read by property type").x()).isEqualTo("property_type");
    }
}
