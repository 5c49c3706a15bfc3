package io.datasage.chat.mapping;

import io.datasage.chat.repository.ConversationEntity;
import io.datasage.chat.repository.MessageEntity;
import io.datasage.chat.rest.ConversationViews.Detail;
import io.datasage.chat.rest.ConversationViews.Message;
import io.datasage.chat.rest.ConversationViews.Summary;

/** Converts stored conversations into API views. */
public final class ConversationMapper {

    private ConversationMapper() {}

    /** List entry. */
    public static Summary toSummary(ConversationEntity c) {
        return new Summary(
                c.id, c.datasetId, c.title, c.messages == null ? 0 : c.messages.size(), c.createdAt, c.updatedAt);
    }

    /** Full view with messages. */
    public static Detail toDetail(ConversationEntity c) {
        return new Detail(
                c.id,
                c.datasetId,
                c.title,
                c.messages == null
                        ? java.util.List.of()
                        : c.messages.stream().map(ConversationMapper::toMessage).toList(),
                c.createdAt,
                c.updatedAt);
    }

    /** One message. */
    public static Message toMessage(MessageEntity m) {
        return new Message(
                m.id,
                m.role,
                m.content,
                Json.object(m.chartSpecJson),
                Json.object(m.chartJson),
                m.confidence,
                m.source,
                m.explanation,
                m.sql,
                "assistant".equals(m.role) ? Json.suggestions(m.suggestionsJson) : java.util.List.of(),
                m.timestamp);
    }
}
