package io.datasage.dataset.repository;

import io.datasage.dataset.DatasetStatus;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/** A dataset as stored in the {@code datasets} collection. */
@MongoEntity(collection = "datasets")
public class DatasetEntity {

    @BsonId
    public String id;

    public String ownerId;
    public String name;
    public String description;
    public String originalFilename;
    /** {@code csv}, {@code tsv}, {@code xlsx} or {@code xls}. */
    public String format;
    /** Raw file, relative to the storage root. */
    public String rawPath;

    public long sizeBytes;
    public String sha256;
    public DatasetStatus status;
    /** Bumped each time the dataset is (re)submitted for analysis; events of older versions are ignored. */
    public int version;

    public String phase;
    public int percent;
    public long rowsProcessed;
    public String failureReason;

    public Long rowCount;
    public Integer columnCount;
    public List<ColumnEntity> columns;
    public String arrowPath;
    public String profilePath;
    public List<String> domainHints;
    public Double qualityScore;
    /** How long the worker took to analyse the current version, in milliseconds. */
    public Long analysisMs;

    public Instant createdAt;
    public Instant updatedAt;

    /** For Excel files, the sheet to analyse (name or 0-based index); null means the first. */
    public String sheet;

    /** False until Kafka has acknowledged the {@code dataset.uploaded} event of the current version (the outbox). */
    public boolean uploadPublished;

    /** W3C trace context of the upload request, carried by the {@code dataset.uploaded} event; null untraced. */
    public String traceparent;

    /** A deleted dataset is kept as a tombstone until its {@code dataset.deleted} event is published. */
    public boolean deleted;

    /** When the {@code dataset.uploaded} event of the current version was last published (the queue wait starts). */
    public Instant queuedAt;

    /** Last sign of life of the worker analysing the current version: its lease runs from here. */
    public Instant heartbeatAt;

    /** How often the current version was put back in the queue because its worker stopped reporting. */
    public int requeues;

    /** The outbox relay (one per replica) that is publishing this record's pending event, and until when. */
    public String outboxClaimedBy;

    /** When the claim of {@link #outboxClaimedBy} lapses and another relay may publish the event. */
    public Instant outboxClaimedUntil;

    /**
     * The highest version number handed out for this dataset (a new file or a retry takes the next), so two
     * requests never store files under one version's folder.
     */
    public int lastVersion;

    /**
     * A new file for this dataset being analysed while the current version stays served; null when there is none.
     * On READY it becomes the current version; on FAILED it stays here with its reason until replaced again.
     */
    public ReplacementEntity replacement;

    /** A replacement file: its own version, raw file, content hash and analysis status. */
    public static class ReplacementEntity {
        public int version;
        public String originalFilename;
        public String format;
        public String rawPath;
        public long sizeBytes;
        public String sha256;
        public String sheet;
        public DatasetStatus status;
        public String phase;
        public int percent;
        public long rowsProcessed;
        public String failureReason;
        /** False until Kafka has acknowledged this version's {@code dataset.uploaded} event. */
        public boolean published;

        /** When this version's {@code dataset.uploaded} event was last published (the queue wait starts). */
        public Instant queuedAt;
        /** Last sign of life of the worker analysing this version. */
        public Instant heartbeatAt;
        /** How often this version was put back in the queue because its worker stopped reporting. */
        public int requeues;

        public Instant createdAt;
        public Instant updatedAt;
    }

    /** One column's name and inferred type. */
    public static class ColumnEntity {
        public String name;
        public String type;
        public long nullCount;
        public long distinctCount;
        public List<String> samples;
    }
}
