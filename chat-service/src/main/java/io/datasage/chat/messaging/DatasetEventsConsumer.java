package io.datasage.chat.messaging;

import io.datasage.chat.service.RecentCharts;
import io.datasage.platform.datasets.DatasetCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this instance's dataset catalog in step with the datasets: each instance reads every {@code dataset.*}
 * event (a consumer group of its own) and drops what it knew of a dataset whose state moved on, and its recent charts.
 */
@ApplicationScoped
public class DatasetEventsConsumer {

    private final DatasetCatalog catalog;
    private final RecentCharts charts;

    public DatasetEventsConsumer(DatasetCatalog catalog, RecentCharts charts) {
        this.catalog = catalog;
        this.charts = charts;
    }

    @Incoming("dataset-events")
    public void onEvent(String json) {
        String movedOn = catalog.apply(json);
        if (movedOn != null) {
            charts.forgetDataset(movedOn);
        }
    }
}
