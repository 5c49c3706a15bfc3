package io.datasage.dashboard.messaging;

import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.EventCodec;
import io.datasage.dashboard.repository.ChartRenderRepository;
import io.datasage.dashboard.repository.DashboardRepository;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Forgets cached renders and dashboards of deleted datasets. */
@ApplicationScoped
public class DatasetDeletedConsumer {

    private final ChartRenderRepository renders;
    private final DashboardRepository dashboards;

    public DatasetDeletedConsumer(ChartRenderRepository renders, DashboardRepository dashboards) {
        this.renders = renders;
        this.dashboards = dashboards;
    }

    @Incoming("dataset-deleted")
    @Blocking
    public void onDeleted(String json) {
        DatasetDeleted deleted;
        try {
            deleted = EventCodec.read(json, DatasetDeleted.class).data();
        } catch (IllegalArgumentException e) {
            Log.errorf("Skipping a malformed dataset.deleted event (%s)", e.getMessage());
            return;
        }
        long charts = renders.deleteByDataset(deleted.datasetId());
        long boards = dashboards.deleteByDataset(deleted.datasetId());
        Log.infof(
                "Dataset %s deleted: dropped %d cached charts and %d dashboards", deleted.datasetId(), charts, boards);
    }
}
