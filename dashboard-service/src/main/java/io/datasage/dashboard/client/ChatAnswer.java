package io.datasage.dashboard.client;

import io.datasage.contracts.chart.ChartSpec;

/**
 * A chat answer worth pinning: the chart spec it was rendered from and what it was about.
 *
 * @param question the user's question that led to it, when the conversation still has it
 */
public record ChatAnswer(String conversationId, String messageId, String datasetId, ChartSpec spec, String question) {}
