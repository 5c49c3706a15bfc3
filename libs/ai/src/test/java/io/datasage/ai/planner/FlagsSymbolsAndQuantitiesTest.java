package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/** More rules drawn from rounds 129-132, each on a round's file and on a schema written here. */
class FlagsSymbolsAndQuantitiesTest {

    /** A locksmith's callouts: an urgent-call flag, goals scored as a count beside the same as a share. */
    private static final DatasetSchema CALLOUTS = Schemas.of(
            4000,
            Schemas.text("Ticket #", 4000, "T1", "T2"),
            Schemas.date("Logged", "2023-01-01", "2024-12-31"),
            Schemas.category("Area", "North", "South", "East"),
            Schemas.category("Urgent Call Y/N", "Y", "N"),
            Schemas.money("Fee"));

    /** A netball league's matches: goals as a count beside the same as a share. */
    private static final DatasetSchema NETBALL = Schemas.of(
            900,
            Schemas.category("TEAM", "Hawks", "Owls", "Kites"),
            Schemas.date("MATCH_DT", "2023-09-01", "2024-05-31"),
            Schemas.integer("GOALS_#", 60, "0", "70"),
            Schemas.number("GOALS_%", "0", "100"));

    /** A bakery's production batches: loaves baked per batch, a product line. */
    private static final DatasetSchema LOAVES = Schemas.of(
            3000,
            Schemas.text("batch_no", 3000, "B1", "B2"),
            Schemas.date("bake_date", "2024-01-01", "2024-12-31"),
            Schemas.category("product_range", "Sourdough", "Rye", "Seeded"),
            Schemas.category("range_code", "SD", "RY", "SE"),
            Schemas.integer("qty_baked", 200, "10", "400"),
            Schemas.money("batch_cost"));

    @Test
    void the_plural_of_a_flags_noun_alone_is_every_row() {
        ChartSpec received = ask("trophyengraving", "jobs received per month");
        assertThat(received.x()).isEqualTo("Received");
        assertThat(received.series()).isNull();
        assertThat(received.filters()).isNull();
        ChartSpec share = ask("trophyengraving", "share of jobs by material");
        assertThat(share.filters()).isNull();
        assertThat(ask(CALLOUTS, "calls by area").filters()).isNull();
        ChartSpec calls = ask(CALLOUTS, "total fee on calls logged in 2024");
        assertThat(calls.y()).containsExactly("Fee");
        assertThat(calls.filters()).extracting(f -> f.column()).containsExactly("Logged");
        // The flagged ones, set against the rest, are still the flag.
        assertThat(ask(CALLOUTS, "urgent calls vs non-urgent calls by area").series())
                .isEqualTo("Urgent Call Y/N");
    }

    @Test
    void a_percent_sign_tells_a_share_from_its_count() {
        assertThat(ask("archerysessions", "total golds each month").y()).containsExactly("GOLDS_#");
        assertThat(ask("archerysessions", "gold % by bow type box plot").y()).containsExactly("GOLD_%");
        assertThat(ask(NETBALL, "total goals by team").y()).containsExactly("GOALS_#");
        assertThat(ask(NETBALL, "average goals % by team").y()).containsExactly("GOALS_%");
    }

    @Test
    void a_chart_word_the_data_uses_is_the_data() {
        ChartSpec hampers = ask("hamperorders", "top 5 ranges by bottles shipped");
        assertThat(hampers.chartType()).isEqualTo("bar");
        assertThat(hampers.x()).isEqualTo("hamperRange");
        ChartSpec loaves = ask(LOAVES, "batch cost by range");
        assertThat(loaves.chartType()).isEqualTo("bar");
        assertThat(loaves.x()).isEqualTo("product_range");
        ChartSpec candles = ask("candlebatches", "candles poured by scent");
        assertThat(candles.chartType()).isEqualTo("bar");
    }

    @Test
    void things_counted_by_the_deed_a_quantity_names_add_it_up() {
        ChartSpec poured = ask("candlebatches", "candles poured by scent");
        assertThat(poured.y()).containsExactly("QTY_POURED");
        assertThat(poured.aggregation()).isEqualTo("sum");
        ChartSpec pour = ask("candlebatches", "how many candles did we pour between march and june 2024");
        assertThat(pour.y()).containsExactly("QTY_POURED");
        assertThat(pour.aggregation()).isEqualTo("sum");
        ChartSpec baked = ask(LOAVES, "loaves baked per month");
        assertThat(baked.y()).containsExactly("qty_baked");
        assertThat(baked.aggregation()).isEqualTo("sum");
        ChartSpec bake = ask(LOAVES, "how many loaves did we bake in march 2024");
        assertThat(bake.y()).containsExactly("qty_baked");
    }
}
