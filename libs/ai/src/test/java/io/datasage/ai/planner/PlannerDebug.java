package io.datasage.ai.planner;

import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;

/**
 * A developer tool, not a test: prints how the planner reads questions over the suite's datasets. Run from the
 * test class path with arguments like {@code "sales|top 5 states by profit"} or {@code "sales|make it a pie||sales by region"}
 * (question, then the previous question after "||").
 */
public final class PlannerDebug {

    private PlannerDebug() {}

    public static void main(String[] args) {
        var datasets = PlannerCases.datasets();
        OfflinePlanner planner = new OfflinePlanner();
        for (String item : args) {
            String[] a = item.split("\\|", 2);
            DatasetSchema schema = datasets.get(a[0].trim());
            String[] qp = a[1].split("\\|\\|");
            List<Token> tokens = HyphenatedNames.join(Tokenizer.tokenize(qp[0]), SchemaIndex.of(schema));
            List<Part> parts =
                    Annotator.annotate(tokens, SchemaIndex.of(schema), null, OfflinePlanner.DEFAULT_SEMANTIC_THRESHOLD);
            // Earlier turns after the question, in the order they were asked: "q||first||second".
            ChartSpec prev = null;
            for (int i = 1; i < qp.length; i++) {
                prev = planner.plan(qp[i], schema, prev).spec();
            }
            Plan plan = planner.plan(qp[0], schema, prev);
            System.out.println("Q: " + qp[0]);
            System.out.println("  tokens: "
                    + tokens.stream()
                            .map(t -> t.word() + (t.isNumber() ? "#" : ""))
                            .toList());
            System.out.println("  parts:  " + parts);
            if (System.getenv("PD_HITS") != null) {
                for (int i = 0; i < tokens.size(); i++) {
                    System.out.println("    hits@" + tokens.get(i).word() + ": "
                            + ColumnMatcher.candidates(tokens, i, SchemaIndex.of(schema), new boolean[tokens.size()]));
                }
            }
            System.out.println("  plan:   " + plan.spec());
            System.out.println("  " + plan.confidence() + " " + plan.kind() + " " + plan.notes());
        }
    }
}
