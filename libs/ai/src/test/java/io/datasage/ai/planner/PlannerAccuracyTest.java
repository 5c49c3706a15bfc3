package io.datasage.ai.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.ai.planner.PlannerCases.Case;
import io.datasage.ai.planner.PlannerCases.Verdict;
import io.datasage.ai.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the accuracy suite: every case is planned and scored on chart type plus the exact set of columns used,
 * per dataset and overall, with details (aggregation, grain, limit, filters) reported separately; the must-pass
 * cases must be right in every detail.
 *
 * <p>The six dataset files were written first and the planner was developed against them. The three held-out files
 * were each written before the planner saw them and scored once before any fix: 88.9% (117 cases), 90.0% (90) and
 * 86.4% (81), which is the honest estimate for questions nobody tuned to. They pass at 95-100% now because their
 * general failure causes were fixed afterwards. The thresholds leave room for deliberate changes of behaviour but
 * catch regressions.
 */
class PlannerAccuracyTest {

    /** Core accuracy (chart type and column set) the suite must reach overall. */
    static final double OVERALL_THRESHOLD = 0.95;
    /** Core accuracy each dataset (and each held-out file) must reach. */
    static final double DATASET_THRESHOLD = 0.90;

    private static Map<String, DatasetSchema> datasets;
    private static final OfflinePlanner PLANNER = new OfflinePlanner();

    @BeforeAll
    static void load() {
        datasets = PlannerCases.datasets();
    }

    @Test
    void accuracy_per_dataset_and_overall() {
        List<Case> cases = PlannerCases.allCases();
        Map<String, int[]> perDataset = new LinkedHashMap<>();
        List<Verdict> failures = new ArrayList<>();
        int core = 0;
        int details = 0;
        for (Case c : cases) {
            Verdict v = PlannerCases.run(PLANNER, c, datasets.get(c.dataset()));
            int[] counts = perDataset.computeIfAbsent(
                    c.id().startsWith("ho-")
                            ? "held-out"
                            : c.id().startsWith("h2-")
                                    ? "held-out2"
                                    : c.id().startsWith("h3-") ? "held-out3" : c.dataset(),
                    k -> new int[3]);
            counts[0]++;
            if (v.core()) {
                counts[1]++;
                core++;
            }
            if (v.details()) {
                counts[2]++;
                details++;
            }
            if (!v.details()) {
                failures.add(v);
            }
        }
        StringBuilder report = new StringBuilder("Planner accuracy (chart type + exact columns; all details):\n");
        perDataset.forEach((ds, n) -> report.append(String.format(
                "  %-8s %3d cases  %5.1f%%  %5.1f%%%n", ds, n[0], 100.0 * n[1] / n[0], 100.0 * n[2] / n[0])));
        report.append(String.format(
                "  %-8s %3d cases  %5.1f%%  %5.1f%%%n",
                "overall", cases.size(), 100.0 * core / cases.size(), 100.0 * details / cases.size()));
        for (Verdict v : failures) {
            report.append(String.format(
                    "  %s %s | %s%s -> %s %s%n",
                    v.core() ? "detail" : "FAIL  ",
                    v.c().id(),
                    v.c().question(),
                    v.c().previous() == null ? "" : " (after: " + v.c().previous() + ")",
                    v.problems(),
                    v.plan().spec()));
        }
        System.out.println(report);
        assertThat((double) core / cases.size()).as("overall core accuracy").isGreaterThanOrEqualTo(OVERALL_THRESHOLD);
        perDataset.forEach((ds, n) -> assertThat((double) n[1] / n[0])
                .as("core accuracy on " + ds)
                .isGreaterThanOrEqualTo(DATASET_THRESHOLD));
    }

    @Test
    void must_pass_cases_are_right_in_every_detail() {
        List<String> wrong = new ArrayList<>();
        for (Case c : PlannerCases.allCases()) {
            if (!c.must()) {
                continue;
            }
            Verdict v = PlannerCases.run(PLANNER, c, datasets.get(c.dataset()));
            if (!v.details()) {
                wrong.add(c.id() + " '" + c.question() + "': " + v.problems());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
