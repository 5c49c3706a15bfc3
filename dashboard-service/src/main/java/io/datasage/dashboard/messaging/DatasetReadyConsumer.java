package io.datasage.dashboard.messaging;

import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.dashboard.repository.DashboardRepository;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Moves a dataset's dashboards to its newest READY version (a replaced file), so that share links, which open a
 * dashboard without the owner's token, render the current data too. Owners' own views always ask dataset-service.
 * A store error is retried (bounded, with backoff); a record that still fails, or is not an event, goes to the
 * dead-letter topic and the consumer goes on with the next.
 */
@ApplicationScoped
public class DatasetReadyConsumer {

    private final DashboardRepository dashboards;

    public DatasetReadyConsumer(DashboardRepository dashboards) {
        this.dashboards = dashboards;
    }

    @Incoming("dataset-ready")
    @Blocking
    @Retry(maxRetries = 6, delay = 500, jitter = 200, abortOn = IllegalArgumentException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void onReady(String json) {
        var cloudEvent = EventCodec.read(json, DatasetReady.class);
        if (!EventTypes.DATASET_READY.equals(cloudEvent.type())) {
            return;
        }
        DatasetReady event = cloudEvent.data();
        long moved = dashboards.moveToVersion(event.datasetId(), event.version());
        if (moved > 0) {
            Log.infof("%d dashboards of dataset %s now show version %d", moved, event.datasetId(), event.version());
        }
    }
}
