package io.datasage.chat.service;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;
import java.util.Map;

/**
 * The answer to one question: the text, the spec, the Plotly figure, how sure we are and where
 * the spec came from, plus the conversation it belongs to and the rows behind the chart; how the chart was computed
 * ({@code explanation} in words, {@code sql} for DuckDB over the uploaded file; null without a chart) and, when the
 * answer is unsure, up to 3 rewrites to pick ({@code suggestions}, empty otherwise).
 */
public record ChatReply(
        String responseText,
        ChartSpec chartSpec,
        Map<String, Object> chart,
        String confidence,
        String source,
        String conversationId,
        String messageId,
        String summary,
        List<Map<String, Object>> rows,
        String explanation,
        String sql,
        List<OfferedSuggestion> suggestions) {}
