package io.datasage.dataset.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import io.datasage.dataset.DatasetStatus;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bson.conversions.Bson;

/**
 * Datasets in the document store: lookups (scoped to one owner, skipping tombstones) and the owner's changes.
 * Every change after the first insert is a field-level update guarded by the state it expects (version, status,
 * not deleted), here and in {@link AnalysisUpdates} and {@link OutboxRepository}, so concurrent writers (the
 * worker's events, a delete, a retry, a new file, the outbox, the reaper, another replica) never write back a
 * stale copy: the one whose precondition no longer holds changes nothing.
 */
@ApplicationScoped
public class DatasetRepository implements PanacheMongoRepositoryBase<DatasetEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        mongoCollection()
                .createIndex(Indexes.compoundIndex(Indexes.ascending("ownerId"), Indexes.descending("createdAt")));
        // One dataset per owner and content: concurrent uploads of the same bytes cannot both be stored.
        mongoCollection()
                .createIndex(
                        Indexes.compoundIndex(Indexes.ascending("ownerId"), Indexes.ascending("sha256")),
                        new IndexOptions().unique(true).name("owner_content_unique"));
        mongoCollection().createIndex(Indexes.ascending("uploadPublished"));
        mongoCollection().createIndex(Indexes.ascending("replacement.published"));
        mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.ascending("deleted")));
    }

    /** The live dataset if it exists and belongs to {@code ownerId}. */
    public Optional<DatasetEntity> findByIdAndOwner(String id, String ownerId) {
        return find("_id = ?1 and ownerId = ?2 and deleted = ?3", id, ownerId, false)
                .firstResultOptional();
    }

    /** The owner's live dataset with this content hash. */
    public Optional<DatasetEntity> findByOwnerAndSha256(String ownerId, String sha256) {
        return find("ownerId = ?1 and sha256 = ?2 and deleted = ?3", ownerId, sha256, false)
                .firstResultOptional();
    }

    /** A page of the owner's live datasets, newest first. */
    public List<DatasetEntity> listAllWhereOwner(String ownerId, int page, int size) {
        return find("ownerId = ?1 and deleted = ?2", Sort.descending("createdAt"), ownerId, false)
                .page(Page.of(page, size))
                .list();
    }

    /** How many live datasets the owner has. */
    public long countByOwner(String ownerId) {
        return count("ownerId = ?1 and deleted = ?2", ownerId, false);
    }

    /**
     * Hands out the next version number of a live dataset: above {@code atLeast} (the highest version the caller
     * saw) and above every number handed out before, so no two requests ever get the same one. Empty when the
     * dataset is gone or deleted.
     */
    public OptionalInt allocateVersion(String id, int atLeast) {
        // Records written before the counter existed start it from what they hold; $max never lowers it.
        mongoCollection().updateOne(eq("_id", id), max("lastVersion", atLeast));
        // The document as it was before the increment: the embedded store answers AFTER with its live copy,
        // which a concurrent increment may already have changed again (two requests once got the same number).
        DatasetEntity before = mongoCollection()
                .findOneAndUpdate(
                        and(eq("_id", id), eq("deleted", false)),
                        inc("lastVersion", 1),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        return before == null ? OptionalInt.empty() : OptionalInt.of(before.lastVersion + 1);
    }

    /**
     * Turns the owner's live dataset into a tombstone and frees its content hash (so the same file can be
     * uploaded again); false when there is no such live dataset.
     */
    public boolean markDeleted(String id, String ownerId, Instant at) {
        return updated(
                and(eq("_id", id), eq("ownerId", ownerId), eq("deleted", false)),
                combine(set("deleted", true), set("sha256", "deleted:" + id), set("updatedAt", at)));
    }

    /**
     * Submits the FAILED file in {@code slot} (at {@code version}) again as {@code newVersion}, whose raw file is
     * {@code rawPath}: queued, progress reset, its upload event pending. False when the dataset is not the owner's
     * or that file is not FAILED at {@code version} any more.
     */
    public boolean resubmit(
            FileSlot slot, String id, String ownerId, int version, int newVersion, String rawPath, Instant at) {
        return updated(
                and(
                        eq("_id", id),
                        eq("ownerId", ownerId),
                        eq("deleted", false),
                        eq(slot.field("version"), version),
                        eq(slot.field("status"), DatasetStatus.FAILED.name())),
                combine(
                        set(slot.field("version"), newVersion),
                        set(slot.field("rawPath"), rawPath),
                        set(slot.field("status"), DatasetStatus.UPLOADED.name()),
                        set(slot.field("phase"), "queued"),
                        set(slot.field("percent"), 0),
                        set(slot.field("rowsProcessed"), 0L),
                        set(slot.field("failureReason"), null),
                        set(slot.field("requeues"), 0),
                        set(slot.field("heartbeatAt"), null),
                        set(slot.field("queuedAt"), null),
                        set(slot.published(), false),
                        touch(slot, at)));
    }

    /**
     * Puts {@code replacement} beside the owner's READY dataset while {@code version} stays served, superseding the
     * replacement the caller saw ({@code replacing}, null for none). False when the dataset changed meanwhile.
     */
    public boolean startReplacement(
            String id,
            String ownerId,
            int version,
            Integer replacing,
            DatasetEntity.ReplacementEntity replacement,
            Instant at) {
        return updated(
                and(
                        eq("_id", id),
                        eq("ownerId", ownerId),
                        eq("deleted", false),
                        eq("version", version),
                        eq("status", DatasetStatus.READY.name()),
                        replacing == null ? eq("replacement", null) : eq("replacement.version", replacing)),
                combine(set("replacement", replacement), set("updatedAt", at)));
    }

    /**
     * Starts the owner's dataset over with the file in {@code next} (its version, file fields and hash) when nothing
     * is served yet (still analysing, or FAILED at {@code version}). False when the dataset changed meanwhile (it
     * became READY, or another file or retry came first).
     */
    public boolean restart(String id, String ownerId, int version, DatasetEntity next, Instant at) {
        return updated(
                and(
                        eq("_id", id),
                        eq("ownerId", ownerId),
                        eq("deleted", false),
                        eq("version", version),
                        ne("status", DatasetStatus.READY.name())),
                combine(
                        set("version", next.version),
                        set("originalFilename", next.originalFilename),
                        set("format", next.format),
                        set("rawPath", next.rawPath),
                        set("sizeBytes", next.sizeBytes),
                        set("sha256", next.sha256),
                        set("sheet", next.sheet),
                        set("status", DatasetStatus.UPLOADED.name()),
                        set("phase", "queued"),
                        set("percent", 0),
                        set("rowsProcessed", 0L),
                        set("failureReason", null),
                        set("rowCount", null),
                        set("columnCount", null),
                        set("columns", null),
                        set("arrowPath", null),
                        set("profilePath", null),
                        set("domainHints", null),
                        set("qualityScore", null),
                        set("analysisMs", null),
                        set("requeues", 0),
                        set("heartbeatAt", null),
                        set("queuedAt", null),
                        set("uploadPublished", false),
                        unset("replacement"),
                        set("updatedAt", at)));
    }

    /** The update of a slot's and the record's {@code updatedAt}. */
    static Bson touch(FileSlot slot, Instant at) {
        return slot == FileSlot.CURRENT
                ? set("updatedAt", at)
                : combine(set(slot.field("updatedAt"), at), set("updatedAt", at));
    }

    private boolean updated(Bson filter, Bson update) {
        return mongoCollection().updateOne(filter, update).getMatchedCount() > 0;
    }
}
