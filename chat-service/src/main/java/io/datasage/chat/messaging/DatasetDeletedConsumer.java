package io.datasage.chat.messaging;

import io.datasage.chat.service.ConversationService;
import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.EventCodec;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Removes the conversations of deleted datasets. A store error is retried (bounded); a record that still fails,
 * or is not an event, goes to the dead-letter topic and the consumer goes on with the next.
 */
@ApplicationScoped
public class DatasetDeletedConsumer {

    /** Channel of {@code datasage.dataset.deleted}. */
    public static final String DATASET_DELETED = "dataset-deleted";

    private final ConversationService conversations;

    public DatasetDeletedConsumer(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Incoming(DATASET_DELETED)
    @Blocking
    @Retry(maxRetries = 6, delay = 500, jitter = 200, abortOn = IllegalArgumentException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void onDeleted(String json) {
        DatasetDeleted deleted = EventCodec.read(json, DatasetDeleted.class).data();
        if (deleted.datasetId() == null || deleted.ownerId() == null) {
            throw new IllegalArgumentException("dataset.deleted without dataset_id or owner_id");
        }
        long removed = conversations.deleteForDataset(deleted.ownerId(), deleted.datasetId());
        Log.infof("Dataset %s deleted: removed %d conversations", deleted.datasetId(), removed);
    }
}
