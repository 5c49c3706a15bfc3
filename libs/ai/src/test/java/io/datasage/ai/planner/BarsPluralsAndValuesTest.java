package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules drawn from rounds 122-124, each on a round's file and on a small schema written here: a bar chart of an
 * amount that the next turn splits, what was done to the rows a file is named after, and a value named in the plural
 * where an id shares its word.
 */
class BarsPluralsAndValuesTest {

    /** A climbing wall's sessions: members by number beside a climber type, climbs logged on each session. */
    private static final DatasetSchema CLIMBS = new DatasetSchema(
            "wallsessions",
            15000,
            List.of(
                    Schemas.text("sessionRef", 15000, "S1", "S15000"),
                    Schemas.datetime("sessionStart", "2023-01-01T09:00:00", "2024-12-31T21:00:00"),
                    Schemas.text("memberNo", 900, "M001", "M900"),
                    Schemas.category("climberType", "Member", "Visitor", "Junior"),
                    Schemas.category("sessionStatus", "Climbed", "No Show"),
                    Schemas.category("wall", "North", "Cave", "Slab"),
                    Schemas.integer("routesClimbed", 30, "0", "30"),
                    Schemas.number("feePaid", "5", "20")));

    @Test
    void a_bar_chart_of_an_amount_is_its_total_which_a_grouping_next_splits() {
        ChartSpec first = ask("minibarcharges", "bar chart of gross sales");
        assertThat(first.chartType()).isEqualTo("bar");
        assertThat(first.aggregation()).isEqualTo("sum");
        ChartSpec items = ask("minibarcharges", "bar chart of gross sales", "by item", "only snacks and confectionery");
        assertThat(items.chartType()).isEqualTo("bar");
        assertThat(items.x()).isEqualTo("item_desc");
        ChartSpec walls = ask(CLIMBS, "bar chart of fees paid", "by wall");
        assertThat(walls.chartType()).isEqualTo("bar");
        assertThat(walls.x()).isEqualTo("wall");
        assertThat(walls.aggregation()).isEqualTo("sum");
    }

    @Test
    void what_was_done_to_the_rows_a_file_is_named_after_counts_them() {
        ChartSpec rounds = ask("golfrounds", "rounds played per month");
        assertThat(rounds.aggregation()).isEqualTo("count");
        assertThat(rounds.y()).isNullOrEmpty();
        ChartSpec sessions = ask(CLIMBS, "sessions climbed per month");
        assertThat(sessions.aggregation()).isEqualTo("count");
        assertThat(sessions.y()).isNullOrEmpty();
    }

    @Test
    void a_plural_an_id_shares_is_a_value_beside_another_value_or_kept_alone() {
        ChartSpec golf = ask("golfrounds", "average handicap members v visitors");
        assertThat(golf.chartType()).isEqualTo("bar");
        assertThat(golf.x()).isEqualTo("playerType");
        assertThat(ask(CLIMBS, "average fee members vs visitors").x()).isEqualTo("climberType");
        assertThat(ask(CLIMBS, "average fee by wall", "just members").filters())
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Member"));
    }
}
