package io.datasage.chat.messaging;

import io.datasage.charts.ArrowDatasets;
import io.datasage.chat.service.RecentCharts;
import io.datasage.platform.datasets.DatasetCatalog;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this instance's dataset catalog in step with the datasets: each instance reads every {@code dataset.*}
 * event (a consumer group of its own) and drops what it knew of a dataset whose state moved on, and its recent charts.
 * A dataset that has just become READY is learnt from its event and its file opened, so that its owner's first
 * chart or question waits for neither.
 */
@ApplicationScoped
public class DatasetEventsConsumer {

    /** How recent a {@code dataset.ready} must be to be learnt from (older ones are replays of the topic). */
    private static final Duration FRESH = Duration.ofMinutes(2);

    private final DatasetCatalog catalog;
    private final RecentCharts charts;
    private final ArrowDatasets arrowFiles;

    public DatasetEventsConsumer(DatasetCatalog catalog, RecentCharts charts, ArrowDatasets arrowFiles) {
        this.catalog = catalog;
        this.charts = charts;
        this.arrowFiles = arrowFiles;
    }

    @Incoming("dataset-events")
    @Blocking
    public void onEvent(String json) {
        DatasetCatalog.Followed change = catalog.follow(json, FRESH);
        if (change.movedOn() != null) {
            charts.forgetDataset(change.movedOn());
        }
        if (change.movedOnFolder() != null) {
            // Its files are gone or superseded: unmap them now rather than when the cache fills up.
            arrowFiles.invalidateUnder(change.movedOnFolder());
        }
        if (change.learntArrowFile() != null) {
            // Known to this instance, and opened, before its owner's first chart.
            arrowFiles.prepare(change.learntArrowFile());
        }
    }
}
