package io.datasage.dashboard.messaging;

import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.EventCodec;
import io.datasage.dashboard.service.DatasetCleanup;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Removes what this service keeps of a deleted dataset: its dashboards, their share links and its cached renders.
 * A failing delete (the store briefly away) is retried with backoff; a malformed event is skipped, so the
 * consumer never stops on one event.
 */
@ApplicationScoped
public class DatasetDeletedConsumer {

    private final DatasetCleanup cleanup;

    public DatasetDeletedConsumer(DatasetCleanup cleanup) {
        this.cleanup = cleanup;
    }

    @Incoming("dataset-deleted")
    @Blocking
    public void onDeleted(String json) throws InterruptedException {
        DatasetDeleted deleted;
        try {
            deleted = EventCodec.read(json, DatasetDeleted.class).data();
        } catch (IllegalArgumentException e) {
            Log.errorf("Skipping a malformed dataset.deleted event (%s)", e.getMessage());
            return;
        }
        String datasetId = deleted.datasetId();
        InPlaceRetry.run("remove what is kept of deleted dataset " + datasetId, () -> cleanup.forget(datasetId));
    }
}
