package io.datasage.chat.repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Conversations in the document store; every query is scoped to one owner. */
@ApplicationScoped
public class ConversationRepository implements PanacheMongoRepositoryBase<ConversationEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection()
                .createIndex(Indexes.compoundIndex(Indexes.ascending("ownerId"), Indexes.descending("updatedAt")));
    }

    /** The conversation if it exists and belongs to {@code ownerId}. */
    public Optional<ConversationEntity> findByIdAndOwner(String id, String ownerId) {
        return find("_id = ?1 and ownerId = ?2", id, ownerId).firstResultOptional();
    }

    /** A page of the owner's conversations, most recently active first; optionally for one dataset. */
    public List<ConversationEntity> listAllWhereOwner(String ownerId, String datasetId, int page, int size) {
        Sort sort = Sort.descending("updatedAt");
        var query = datasetId == null
                ? find("ownerId", sort, ownerId)
                : find("ownerId = ?1 and datasetId = ?2", sort, ownerId, datasetId);
        return query.page(Page.of(page, size)).list();
    }

    /**
     * Appends messages in one atomic update, keeping only the newest {@code keep}; false when the conversation
     * is gone (deleted meanwhile) or not the owner's.
     */
    public boolean appendMessages(String id, String ownerId, List<MessageEntity> messages, int keep, Instant at) {
        var result = mongoCollection()
                .updateOne(
                        Filters.and(Filters.eq("_id", id), Filters.eq("ownerId", ownerId)),
                        Updates.combine(
                                Updates.pushEach("messages", messages, new PushOptions().slice(-keep)),
                                Updates.set("updatedAt", at)));
        return result.getMatchedCount() > 0;
    }

    /**
     * Sets the title of the owner's conversation in one field-level update, so a rename racing an answer being
     * appended keeps both; the conversation as it is afterwards, or empty when it is gone or not the owner's.
     */
    public Optional<ConversationEntity> rename(String id, String ownerId, String title, Instant at) {
        // Read as it was before the change and renamed here: the embedded store answers AFTER with its live copy,
        // which a concurrent writer may be changing while it is sent.
        return Optional.ofNullable(mongoCollection()
                        .findOneAndUpdate(
                                Filters.and(Filters.eq("_id", id), Filters.eq("ownerId", ownerId)),
                                Updates.combine(Updates.set("title", title), Updates.set("updatedAt", at)),
                                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE)))
                .map(before -> {
                    before.title = title;
                    before.updatedAt = at;
                    return before;
                });
    }

    /** Deletes every conversation of the owner about one dataset; returns how many. */
    public long deleteByDataset(String ownerId, String datasetId) {
        return delete("ownerId = ?1 and datasetId = ?2", ownerId, datasetId);
    }

    /** Deletes the conversation if it belongs to {@code ownerId}; true when something was deleted. */
    public boolean deleteByIdAndOwner(String id, String ownerId) {
        return delete("_id = ?1 and ownerId = ?2", id, ownerId) > 0;
    }
}
