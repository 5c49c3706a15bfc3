package io.datasage.dataset.repository;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoCollection;
import io.datasage.dataset.DatasetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;

/**
 * The analysis state of the dataset records, changed by the worker's events and by the stuck-dataset reaper: each
 * change is one update guarded by the version it is about and the state it expects (see {@link DatasetRepository}).
 */
@ApplicationScoped
public class AnalysisUpdates {

    private final DatasetRepository datasets;

    public AnalysisUpdates(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    /**
     * Records progress of {@code version} of the file in {@code slot} while it is queued or being analysed:
     * status PROCESSING, percent and rows only ever grow, and the worker's lease is renewed. False when the
     * dataset is gone, deleted, finished or has no such version there.
     */
    public boolean recordProgress(
            FileSlot slot, String id, int version, String phase, int percent, long rows, Instant at) {
        return updateLive(
                slot,
                id,
                version,
                or(
                        eq(slot.field("status"), DatasetStatus.UPLOADED.name()),
                        eq(slot.field("status"), DatasetStatus.PROCESSING.name())),
                combine(
                        set(slot.field("status"), DatasetStatus.PROCESSING.name()),
                        set(slot.field("phase"), phase),
                        max(slot.field("percent"), percent),
                        max(slot.field("rowsProcessed"), rows),
                        set(slot.field("heartbeatAt"), at),
                        DatasetRepository.touch(slot, at)));
    }

    /** Marks the current {@code version} READY with what the analysis found, unless it already is. */
    public boolean markReady(String id, int version, DatasetEntity analysed, Instant at) {
        return updateLive(
                FileSlot.CURRENT,
                id,
                version,
                ne("status", DatasetStatus.READY.name()),
                combine(ready(analysed), set("updatedAt", at)));
    }

    /**
     * Makes the analysed replacement {@code r} the current version in place of {@code previous}, with what the
     * analysis found. False when the replacement was superseded or the dataset deleted meanwhile. Throws the
     * store's duplicate-key error when the owner has another dataset with the replacement's content.
     */
    public boolean promote(
            String id, int previous, DatasetEntity.ReplacementEntity r, DatasetEntity analysed, Instant at) {
        return collection()
                        .updateOne(
                                and(
                                        eq("_id", id),
                                        eq("deleted", false),
                                        eq("version", previous),
                                        eq("replacement.version", r.version)),
                                combine(
                                        set("version", r.version),
                                        set("originalFilename", r.originalFilename),
                                        set("format", r.format),
                                        set("rawPath", r.rawPath),
                                        set("sizeBytes", r.sizeBytes),
                                        set("sha256", r.sha256),
                                        set("sheet", r.sheet),
                                        set("uploadPublished", true),
                                        set("requeues", 0),
                                        set("heartbeatAt", null),
                                        set("queuedAt", r.queuedAt),
                                        unset("replacement"),
                                        ready(analysed),
                                        set("updatedAt", at)))
                        .getMatchedCount()
                > 0;
    }

    /** Marks {@code version} of the file in {@code slot} FAILED with a reason for people, unless it is READY. */
    public boolean markFailed(FileSlot slot, String id, int version, String phase, String reason, Instant at) {
        return updateLive(
                slot,
                id,
                version,
                ne(slot.field("status"), DatasetStatus.READY.name()),
                combine(
                        set(slot.field("status"), DatasetStatus.FAILED.name()),
                        set(slot.field("phase"), phase),
                        set(slot.field("failureReason"), reason),
                        DatasetRepository.touch(slot, at)));
    }

    /** Live datasets whose file in {@code slot} is PROCESSING without a word from its worker since {@code cutoff}. */
    public List<DatasetEntity> listAllWhereLeaseExpired(FileSlot slot, Instant cutoff, int limit) {
        return collection()
                .find(and(
                        eq(slot.field("status"), DatasetStatus.PROCESSING.name()),
                        eq("deleted", false),
                        or(
                                lt(slot.field("heartbeatAt"), cutoff),
                                and(eq(slot.field("heartbeatAt"), null), lt(slot.field("updatedAt"), cutoff)))))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** Live datasets whose file in {@code slot} was published for analysis before {@code cutoff} and never taken. */
    public List<DatasetEntity> listAllWhereQueueExpired(FileSlot slot, Instant cutoff, int limit) {
        return collection()
                .find(and(
                        eq(slot.field("status"), DatasetStatus.UPLOADED.name()),
                        eq("deleted", false),
                        eq(slot.published(), true),
                        or(
                                lt(slot.field("queuedAt"), cutoff),
                                and(eq(slot.field("queuedAt"), null), lt(slot.field("updatedAt"), cutoff)))))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /**
     * Puts the PROCESSING {@code version} in {@code slot} back in the queue, unless its worker reported after
     * {@code heartbeatAt} (the value the reaper saw); its upload event becomes pending again.
     */
    public boolean requeue(FileSlot slot, String id, int version, Instant heartbeatAt, Instant at) {
        return updateLive(
                slot,
                id,
                version,
                and(
                        eq(slot.field("status"), DatasetStatus.PROCESSING.name()),
                        eq(slot.field("heartbeatAt"), heartbeatAt)),
                combine(
                        set(slot.field("status"), DatasetStatus.UPLOADED.name()),
                        set(slot.field("phase"), "queued"),
                        set(slot.published(), false),
                        set(slot.field("queuedAt"), null),
                        inc(slot.field("requeues"), 1),
                        DatasetRepository.touch(slot, at)));
    }

    /**
     * Fails {@code version} in {@code slot} with a reason if it is still in {@code status} and its {@code field}
     * still holds the value the reaper saw (no heartbeat or publish happened meanwhile).
     */
    public boolean failIfUnchanged(
            FileSlot slot,
            String id,
            int version,
            DatasetStatus status,
            String field,
            Instant seen,
            String reason,
            Instant at) {
        return updateLive(
                slot,
                id,
                version,
                and(eq(slot.field("status"), status.name()), eq(slot.field(field), seen)),
                combine(
                        set(slot.field("status"), DatasetStatus.FAILED.name()),
                        set(slot.field("failureReason"), reason),
                        DatasetRepository.touch(slot, at)));
    }

    private static Bson ready(DatasetEntity analysed) {
        return combine(
                set("status", DatasetStatus.READY.name()),
                set("phase", "done"),
                set("percent", 100),
                set("rowsProcessed", analysed.rowCount),
                set("failureReason", null),
                set("rowCount", analysed.rowCount),
                set("columnCount", analysed.columnCount),
                set("columns", analysed.columns),
                set("arrowPath", analysed.arrowPath),
                set("profilePath", analysed.profilePath),
                set("domainHints", analysed.domainHints),
                set("qualityScore", analysed.qualityScore),
                set("analysisMs", analysed.analysisMs));
    }

    private boolean updateLive(FileSlot slot, String id, int version, Bson condition, Bson update) {
        return collection()
                        .updateOne(
                                and(eq("_id", id), eq("deleted", false), eq(slot.field("version"), version), condition),
                                update)
                        .getMatchedCount()
                > 0;
    }

    private MongoCollection<DatasetEntity> collection() {
        return datasets.mongoCollection();
    }
}
