package io.datasage.dashboard.messaging;

import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.EventCodec;
import io.datasage.dashboard.service.DatasetCleanup;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Removes what this service keeps of a deleted dataset: its dashboards, their share links and its cached renders.
 * A store error is retried (bounded, with backoff); a record that still fails, or is not an event, goes to the
 * dead-letter topic and the consumer goes on with the next.
 */
@ApplicationScoped
public class DatasetDeletedConsumer {

    private final DatasetCleanup cleanup;

    public DatasetDeletedConsumer(DatasetCleanup cleanup) {
        this.cleanup = cleanup;
    }

    @Incoming("dataset-deleted")
    @Blocking
    @Retry(maxRetries = 6, delay = 500, jitter = 200, abortOn = IllegalArgumentException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void onDeleted(String json) {
        cleanup.forget(EventCodec.read(json, DatasetDeleted.class).data().datasetId());
    }
}
