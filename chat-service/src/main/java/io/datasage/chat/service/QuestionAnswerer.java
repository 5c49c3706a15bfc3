package io.datasage.chat.service;

import io.datasage.ai.planner.OfflinePlanner;
import io.datasage.ai.planner.Plan;
import io.datasage.ai.planner.SemanticColumnMatcher;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.Dataset;
import io.datasage.contracts.chart.ChartSpec;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a question into a rendered chart with the offline planner: deterministic and fast. A plan the engine
 * rejects is planned once more without the conversation's previous chart, and then answered in words.
 */
@ApplicationScoped
public class QuestionAnswerer {

    static final String PLANNER = "planner";

    private final ChartEngine engine;

    public QuestionAnswerer(ChartEngine engine) {
        this.engine = engine;
    }

    /** The planner's answer to {@code question} about {@code data}. */
    Answer answer(String question, DatasetSchema schema, ChartSpec previous, Dataset data, SemanticColumnMatcher semantic) {
        OfflinePlanner planner = new OfflinePlanner(semantic);
        Plan plan = planner.plan(question, schema, previous);
        try {
            return rendered(plan, engine.render(data, plan.spec()));
        } catch (ChartSpecException first) {
            Log.infof("Planner spec did not fit (%s); planning again without the previous chart", first.getMessage());
            if (previous != null) {
                Plan fresh = planner.plan(question, schema, null);
                try {
                    return rendered(fresh, engine.render(data, fresh.spec()));
                } catch (ChartSpecException second) {
                    return unanswered(plan, second);
                }
            }
            return unanswered(plan, first);
        }
    }

    private static Answer rendered(Plan plan, ChartResult result) {
        return new Answer(result, result.spec(), ReplyWriter.confidence(plan.confidence()), PLANNER, plan.notes(),
                ReplyWriter.write(result, plan.notes()));
    }

    private static Answer unanswered(Plan plan, ChartSpecException e) {
        List<String> notes = new ArrayList<>(plan.notes());
        String text = "I could not build a chart for that: " + e.getMessage()
                + " Try naming a column, for example \"total <measure> by <category>\".";
        return new Answer(null, plan.spec(), "Low", PLANNER, notes, text);
    }
}
