package io.datasage.ai.validation;

import io.datasage.contracts.chart.ChartSpec;

/**
 * A model's answer as read from its JSON, before the spec is checked against the data.
 *
 * @param responseText what the model said, or null; never shown as it is (see {@link LeadSentence})
 * @param spec the chart spec it proposed, title removed
 * @param confidence High, Medium or Low, or null when the model gave none that could be read
 */
public record LlmAnswer(String responseText, ChartSpec spec, String confidence) {}
