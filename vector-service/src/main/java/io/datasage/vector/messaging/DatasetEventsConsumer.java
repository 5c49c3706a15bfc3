package io.datasage.vector.messaging;

import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.Topics;
import io.datasage.vector.service.DatasetIndexingService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code dataset.ready} and {@code dataset.deleted}. Each record is acknowledged once its documents are
 * in the store; embedding happens later, so a slow model never holds up the consumer group. A store write is
 * retried by {@link DatasetIndexingService}; a record that still fails, or is not a valid event, goes to the
 * dead-letter topic and the channel goes on with the next one.
 */
@ApplicationScoped
public class DatasetEventsConsumer {

    /** Channel of {@value Topics#DATASET_READY}. */
    public static final String DATASET_READY = "dataset-ready";
    /** Channel of {@value Topics#DATASET_DELETED}. */
    public static final String DATASET_DELETED = "dataset-deleted";

    private final EventReader events;
    private final DatasetIndexingService indexing;

    public DatasetEventsConsumer(EventReader events, DatasetIndexingService indexing) {
        this.events = events;
        this.indexing = indexing;
    }

    @Incoming(DATASET_READY)
    @Blocking
    public void onReady(String record) {
        DatasetReady ready = events.payload(record, DatasetReady.class, Topics.DATASET_READY)
                .filter(r -> identified(r.datasetId(), r.ownerId()))
                .orElseThrow(() -> unreadable(Topics.DATASET_READY));
        indexing.store(ready);
    }

    @Incoming(DATASET_DELETED)
    @Blocking
    public void onDeleted(String record) {
        DatasetDeleted deleted = events.payload(record, DatasetDeleted.class, Topics.DATASET_DELETED)
                .filter(d -> identified(d.datasetId(), d.ownerId()))
                .orElseThrow(() -> unreadable(Topics.DATASET_DELETED));
        indexing.delete(deleted);
    }

    private static boolean identified(String datasetId, String ownerId) {
        return datasetId != null && !datasetId.isBlank() && ownerId != null && !ownerId.isBlank();
    }

    private static IllegalArgumentException unreadable(String topic) {
        return new IllegalArgumentException("not a readable event of " + topic + " with a dataset_id and owner_id");
    }
}
