package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules rounds 50 and 51 of the held-out questions called for (a measure named like a value, the file's subject
 * beside a measure, lines that are rows, identifiers that are no series, numbers with readable twins, agents asked
 * with "who", words in brackets), each checked on a held-out dataset and on a schema built here.
 */
class AwardsLinesAndTwinsTest {

    /** A grants register: a decision that is also a measure's first word, a numbered branch beside its name. */
    private static final DatasetSchema GRANTS = Schemas.of(
            3_000,
            Schemas.text("Grant Ref", 3_000, "G-0001", "G-0002"),
            Schemas.category("Branch No", "B01", "B02", "B03", "B04"),
            Schemas.category("Branch Name", "Leeds", "York", "Hull", "Bradford"),
            Schemas.category("Outcome", "Granted", "Refused", "Withdrawn"),
            Schemas.category("Scheme", "HSG (home support grant)", "DFG (disabled facilities)"),
            Schemas.date("Decision Dt", "2023-01-01", "2024-12-31"),
            Schemas.number("Grant Amt (£)", "0", "30000"),
            Schemas.integer("Grant Wks", 20, "1", "52"),
            Schemas.number("Assessed Need (£)", "0", "40000"),
            Schemas.number("Score (0-10)", "0", "10"),
            new ColumnSchema("Checked By", "category", null, 4, 0, List.of("Officer", "Manager"), null, null),
            Schemas.flag("Appeal Lodged"));

    @Test
    void a_word_after_a_total_that_begins_a_measure_is_that_measure() {
        ChartSpec awarded = ask("dhpawards", "total DHP awarded by ward");
        assertThat(awarded.y()).containsExactly("Award Amt (£)");
        assertThat(awarded.filters()).isNullOrEmpty();
        assertThat(ask("dhpawards", "biggest single award in each ward").aggregation())
                .isEqualTo("max");
        assertThat(ask(GRANTS, "avg grant by scheme").y()).containsExactly("Grant Amt (£)");
        assertThat(ask(GRANTS, "total granted per quarter by decision date").x())
                .isEqualTo("Decision Dt");
    }

    @Test
    void the_files_subject_before_a_named_measure_says_what_is_measured() {
        assertThat(ask("shrinklog", "total shrink at cost by region").y()).containsExactly("Cost Val (£)");
        assertThat(ask("shrinklog", "monthly shrink value at retail").y()).containsExactly("Retail Val (£)");
        // Alone, it still stands for the file's measure: "how does freedom affect happiness".
        assertThat(ask("happiness", "how does freedom affect happiness").chartType())
                .isEqualTo("scatter");
    }

    @Test
    void lines_after_a_noun_or_per_are_rows() {
        assertThat(ask("royalties", "avg gross per line for each territory, top 10")
                        .chartType())
                .isEqualTo("bar");
        assertThat(ask("royalties", "list statement lines for Lena Marsh from YouTube")
                        .chartType())
                .isEqualTo("table");
        assertThat(ask("royalties", "distribution of gross amounts per statement line")
                        .chartType())
                .isEqualTo("histogram");
        // "one line per" still draws lines.
        assertThat(ask(GRANTS, "monthly grant amount, one line per branch name").chartType())
                .isEqualTo("line");
    }

    @Test
    void identifiers_are_no_series_and_too_many_groups_no_boxes() {
        assertThat(ask("dockslots", "pallets booked vs pallets actually received for each appointment")
                        .series())
                .isNull();
        assertThat(ask(GRANTS, "grant amount vs assessed need for each grant").series())
                .isNull();
        assertThat(ask("careincidents", "age distribution of residents involved in falls")
                        .chartType())
                .isEqualTo("histogram");
        ChartSpec faults = ask("outages", "top 10 depots by fault count");
        assertThat(faults.y()).isNullOrEmpty();
        assertThat(faults.aggregation()).isEqualTo("count");
    }

    @Test
    void a_numbered_thing_is_grouped_by_its_name_unless_its_number_is_asked() {
        assertThat(ask("shrinklog", "top 10 stores by known theft cost").x()).isEqualTo("Store Name");
        assertThat(ask(GRANTS, "total grant amount by branch").x()).isEqualTo("Branch Name");
        assertThat(ask(GRANTS, "total grant amount by branch number").x()).isEqualTo("Branch No");
        assertThat(ask("cmmchecks", "average deviation by part number").x()).isEqualTo("Part No");
        // The thing a column numbers, before a measure, is whose measure it is.
        ChartSpec audit = ask("cleanaudits", "average audit score by site");
        assertThat(audit.series()).isNull();
        assertThat(audit.y()).containsExactly("Score (0-5)");
    }

    @Test
    void nouns_of_decisions_agents_and_words_in_brackets() {
        assertThat(ask("dhpawards", "refusals by reason").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Refused");
        assertThat(ask(GRANTS, "withdrawals by scheme").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("Withdrawn");
        assertThat(ask("careincidents", "avg days to close by home", "now group by who reported it")
                        .x())
                .isEqualTo("Reported By");
        assertThat(ask(GRANTS, "count by who checked it").x()).isEqualTo("Checked By");
        assertThat(ask("dhpawards", "avg award weeks for bedroom tax cases").filters())
                .extracting(ChartSpec.Filter::column)
                .containsExactly("Reason");
        assertThat(ask(GRANTS, "total grant amount for disabled facilities").filters())
                .extracting(ChartSpec.Filter::value)
                .containsExactly("DFG (disabled facilities)");
    }

    @Test
    void counted_plurals_durations_and_works() {
        ChartSpec breaches = ask("outages", "GSOP breaches by depot, top 5");
        assertThat(breaches.aggregation()).isEqualTo("count");
        assertThat(breaches.y()).isNullOrEmpty();
        ChartSpec longest = ask("careincidents", "longest time to close for each home");
        assertThat(longest.x()).isEqualTo("Home");
        assertThat(longest.aggregation()).isEqualTo("max");
        ChartSpec works = ask("royalties", "top 10 writers by number of different works");
        assertThat(works.y()).containsExactly("Work Title");
        assertThat(works.aggregation()).isEqualTo("count_distinct");
        assertThat(WordForms.nounBases("rectification")).contains("rectify");
        assertThat(WordForms.nounBases("refusal")).contains("refuse");
    }
}
