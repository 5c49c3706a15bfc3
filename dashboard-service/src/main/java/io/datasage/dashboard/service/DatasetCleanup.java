package io.datasage.dashboard.service;

import io.datasage.dashboard.repository.ChartRenderRepository;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.dashboard.repository.ShareRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** Forgets everything this service keeps of a dataset: share links first (so none opens a half-deleted dashboard), dashboards, renders. */
@ApplicationScoped
public class DatasetCleanup {

    private final ShareRepository shares;
    private final DashboardRepository dashboards;
    private final ChartRenderRepository renders;
    private final RenderWrites writes;

    public DatasetCleanup(
            ShareRepository shares,
            DashboardRepository dashboards,
            ChartRenderRepository renders,
            RenderWrites writes) {
        this.writes = writes;
        this.shares = shares;
        this.dashboards = dashboards;
        this.renders = renders;
    }

    /** Removes the dataset's share links, dashboards and cached renders; idempotent. */
    public void forget(String datasetId) {
        long links = shares.deleteByDataset(datasetId);
        long boards = dashboards.deleteByDataset(datasetId);
        // A render queued before the deletion must not land in the store after it.
        writes.awaitQueued();
        long cached = renders.deleteByDataset(datasetId);
        // Its Arrow files are unmapped by every instance's DatasetEventsConsumer, whatever versions it had open.
        Log.infof(
                "Dataset %s deleted: removed %d dashboards, %d share links and %d cached charts",
                datasetId, boards, links, cached);
    }
}
