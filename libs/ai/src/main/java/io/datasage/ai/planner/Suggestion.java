package io.datasage.ai.planner;

import io.datasage.contracts.chart.ChartSpec;

/**
 * A rewrite of the question the user can pick when the planner is unsure: asking {@code text} as the next turn
 * draws {@code spec}.
 *
 * @param text the question, in words the planner reads exactly
 * @param spec the chart that question draws
 */
public record Suggestion(String text, ChartSpec spec) {}
