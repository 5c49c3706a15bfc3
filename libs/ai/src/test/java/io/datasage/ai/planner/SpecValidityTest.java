package io.datasage.ai.planner;

import io.datasage.ai.planner.PlannerCases.Case;
import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every plan is a valid chart spec over real columns: for the accuracy cases, and for random word salads built from
 * the planner's own vocabulary, column names and values (a fixed seed, so failures reproduce).
 */
class SpecValidityTest {

    private static final Map<String, DatasetSchema> DATASETS = PlannerCases.datasets();
    private static final OfflinePlanner PLANNER = new OfflinePlanner();

    @Test
    void every_case_plans_a_valid_spec() {
        for (Case c : PlannerCases.allCases()) {
            DatasetSchema schema = DATASETS.get(c.dataset());
            ChartSpec prev = c.previous() == null
                    ? null
                    : PLANNER.plan(c.previous(), schema, null).spec();
            SpecChecks.assertValid(PLANNER.plan(c.question(), schema, prev).spec(), schema);
        }
    }

    @Test
    void random_questions_plan_valid_specs_and_never_throw() {
        String[] vocabulary = {
            "total",
            "average",
            "by",
            "per",
            "top",
            "5",
            "bottom",
            "trend",
            "monthly",
            "in",
            "2016",
            "since",
            "last",
            "quarter",
            "between",
            "and",
            "above",
            "1,000",
            "20%",
            "not",
            "excluding",
            "vs",
            "share",
            "distribution",
            "histogram",
            "pie",
            "stacked",
            "box",
            "scatter",
            "correlation",
            "how many",
            "which",
            "highest",
            "lowest",
            "sort",
            "ascending",
            "only",
            "instead",
            "what about",
            "remove",
            "the",
            "filter",
            "colour by",
            "over time",
            "table",
            "list",
            "median",
            "unique",
            "count",
            "number of",
            "$5k",
            "yesterday",
            "ytd",
            "q3",
            "march",
            "-",
            "'x'",
            "?",
            ","
        };
        Random random = new Random(42);
        for (DatasetSchema schema : DATASETS.values()) {
            List<String> words = new ArrayList<>(List.of(vocabulary));
            for (ColumnSchema c : schema.columns()) {
                words.add(c.name());
                words.addAll(c.topValues().subList(0, Math.min(3, c.topValues().size())));
            }
            ChartSpec prev = null;
            for (int n = 0; n < 150; n++) {
                StringBuilder q = new StringBuilder();
                int len = 1 + random.nextInt(9);
                for (int i = 0; i < len; i++) {
                    q.append(words.get(random.nextInt(words.size()))).append(' ');
                }
                Plan plan = PLANNER.plan(q.toString(), schema, random.nextBoolean() ? prev : null);
                SpecChecks.assertValid(plan.spec(), schema);
                prev = plan.spec();
            }
        }
    }
}
