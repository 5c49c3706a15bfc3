package io.datasage.chat.rest;

import io.datasage.chat.service.OfferedSuggestion;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the conversation endpoints. */
public final class ConversationViews {

    private ConversationViews() {}

    /** {@code POST /api/chat/conversations}. */
    public record CreateRequest(String datasetId, String title) {}

    /** {@code PATCH /api/chat/conversations/{id}}. */
    public record RenameRequest(String title) {}

    /** A conversation in a list (without its messages). */
    public record Summary(
            String id, String datasetId, String title, int messageCount, Instant createdAt, Instant updatedAt) {}

    /** A conversation with all its messages. */
    public record Detail(
            String id, String datasetId, String title, List<Message> messages, Instant createdAt, Instant updatedAt) {}

    /** One message; assistant messages also say how their chart was computed and what they offered instead. */
    public record Message(
            String id,
            String role,
            String content,
            Map<String, Object> chartSpec,
            Map<String, Object> chart,
            String confidence,
            String source,
            String explanation,
            String sql,
            List<OfferedSuggestion> suggestions,
            Instant timestamp) {}
}
