package io.datasage.ai.planner;

import io.datasage.ai.planner.PlannerCases.Case;
import io.datasage.ai.planner.PlannerCases.Verdict;
import io.datasage.ai.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plans every case of the accuracy suite and scores it on chart type plus the exact set of columns used, per
 * dataset (held-out files apart) and overall; shared by the accuracy test and the benchmark module's report.
 */
public final class PlannerAccuracyReport {

    /** Cases, core hits (type + columns), family hits (chart family + columns) and detail hits of one group. */
    public record Score(int cases, int core, int family, int details) {

        public double coreAccuracy() {
            return cases == 0 ? 0 : (double) core / cases;
        }

        public double familyAccuracy() {
            return cases == 0 ? 0 : (double) family / cases;
        }

        public double detailAccuracy() {
            return cases == 0 ? 0 : (double) details / cases;
        }
    }

    /** Scores per group and overall, the failures, and the mean planning time per question. */
    public record Result(Map<String, Score> perGroup, Score overall, List<String> failures, double microsPerQuestion) {

        /** The result as printable lines. */
        public String text() {
            StringBuilder out = new StringBuilder();
            perGroup.forEach((group, s) -> out.append(line(group, s)));
            out.append(line("overall", overall));
            out.append(String.format(
                    Locale.ROOT, "  planning: %.0f microseconds per question on average%n", microsPerQuestion));
            return out.toString();
        }

        private static String line(String group, Score s) {
            return String.format(
                    Locale.ROOT,
                    "  %-10s %4d cases  type+columns %5.1f%%  family+columns %5.1f%%  all details %5.1f%%%n",
                    group,
                    s.cases(),
                    100 * s.coreAccuracy(),
                    100 * s.familyAccuracy(),
                    100 * s.detailAccuracy());
        }
    }

    private PlannerAccuracyReport() {}

    /** Runs the whole suite with a fresh planner. */
    public static Result compute() {
        OfflinePlanner planner = new OfflinePlanner();
        Map<String, DatasetSchema> datasets = PlannerCases.datasets();
        List<Case> cases = PlannerCases.allCases();
        Map<String, int[]> groups = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int core = 0;
        int family = 0;
        int details = 0;
        long start = System.nanoTime();
        for (Case c : cases) {
            Verdict v = PlannerCases.run(planner, c, datasets.get(c.dataset()));
            int[] counts = groups.computeIfAbsent(group(c), k -> new int[4]);
            counts[0]++;
            counts[1] += v.core() ? 1 : 0;
            counts[2] += v.family() ? 1 : 0;
            counts[3] += v.details() ? 1 : 0;
            core += v.core() ? 1 : 0;
            family += v.family() ? 1 : 0;
            details += v.details() ? 1 : 0;
            if (!v.details()) {
                failures.add(String.format(
                        "%s %s | %s%s -> %s %s",
                        v.core() ? "detail" : "FAIL  ",
                        c.id(),
                        c.question(),
                        after(c),
                        v.problems(),
                        v.plan().spec()));
            }
        }
        double micros = (System.nanoTime() - start) / 1e3 / Math.max(1, cases.size());
        Map<String, Score> perGroup = new LinkedHashMap<>();
        groups.forEach((g, n) -> perGroup.put(g, new Score(n[0], n[1], n[2], n[3])));
        return new Result(perGroup, new Score(cases.size(), core, family, details), failures, micros);
    }

    private static String after(Case c) {
        List<String> earlier = new ArrayList<>();
        if (c.previous() != null) {
            earlier.add(c.previous());
        }
        earlier.addAll(c.turns());
        return earlier.isEmpty() ? "" : " (after: " + String.join(" / ", earlier) + ")";
    }

    private static String group(Case c) {
        if (c.id().startsWith("ho-")) {
            return "held-out";
        }
        int dash = c.id().indexOf('-');
        String prefix = dash < 0 ? "" : c.id().substring(0, dash);
        return prefix.matches("h[0-9]+") ? "held-out" + prefix.substring(1) : c.dataset();
    }
}
