package io.datasage.chat.messaging;

import io.datasage.platform.datasets.DatasetCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this instance's dataset catalog in step with the datasets: each instance reads every {@code dataset.*}
 * event (a consumer group of its own) and drops what it knew of a dataset whose state moved on.
 */
@ApplicationScoped
public class DatasetEventsConsumer {

    private final DatasetCatalog catalog;

    public DatasetEventsConsumer(DatasetCatalog catalog) {
        this.catalog = catalog;
    }

    @Incoming("dataset-events")
    public void onEvent(String json) {
        catalog.apply(json);
    }
}
