package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * The rules round 52 of the held-out questions called for (a lab's long form with element symbols, timestamps that
 * date the rows, rates in a name, prepositions that begin names, agents asked for "each"), each checked on a
 * held-out dataset and on a schema built here.
 */
class AssaysTapsAndAgentsTest {

    /** Water-lab results in long form: an ANALYTE column of symbols, a unit column, depths named by prepositions. */
    private static final DatasetSchema LAB = Schemas.of(
            20_000,
            Schemas.text("SAMPLE_ID", 20_000, "S-1", "S-2"),
            Schemas.category("SITE", "North", "South", "East"),
            Schemas.category("ANALYTE", "Pb", "Cu", "Ni", "As"),
            Schemas.number("RESULT", "0", "500"),
            Schemas.category("UNIT", "ug/l", "mg/l"),
            Schemas.number("FROM_M", "0", "300"),
            Schemas.number("TO_M", "1", "301"),
            Schemas.category("SENT_TO", "Lab A", "Lab B"),
            Schemas.date("scan_ts", "2024-01-01", "2024-12-31"),
            Schemas.category("scan_type", "Entry", "Exit"),
            Schemas.category("RECORDED_BY", "AB", "CD", "EF"),
            Schemas.number("Fee/Hr (GBP)", "10", "90"),
            Schemas.flag("BDL_FLAG"));

    @Test
    void element_names_find_their_symbols_in_a_long_table() {
        ChartSpec gold = ask("drillassays", "average gold grade by prospect");
        assertThat(gold.y()).containsExactly("VALUE");
        assertThat(gold.filters()).extracting(ChartSpec.Filter::value).containsExactly("Au");
        ChartSpec nickel = ask(LAB, "avg nickel ug/l by site");
        assertThat(nickel.y()).containsExactly("RESULT");
        // The unit said beside it is no second filter.
        assertThat(nickel.filters()).extracting(ChartSpec.Filter::value).containsExactly("Ni");
        // "as" is never arsenic.
        assertThat(ask(LAB, "show average result by site as a bar chart").filters())
                .isNullOrEmpty();
    }

    @Test
    void a_timestamps_thing_is_the_rows() {
        assertThat(ask("faretaps", "share of taps by card type").chartType()).isEqualTo("pie");
        assertThat(ask("faretaps", "how many unique validators logged taps").chartType())
                .isEqualTo("kpi");
        ChartSpec scans = ask(LAB, "scans by site");
        assertThat(scans.x()).isEqualTo("SITE");
        assertThat(scans.y()).isNullOrEmpty();
    }

    @Test
    void prepositions_begin_names_only_with_the_word_after_them() {
        assertThat(ask("drillassays", "number of batches sent to each lab").y()).containsExactly("BATCH_NO");
        assertThat(ask(LAB, "samples sent to each site").y()).isNullOrEmpty();
        assertThat(ask(LAB, "average to m by site").y()).containsExactly("TO_M");
    }

    @Test
    void rates_in_a_name_and_initials_opened_by_a_comparison() {
        ChartSpec cost = ask("licencecheckouts", "avg cost per hour by vendor");
        assertThat(cost.x()).isEqualTo("Vendor");
        assertThat(cost.y()).containsExactly("Cost/Hr (USD)");
        assertThat(ask(LAB, "average fee per hour by site").chartType()).isEqualTo("bar");
        assertThat(ask("drillassays", "how many below detection limit results per element")
                        .filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("BDL_FLAG");
    }

    @Test
    void agents_asked_for_each_and_what_was_done() {
        assertThat(ask("drillassays", "number of distinct samples logged by each geologist")
                        .x())
                .isEqualTo("LOGGED_BY");
        assertThat(ask(LAB, "samples recorded by each technician").x()).isEqualTo("RECORDED_BY");
        assertThat(ask("drillassays", "how many holes have we drilled").chartType())
                .isEqualTo("kpi");
        assertThat(ask("licencecheckouts", "list borrowed licences checked out for more than 480 mins")
                        .chartType())
                .isEqualTo("table");
        assertThat(ask("licencecheckouts", "licence denials per month").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Denied");
    }
}
