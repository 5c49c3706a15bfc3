package io.datasage.ai.prompt;

import io.datasage.contracts.chart.ChartSpec;

/**
 * A past question of this user with the chart spec that answered it well: a few-shot example.
 *
 * @param question the question
 * @param spec its chart spec
 */
public record Example(String question, ChartSpec spec) {}
