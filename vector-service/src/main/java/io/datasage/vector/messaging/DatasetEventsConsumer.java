package io.datasage.vector.messaging;

import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.Topics;
import io.datasage.vector.service.DatasetIndexingService;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code dataset.ready} and {@code dataset.deleted}. Each record is acknowledged once its documents are
 * in the store; embedding happens later, so a slow model never holds up the consumer group. Records that are not
 * valid events are logged and skipped.
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
        events.payload(record, DatasetReady.class, Topics.DATASET_READY)
                .filter(r -> identified(r.datasetId(), r.ownerId(), Topics.DATASET_READY))
                .ifPresent(indexing::store);
    }

    @Incoming(DATASET_DELETED)
    @Blocking
    public void onDeleted(String record) {
        events.payload(record, DatasetDeleted.class, Topics.DATASET_DELETED)
                .filter(d -> identified(d.datasetId(), d.ownerId(), Topics.DATASET_DELETED))
                .ifPresent(indexing::delete);
    }

    private static boolean identified(String datasetId, String ownerId, String topic) {
        if (datasetId == null || datasetId.isBlank() || ownerId == null || ownerId.isBlank()) {
            Log.warnf("Skipping an event on %s without dataset_id or owner_id", topic);
            return false;
        }
        return true;
    }
}
