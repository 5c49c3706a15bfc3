package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.planner.PlannerCases.Case;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same question gives the same plan, and planning is fast. Speed is measured and printed, never asserted (the
 * benchmark module owns performance numbers).
 */
class PlannerSpeedTest {

    @Test
    void same_input_gives_the_same_plan() {
        Map<String, DatasetSchema> datasets = PlannerCases.datasets();
        OfflinePlanner first = new OfflinePlanner();
        OfflinePlanner second = new OfflinePlanner();
        for (Case c : PlannerCases.allCases()) {
            DatasetSchema schema = datasets.get(c.dataset());
            ChartSpec prev = c.previous() == null
                    ? null
                    : first.plan(c.previous(), schema, null).spec();
            Plan a = first.plan(c.question(), schema, prev);
            Plan b = second.plan(c.question(), schema, prev);
            Plan again = first.plan(c.question(), schema, prev);
            assertThat(b).as(c.id()).isEqualTo(a);
            assertThat(again).as(c.id()).isEqualTo(a);
        }
    }

    @Test
    void planning_time_is_measured() {
        Map<String, DatasetSchema> datasets = PlannerCases.datasets();
        List<Case> cases = new ArrayList<>(PlannerCases.allCases());
        OfflinePlanner planner = new OfflinePlanner();
        List<ChartSpec> previous = new ArrayList<>();
        for (Case c : cases) {
            previous.add(
                    c.previous() == null
                            ? null
                            : planner.plan(c.previous(), datasets.get(c.dataset()), null)
                                    .spec());
        }
        int rounds = 10;
        for (int warm = 0; warm < 3; warm++) {
            planAll(planner, cases, datasets, previous);
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            planAll(planner, cases, datasets, previous);
        }
        double micros = (System.nanoTime() - start) / 1000.0 / (rounds * cases.size());
        System.out.printf(
                "Planner speed: %.1f us per question on average (%d questions x %d rounds, warm)%n",
                micros, cases.size(), rounds);
        assertThat(micros).isPositive();
    }

    private static void planAll(
            OfflinePlanner planner, List<Case> cases, Map<String, DatasetSchema> datasets, List<ChartSpec> previous) {
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            planner.plan(c.question(), datasets.get(c.dataset()), previous.get(i));
        }
    }
}
