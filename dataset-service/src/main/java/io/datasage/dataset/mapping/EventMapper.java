package io.datasage.dataset.mapping;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventTypes;
import io.datasage.dataset.repository.DatasetEntity;

/** Builds the events dataset-service publishes from its records: events are derived, never stored twice. */
public final class EventMapper {

    /** CloudEvents {@code source} of this service. */
    public static final String SOURCE = "/datasage/dataset-service";

    private EventMapper() {}

    /** {@code dataset.uploaded} for the dataset's current version. */
    public static CloudEvent<DatasetUploaded> uploaded(DatasetEntity d) {
        return CloudEvent.<DatasetUploaded>of(
                        SOURCE,
                        EventTypes.DATASET_UPLOADED,
                        d.id,
                        new DatasetUploaded(
                                d.id,
                                d.ownerId,
                                d.version,
                                d.name,
                                d.description,
                                d.originalFilename,
                                d.format,
                                d.rawPath,
                                d.sizeBytes,
                                d.sha256.startsWith("deleted:") ? null : d.sha256,
                                d.sheet))
                // The outbox publishes later, outside the request: the event carries the request's trace instead.
                .withTraceparent(d.traceparent);
    }

    /** {@code dataset.uploaded} for the dataset's replacement file (its own version, raw file and hash). */
    public static CloudEvent<DatasetUploaded> uploaded(DatasetEntity d, DatasetEntity.ReplacementEntity r) {
        return CloudEvent.of(
                SOURCE,
                EventTypes.DATASET_UPLOADED,
                d.id,
                new DatasetUploaded(
                        d.id,
                        d.ownerId,
                        r.version,
                        d.name,
                        d.description,
                        r.originalFilename,
                        r.format,
                        r.rawPath,
                        r.sizeBytes,
                        r.sha256,
                        r.sheet));
    }

    /** {@code dataset.deleted}. */
    public static CloudEvent<DatasetDeleted> deleted(DatasetEntity d) {
        return CloudEvent.of(SOURCE, EventTypes.DATASET_DELETED, d.id, new DatasetDeleted(d.id, d.ownerId));
    }
}
