package io.datasage.chat.service;

import io.datasage.ai.answer.ChartAnswer;
import io.datasage.ai.answer.ChartAnswerer;
import io.datasage.ai.answer.ChartQuestion;
import io.datasage.ai.answer.SpecRenderer;
import io.datasage.ai.answer.TokenSink;
import io.datasage.ai.planner.OfflinePlanner;
import io.datasage.ai.planner.SemanticColumnMatcher;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartResult;
import io.datasage.charts.ChartSpecException;
import io.datasage.charts.Dataset;
import io.datasage.chat.metrics.AnswerMetrics;
import io.datasage.contracts.chart.ChartSpec;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Turns a question into a rendered chart: the configured LLMs first (their specs validated against the real
 * columns and rendered before they count), then the offline planner. The reply's numbers always come from the
 * chart engine; an LLM contributes at most a lead sentence without digits.
 */
@ApplicationScoped
public class QuestionAnswerer {

    /** The source of a reply that drew a suggestion the user picked. */
    static final String SUGGESTION = "suggestion";

    private final ChartEngine engine;
    private final ChartAnswerer answerer;
    private final AnswerMetrics metrics;

    public QuestionAnswerer(ChartEngine engine, ChartAnswerer answerer, AnswerMetrics metrics) {
        this.engine = engine;
        this.answerer = answerer;
        this.metrics = metrics;
    }

    /** Whether questions go to an LLM first (and so need history and examples). */
    boolean usesLlm() {
        return answerer.usesLlm();
    }

    /**
     * The answer to {@code q}, its charts drawn by {@code charts} (over the dataset, or from recent charts);
     * {@code sink} sees an LLM's lead sentence while it streams.
     */
    Answer answer(ChartQuestion q, SpecRenderer<ChartResult> charts, SemanticColumnMatcher semantic, TokenSink sink) {
        ChartAnswer<ChartResult> a = answerer.answer(q, new OfflinePlanner(semantic), charts, sink);
        metrics.llmCalls(a.attempts());
        metrics.answered(a.source(), a.result() != null);
        if (a.prompt() != null) {
            Log.debugf(
                    "LLM prompt: %d chars, ~%d tokens, detail %d",
                    a.prompt().chars(), a.prompt().estimatedTokens(), a.prompt().detail());
        }
        if (!a.attempts().isEmpty()) {
            Log.infof("Answered by %s after %s", a.source(), a.attempts());
        }
        ChartResult result = a.result();
        if (result == null) {
            Log.infof("Planner spec did not fit (%s)", a.error());
            String text = "I could not build a chart for that: " + a.error()
                    + " Try naming a column, for example \"total <measure> by <category>\".";
            return new Answer(null, a.spec(), a.confidence(), a.source(), a.notes(), text, a.suggestions());
        }
        String computed = ReplyWriter.write(result, a.notes());
        String text = a.lead() == null ? computed : a.lead() + (computed.isEmpty() ? "" : " " + computed);
        return new Answer(result, result.spec(), a.confidence(), a.source(), a.notes(), text, a.suggestions());
    }

    /**
     * The chart of a suggestion the user picked from the previous reply, drawn as offered (no model or planner is
     * asked: the user chose this reading).
     *
     * @throws ChartSpecException when it no longer fits the data (the dataset was replaced meanwhile)
     */
    Answer picked(OfferedSuggestion suggestion, SpecRenderer<ChartResult> charts) throws ChartSpecException {
        ChartResult result = charts.render(suggestion.chartSpec());
        return new Answer(
                result, result.spec(), "High", SUGGESTION, List.of(), ReplyWriter.write(result, List.of()), List.of());
    }

    /** Renders {@code spec} over {@code data}, timed for the metrics. */
    ChartResult render(Dataset data, ChartSpec spec) throws ChartSpecException {
        Timer.Sample rendering = metrics.renderStarted();
        ChartResult result = engine.render(data, spec);
        metrics.renderEnded(rendering);
        return result;
    }
}
