package io.datasage.ai.answer;

import io.datasage.ai.llm.Attempt;
import io.datasage.ai.planner.Suggestion;
import io.datasage.ai.prompt.Prompt;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;

/**
 * The answer to one question.
 *
 * @param spec the spec that was rendered (validated for LLM answers; the plan's for the planner)
 * @param result the rendered chart, or null when no spec could be rendered
 * @param confidence High, Medium or Low
 * @param source {@code llm:<model>} or {@code planner}
 * @param notes what the planner assumed, one sentence each; empty for LLM answers
 * @param lead the model's lead sentence (no digits, see {@code LeadSentence}), or null
 * @param error why nothing could be rendered, or null
 * @param attempts every LLM call made, in order; empty without LLMs
 * @param prompt the prompt sent, or null when no LLM was asked
 * @param suggestions rewrites the user can pick when the answer is unsure (the planner's; empty when sure)
 * @param <R> the rendered result's type
 */
public record ChartAnswer<R>(
        ChartSpec spec,
        R result,
        String confidence,
        String source,
        List<String> notes,
        String lead,
        String error,
        List<Attempt> attempts,
        Prompt prompt,
        List<Suggestion> suggestions) {

    public ChartAnswer {
        notes = notes == null ? List.of() : List.copyOf(notes);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** Whether the planner produced this answer. */
    public boolean fromPlanner() {
        return ChartAnswerer.PLANNER.equals(source);
    }
}
