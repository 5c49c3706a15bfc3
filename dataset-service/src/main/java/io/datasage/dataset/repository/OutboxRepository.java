package io.datasage.dataset.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.bson.conversions.Bson;

/**
 * The outbox kept in the dataset records: upload events not yet acknowledged by Kafka (of the current file or of a
 * replacement) and tombstones whose deletion event is still to be sent. A relay claims a record atomically before
 * it publishes, so several replicas relay side by side and never publish one event together.
 */
@ApplicationScoped
public class OutboxRepository {

    private final DatasetRepository datasets;

    public OutboxRepository(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    /**
     * Claims the oldest live dataset whose upload event of the file in {@code slot} is unpublished and not claimed
     * by another relay (or whose claim lapsed), for {@code claimer} until {@code until}.
     */
    public Optional<DatasetEntity> claimUnpublishedUpload(FileSlot slot, String claimer, Instant now, Instant until) {
        return claim(
                and(eq(slot.published(), false), eq("deleted", false)), slot.field("createdAt"), claimer, now, until);
    }

    /** Claims a tombstone whose {@code dataset.deleted} event is unpublished, like {@link #claimUnpublishedUpload}. */
    public Optional<DatasetEntity> claimTombstone(String claimer, Instant now, Instant until) {
        return claim(eq("deleted", true), "updatedAt", claimer, now, until);
    }

    /**
     * Marks the upload event of {@code version} in {@code slot} published by {@code claimer} and releases the
     * claim; false when that file was superseded or retried meanwhile (its new version is still pending).
     */
    public boolean markUploadPublished(FileSlot slot, String id, int version, String claimer, Instant at) {
        return collection()
                        .updateOne(
                                and(eq("_id", id), eq(slot.field("version"), version), eq("outboxClaimedBy", claimer)),
                                combine(
                                        set(slot.published(), true),
                                        set(slot.field("queuedAt"), at),
                                        unset("outboxClaimedBy"),
                                        unset("outboxClaimedUntil")))
                        .getMatchedCount()
                > 0;
    }

    /** Gives up {@code claimer}'s claim, so that the next drain (of any replica) publishes the event. */
    public void releaseClaim(String id, String claimer) {
        collection()
                .updateOne(
                        and(eq("_id", id), eq("outboxClaimedBy", claimer)),
                        combine(unset("outboxClaimedBy"), unset("outboxClaimedUntil")));
    }

    /** Removes a tombstone whose deletion event {@code claimer} published. */
    public boolean deleteTombstone(String id, String claimer) {
        return collection()
                        .deleteOne(and(eq("_id", id), eq("deleted", true), eq("outboxClaimedBy", claimer)))
                        .getDeletedCount()
                > 0;
    }

    private Optional<DatasetEntity> claim(Bson pending, String oldestBy, String claimer, Instant now, Instant until) {
        return Optional.ofNullable(collection()
                .findOneAndUpdate(
                        and(pending, or(eq("outboxClaimedUntil", null), lt("outboxClaimedUntil", now))),
                        combine(set("outboxClaimedBy", claimer), set("outboxClaimedUntil", until)),
                        new FindOneAndUpdateOptions()
                                .sort(Sorts.ascending(oldestBy))
                                // The record as it was when claimed (the claim itself is the caller's): the
                                // embedded store answers AFTER with its live copy, which a new file may change.
                                .returnDocument(ReturnDocument.BEFORE)));
    }

    private MongoCollection<DatasetEntity> collection() {
        return datasets.mongoCollection();
    }
}
