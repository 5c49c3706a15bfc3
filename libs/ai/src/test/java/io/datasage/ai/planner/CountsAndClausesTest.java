package io.datasage.ai.planner;

import static io.datasage.ai.planner.PlannerCases.ask;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import org.junit.jupiter.api.Test;

/**
 * Rules drawn from rounds 119-124, each on a round's file and on a small schema written here: a count above zero
 * after "where a", "how long" before the things that took it, and a count of things with the auxiliaries of a question
 * between its words.
 */
class CountsAndClausesTest {

    /** A care agency's visits: a visit number, counts of things on each visit and how long each took. */
    private static final DatasetSchema VISITS = Schemas.of(
            12000,
            Schemas.text("VISIT_NO", 12000, "V1", "V12000"),
            Schemas.date("VISIT_DT", "2023-01-01", "2024-12-31"),
            Schemas.category("AREA", "North", "South", "East"),
            Schemas.integer("FALLS", 4, "0", "3"),
            Schemas.integer("Clients Helped", 6, "1", "6"),
            Schemas.integer("Visit Mins", 120, "10", "180"));

    @Test
    void a_count_after_where_a_is_above_zero() {
        ChartSpec lives = ask("coastguardcalls", "list the incidents where a life was lost");
        assertThat(lives.chartType()).isEqualTo("table");
        assertThat(lives.filters()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("LIVES_LOST");
            assertThat(f.op()).isEqualTo(">");
        });
        assertThat(ask(VISITS, "list visits where a fall happened").filters())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.column()).isEqualTo("FALLS");
                    assertThat(f.op()).isEqualTo(">");
                });
    }

    @Test
    void how_long_before_the_things_counted_is_their_duration() {
        ChartSpec incidents = ask("coastguardcalls", "distribution of how long incidents last");
        assertThat(incidents.chartType()).isEqualTo("histogram");
        assertThat(incidents.x()).isEqualTo("DUR_MINS");
        ChartSpec visits = ask(VISITS, "how long do visits take, as a histogram");
        assertThat(visits.chartType()).isEqualTo("histogram");
        assertThat(visits.x()).isEqualTo("Visit Mins");
    }

    @Test
    void a_count_of_things_asked_with_auxiliaries_is_added_up() {
        ChartSpec people = ask("coastguardcalls", "how many people have we assisted in total");
        assertThat(people.aggregation()).isEqualTo("sum");
        assertThat(people.y()).containsExactly("PERS_ASSISTED");
        ChartSpec clients = ask(VISITS, "how many clients have we helped");
        assertThat(clients.aggregation()).isEqualTo("sum");
        assertThat(clients.y()).containsExactly("Clients Helped");
    }
}
