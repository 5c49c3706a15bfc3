package io.datasage.chat.service;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.datasage.contracts.chart.ChartSpec;

/**
 * A rewrite offered with an unsure reply ({@code {"text", "chart_spec"}}): sending {@code text} as the next message
 * of the conversation draws {@code chartSpec}.
 *
 * @param text the question to send
 * @param chartSpec the chart it draws, as rendered (real column names, defaults and time grain filled)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OfferedSuggestion(String text, ChartSpec chartSpec) {}
