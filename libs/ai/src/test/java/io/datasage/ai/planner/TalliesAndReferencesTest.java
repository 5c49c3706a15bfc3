package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules round 46 of the held-out questions called for (kinds counted by a tally column, references of a few
 * dozen codes counted distinct, the current and previous readings of a measure), each checked on a held-out dataset
 * and on a schema built here.
 */
class TalliesAndReferencesTest {

    /** Bird counts in long form: one row per survey and species, the birds seen in bird_count; visits of a ref. */
    private static final DatasetSchema BIRDS = Schemas.of(
            400,
            new ColumnSchema("Visit Ref", "category", null, 40, 0, List.of("V01", "V02"), null, null),
            Schemas.category("Surveyor", "Ann", "Bo", "Cy"),
            Schemas.date("survey_date", "2024-01-01", "2024-12-31"),
            Schemas.category("reserve", "Marsh", "Wood", "Heath"),
            Schemas.category("bird_species", "Robin", "Wren", "Blackbird", "Curlew"),
            Schemas.integer("bird_count", 60, "0", "120"),
            Schemas.number("Water Level Prev (m)", "0", "3"),
            Schemas.number("Water Level Now (m)", "0", "3"));

    @Test
    void a_kinds_count_totals_and_most_sum_the_column_that_counts_them() {
        ChartSpec robins = ask(BIRDS, "robin count by month");
        assertThat(robins.y()).containsExactly("bird_count");
        assertThat(robins.aggregation()).isEqualTo("sum");
        assertThat(ask(BIRDS, "which reserve has the most birds").y()).containsExactly("bird_count");
        ChartSpec total = ask("beachcleans", "total litter items picked up");
        assertThat(total.chartType()).isEqualTo("kpi");
        assertThat(total.y()).containsExactly("item_count");
        assertThat(ask("beachcleans", "average fishing line/net count by county")
                        .aggregation())
                .isEqualTo("mean");
    }

    @Test
    void a_reference_of_a_few_dozen_codes_is_counted_distinct() {
        ChartSpec visits = ask(BIRDS, "how many visits has each surveyor done");
        assertThat(visits.aggregation()).isEqualTo("count_distinct");
        assertThat(visits.y()).containsExactly("Visit Ref");
        assertThat(ask("bridgefindings", "how many inspections has each inspector done")
                        .y())
                .containsExactly("Inspection Ref");
    }

    @Test
    void current_and_previous_name_the_two_readings_of_a_measure() {
        ChartSpec levels = ask(BIRDS, "current water level vs previous");
        assertThat(levels.chartType()).isEqualTo("scatter");
        assertThat(levels.x()).isEqualTo("Water Level Prev (m)");
        assertThat(ask("bridgefindings", "compare avg previous and current condition scores by bridge name")
                        .y())
                .containsExactlyInAnyOrder("Cond Score Prev", "Cond Score Now");
    }
}
