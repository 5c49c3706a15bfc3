package io.datasage.dashboard.messaging;

import io.datasage.dashboard.service.RecentRenders;
import io.datasage.platform.datasets.DatasetCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this instance's in-memory caches in step with the datasets: each instance reads every {@code dataset.*}
 * event (a consumer group of its own), drops what it knew of a dataset whose state moved on, and its recent renders.
 */
@ApplicationScoped
public class DatasetEventsConsumer {

    private final DatasetCatalog catalog;
    private final RecentRenders renders;

    public DatasetEventsConsumer(DatasetCatalog catalog, RecentRenders renders) {
        this.catalog = catalog;
        this.renders = renders;
    }

    @Incoming("dataset-events")
    public void onEvent(String json) {
        String moved = catalog.apply(json);
        if (moved != null) {
            renders.forgetDataset(moved);
        }
    }
}
