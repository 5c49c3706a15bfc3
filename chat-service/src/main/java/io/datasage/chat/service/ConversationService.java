package io.datasage.chat.service;

import io.datasage.chat.repository.ConversationEntity;
import io.datasage.chat.repository.ConversationRepository;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creates, lists, renames and deletes a user's conversations. */
@ApplicationScoped
public class ConversationService {

    static final int MAX_TITLE = 200;
    static final int MAX_PAGE_SIZE = 100;

    private final ConversationRepository conversations;

    public ConversationService(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    /** A new empty conversation about {@code datasetId} (may be null until the first question). */
    public ConversationEntity create(String ownerId, String datasetId, String title) {
        ConversationEntity c = unsaved(ownerId, datasetId, title);
        conversations.persist(c);
        return c;
    }

    /**
     * A new conversation not yet stored: a question without a conversation stores it with its first two messages
     * in one insert, instead of an insert and then an update (one store round trip less on every first question).
     */
    public ConversationEntity unsaved(String ownerId, String datasetId, String title) {
        ConversationEntity c = new ConversationEntity();
        c.id = UUID.randomUUID().toString();
        c.ownerId = ownerId;
        c.datasetId = datasetId;
        c.title = cleanTitle(title == null || title.isBlank() ? "New conversation" : title);
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        return c;
    }

    /** One page of the owner's conversations. */
    public List<ConversationEntity> list(String ownerId, String datasetId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE
                    + "; got page=" + page + ", size=" + size + ".");
        }
        return conversations.listAllWhereOwner(ownerId, datasetId, page, size);
    }

    /** The conversation, or 404 when it does not exist or is someone else's. */
    public ConversationEntity get(String ownerId, String id) {
        return conversations
                .findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No conversation with id " + id + "."));
    }

    /** Renames the conversation. */
    public ConversationEntity rename(String ownerId, String id, String title) {
        if (title == null || title.isBlank()) {
            throw ProblemException.badRequest("Send a non-empty 'title'.");
        }
        // Only the title changes: an answer being appended meanwhile is kept (never a whole-document write).
        return conversations
                .rename(id, ownerId, cleanTitle(title), Instant.now())
                .orElseThrow(() -> ProblemException.notFound("No conversation with id " + id + "."));
    }

    /** Deletes the conversation, or 404. */
    public void delete(String ownerId, String id) {
        if (!conversations.deleteByIdAndOwner(id, ownerId)) {
            throw ProblemException.notFound("No conversation with id " + id + ".");
        }
    }

    /** Removes the owner's conversations about a dataset that was deleted; returns how many. */
    public long deleteForDataset(String ownerId, String datasetId) {
        return conversations.deleteByDataset(ownerId, datasetId);
    }

    private static String cleanTitle(String title) {
        String t = title.strip();
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) : t;
    }
}
