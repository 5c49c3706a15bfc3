package io.datasage.chat.service;

import io.datasage.charts.explain.Explanation;
import io.datasage.chat.mapping.Json;
import io.datasage.chat.repository.MessageEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One answered question: the answer, how its chart was computed (null without a chart) and the rewrites offered
 * with it; as the stored assistant message and as the reply.
 */
record AnsweredTurn(Answer answer, Explanation explanation, List<OfferedSuggestion> suggestions) {

    // A figure bigger than this is not stored with the message (its spec is, and re-renders it).
    private static final int MAX_STORED_FIGURE = 50_000;

    AnsweredTurn {
        suggestions = List.copyOf(suggestions);
    }

    /** The assistant's message as stored in the conversation. */
    MessageEntity message(String id, Instant at) {
        MessageEntity m = new MessageEntity();
        m.id = id;
        m.role = "assistant";
        m.content = answer.text();
        m.chartSpecJson = answer.chart() == null ? null : Json.write(answer.spec());
        String figure =
                answer.chart() == null ? null : Json.write(answer.chart().figure());
        m.chartJson = figure != null && figure.length() <= MAX_STORED_FIGURE ? figure : null;
        m.confidence = answer.confidence();
        m.source = answer.source();
        m.explanation = explanation == null ? null : explanation.text();
        m.sql = explanation == null ? null : explanation.sql();
        m.suggestionsJson = suggestions.isEmpty() ? null : Json.write(suggestions);
        m.timestamp = at;
        return m;
    }

    /** The reply, with at most {@code maxRows} rows of the chart's data. */
    ChatReply reply(String conversationId, String messageId, int maxRows) {
        Map<String, Object> figure =
                answer.chart() == null ? null : answer.chart().figure();
        List<Map<String, Object>> rows = answer.chart() == null
                ? List.of()
                : answer.chart()
                        .rows()
                        .subList(0, Math.min(maxRows, answer.chart().rows().size()));
        return new ChatReply(
                answer.text(),
                answer.spec(),
                figure,
                answer.confidence(),
                answer.source(),
                conversationId,
                messageId,
                answer.chart() == null ? null : answer.chart().summary(),
                rows,
                explanation == null ? null : explanation.text(),
                explanation == null ? null : explanation.sql(),
                suggestions);
    }
}
