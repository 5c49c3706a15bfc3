package io.datasage.dataset.repository;

import io.datasage.dataset.DatasetStatus;
import java.time.Instant;

/**
 * Which file of a dataset a change is about: the current version, or the replacement analysed beside it (a new file
 * sent with {@code PUT /api/datasets/{id}/file} while the current version stays served). Both move through the same
 * states with the same fields, stored at the top of the record or under {@code replacement}.
 */
public enum FileSlot {
    /** The version the dataset serves (or will serve once it is READY). */
    CURRENT("", "uploadPublished"),
    /** The replacement file being analysed while the current version stays served. */
    REPLACEMENT("replacement.", "replacement.published");

    private final String prefix;
    private final String published;

    FileSlot(String prefix, String published) {
        this.prefix = prefix;
        this.published = published;
    }

    /** The stored name of one of the slot's fields ({@code version}, {@code status}, {@code heartbeatAt}...). */
    public String field(String name) {
        return prefix + name;
    }

    /** The stored name of the flag that says the slot's {@code dataset.uploaded} event was published. */
    public String published() {
        return published;
    }

    /** The slot's state in {@code d}, or null when {@code d} has no such file (no replacement). */
    public State of(DatasetEntity d) {
        if (this == CURRENT) {
            return new State(
                    d.version, d.status, d.rawPath, d.format, d.heartbeatAt, d.queuedAt, d.requeues, d.updatedAt);
        }
        DatasetEntity.ReplacementEntity r = d.replacement;
        return r == null
                ? null
                : new State(
                        r.version, r.status, r.rawPath, r.format, r.heartbeatAt, r.queuedAt, r.requeues, r.updatedAt);
    }

    /** What the reaper, the relay and a retry read of one slot. */
    public record State(
            int version,
            DatasetStatus status,
            String rawPath,
            String format,
            Instant heartbeatAt,
            Instant queuedAt,
            int requeues,
            Instant updatedAt) {}
}
