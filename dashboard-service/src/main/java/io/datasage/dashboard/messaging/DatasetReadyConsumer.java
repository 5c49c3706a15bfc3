package io.datasage.dashboard.messaging;

import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.dashboard.repository.DashboardRepository;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Moves a dataset's dashboards to its newest READY version (a replaced file), so that share links, which open a
 * dashboard without the owner's token, render the current data too. Owners' own views always ask dataset-service.
 */
@ApplicationScoped
public class DatasetReadyConsumer {

    private final DashboardRepository dashboards;

    public DatasetReadyConsumer(DashboardRepository dashboards) {
        this.dashboards = dashboards;
    }

    @Incoming("dataset-ready")
    @Blocking
    public void onReady(String json) throws InterruptedException {
        DatasetReady ready;
        try {
            var cloudEvent = EventCodec.read(json, DatasetReady.class);
            if (!EventTypes.DATASET_READY.equals(cloudEvent.type())) {
                return;
            }
            ready = cloudEvent.data();
        } catch (IllegalArgumentException e) {
            Log.errorf("Skipping a malformed dataset.ready event (%s)", e.getMessage());
            return;
        }
        DatasetReady event = ready;
        InPlaceRetry.run(
                "move the dashboards of dataset " + event.datasetId() + " to version " + event.version(), () -> {
                    long moved = dashboards.moveToVersion(event.datasetId(), event.version());
                    if (moved > 0) {
                        Log.infof(
                                "%d dashboards of dataset %s now show version %d",
                                moved, event.datasetId(), event.version());
                    }
                });
    }
}
