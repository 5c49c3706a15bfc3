package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.planner.Plan.Confidence;
import io.datasage.ai.schema.DatasetSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rewrites offered when the planner is unsure: each reads exactly and draws what it promises. */
class SuggestionsTest {

    private static final Map<String, DatasetSchema> DATASETS = PlannerCases.datasets();
    private final OfflinePlanner planner = new OfflinePlanner();

    @Test
    void an_unreadable_question_gets_rewrites_that_draw_their_charts() {
        for (String ds : new String[] {"sales", "flights", "loans", "hr"}) {
            DatasetSchema schema = DATASETS.get(ds);
            Plan plan = planner.plan("flurble the wizzbang quantumly", schema, null);

            assertThat(plan.confidence()).isEqualTo(Confidence.LOW);
            assertThat(plan.suggestions()).as(ds).hasSizeBetween(2, 3);
            for (Suggestion s : plan.suggestions()) {
                Plan picked = planner.plan(s.text(), schema, plan.spec());
                assertThat(picked.spec()).as(ds + ": " + s.text()).isEqualTo(s.spec());
                assertThat(picked.confidence()).isNotEqualTo(Confidence.LOW);
            }
        }
    }

    @Test
    void rewrites_keep_what_the_question_named() {
        Plan plan = planner.plan("profit thingamajig whatchamacallit doohickey", DATASETS.get("sales"), null);

        assertThat(plan.confidence()).isEqualTo(Confidence.LOW);
        assertThat(plan.suggestions()).isNotEmpty();
        assertThat(plan.suggestions().get(0).spec().y()).containsExactly("Profit");
    }

    @Test
    void a_clear_question_gets_no_rewrites() {
        Plan plan = planner.plan("total sales by region", DATASETS.get("sales"), null);

        assertThat(plan.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(plan.suggestions()).isEmpty();
    }
}
