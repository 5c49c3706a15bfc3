package io.datasage.ai.answer;

import io.datasage.charts.ChartSpecException;
import io.datasage.contracts.chart.ChartSpec;

/**
 * Renders a spec over the real data (chat-service: the chart engine over the Arrow file). A spec it rejects is
 * treated like any invalid answer.
 *
 * @param <R> the rendered result
 */
@FunctionalInterface
public interface SpecRenderer<R> {

    R render(ChartSpec spec) throws ChartSpecException;
}
