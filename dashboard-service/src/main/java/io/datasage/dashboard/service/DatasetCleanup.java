package io.datasage.dashboard.service;

import io.datasage.charts.ArrowDatasets;
import io.datasage.dashboard.repository.ChartRenderRepository;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.dashboard.repository.ShareRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** Forgets everything this service keeps of a dataset: share links first (so none opens a half-deleted dashboard), dashboards, renders, open files. */
@ApplicationScoped
public class DatasetCleanup {

    private final ShareRepository shares;
    private final DashboardRepository dashboards;
    private final ChartRenderRepository renders;
    private final ArrowDatasets arrowFiles;
    private final ChartService charts;
    private final RenderWrites writes;

    public DatasetCleanup(
            ShareRepository shares,
            DashboardRepository dashboards,
            ChartRenderRepository renders,
            ArrowDatasets arrowFiles,
            ChartService charts,
            RenderWrites writes) {
        this.writes = writes;
        this.shares = shares;
        this.dashboards = dashboards;
        this.renders = renders;
        this.arrowFiles = arrowFiles;
        this.charts = charts;
    }

    /** Removes the dataset's share links, dashboards and cached renders; idempotent. */
    public void forget(String datasetId) {
        int newest = dashboards.newestVersion(datasetId);
        long links = shares.deleteByDataset(datasetId);
        long boards = dashboards.deleteByDataset(datasetId);
        // A render queued before the deletion must not land in the store after it.
        writes.awaitQueued();
        long cached = renders.deleteByDataset(datasetId);
        // Unmap the files (already deleted by dataset-service) instead of waiting for the LRU to drop them.
        for (int v = 1; v <= newest; v++) {
            arrowFiles.invalidate(charts.arrowFile(DatasetVersions.of(datasetId, v)));
        }
        Log.infof(
                "Dataset %s deleted: removed %d dashboards, %d share links and %d cached charts",
                datasetId, boards, links, cached);
    }
}
