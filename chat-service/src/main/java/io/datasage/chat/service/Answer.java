package io.datasage.chat.service;

import io.datasage.ai.planner.Suggestion;
import io.datasage.charts.ChartResult;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;

/**
 * What answering one question produced: the rendered chart (null when none could be built), the spec behind it,
 * the confidence word, where the spec came from ({@code planner}, {@code llm:<model>} or {@code suggestion}), what
 * was assumed, the reply text and the planner's own rewrites when it was unsure.
 */
record Answer(
        ChartResult chart,
        ChartSpec spec,
        String confidence,
        String source,
        List<String> notes,
        String text,
        List<Suggestion> suggestions) {

    Answer {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
