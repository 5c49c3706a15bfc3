package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.planner.PlannerCases.Case;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.Arrays;
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
        List<Plan> first = planAll(planner, cases, datasets, previous, null);
        for (int warm = 1; warm < 3; warm++) {
            planAll(planner, cases, datasets, previous, null);
        }
        int rounds = 5;
        long[] nanos = new long[rounds * cases.size()];
        for (int r = 0; r < rounds; r++) {
            long[] one = new long[cases.size()];
            // Timed rounds plan with indexes kept in (or rebuilt for) the cache: the plans must not change.
            assertThat(planAll(planner, cases, datasets, previous, one)).isEqualTo(first);
            System.arraycopy(one, 0, nanos, r * cases.size(), one.length);
        }
        Arrays.sort(nanos);
        System.out.printf(
                "Planner speed per question (%d questions x %d rounds, warm): p50 %.1f us, p95 %.1f us, p99 %.1f us,"
                        + " max %.1f us%n",
                cases.size(),
                rounds,
                nanos[nanos.length / 2] / 1e3,
                nanos[(int) (nanos.length * 0.95)] / 1e3,
                nanos[(int) (nanos.length * 0.99)] / 1e3,
                nanos[nanos.length - 1] / 1e3);
        assertThat(Arrays.stream(nanos).min().orElse(0))
                .as("every question was planned and timed")
                .isPositive();
    }

    /** Plans every case and returns the plans; with {@code nanos}, records each question's time there. */
    private static List<Plan> planAll(
            OfflinePlanner planner,
            List<Case> cases,
            Map<String, DatasetSchema> datasets,
            List<ChartSpec> previous,
            long[] nanos) {
        List<Plan> plans = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            long start = System.nanoTime();
            Plan plan = planner.plan(c.question(), datasets.get(c.dataset()), previous.get(i));
            if (nanos != null) {
                nanos[i] = System.nanoTime() - start;
            }
            assertThat(plan.spec()).as(c.id()).isNotNull();
            plans.add(plan);
        }
        return plans;
    }
}
