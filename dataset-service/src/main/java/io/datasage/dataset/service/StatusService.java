package io.datasage.dataset.service;

import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the worker's events to the dataset records. Every event may arrive twice or late: events of another
 * version are stale, progress never moves backwards, and READY is final for its version.
 */
@ApplicationScoped
public class StatusService {

    private final DatasetRepository datasets;

    public StatusService(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    /** Records progress while the dataset is still being analysed. */
    public void progress(DatasetProgress event) {
        current(event.datasetId(), event.version()).ifPresent(d -> {
            if (d.status == DatasetStatus.READY || d.status == DatasetStatus.FAILED) {
                return;
            }
            d.status = DatasetStatus.PROCESSING;
            d.phase = event.phase();
            d.percent = Math.max(d.percent, Math.min(99, event.percent()));
            d.rowsProcessed = Math.max(d.rowsProcessed, event.rowsProcessed());
            d.updatedAt = Instant.now();
            datasets.update(d);
        });
    }

    /** Marks the dataset READY with what the analysis found. */
    public void ready(DatasetReady event) {
        current(event.datasetId(), event.version()).ifPresent(d -> {
            if (d.status == DatasetStatus.READY) {
                return;
            }
            d.status = DatasetStatus.READY;
            d.phase = "done";
            d.percent = 100;
            d.rowsProcessed = event.rowCount();
            d.failureReason = null;
            d.rowCount = event.rowCount();
            d.columnCount = event.columnCount();
            d.columns = event.columns() == null
                    ? null
                    : event.columns().stream().map(StatusService::column).toList();
            d.arrowPath = event.arrowPath();
            d.profilePath = event.profilePath();
            d.domainHints = event.domainHints();
            d.qualityScore = event.qualityScore();
            d.updatedAt = Instant.now();
            datasets.update(d);
        });
    }

    /** Marks the dataset FAILED with the worker's reason, unless this version already succeeded. */
    public void failed(DatasetFailed event) {
        current(event.datasetId(), event.version()).ifPresent(d -> {
            if (d.status == DatasetStatus.READY) {
                return;
            }
            d.status = DatasetStatus.FAILED;
            d.phase = event.phase();
            d.failureReason = event.reason();
            d.updatedAt = Instant.now();
            datasets.update(d);
        });
    }

    private Optional<DatasetEntity> current(String id, int version) {
        return datasets.findByIdOptional(id).filter(d -> !d.deleted && d.version == version);
    }

    private static DatasetEntity.ColumnEntity column(DatasetReady.ColumnSummary c) {
        DatasetEntity.ColumnEntity e = new DatasetEntity.ColumnEntity();
        e.name = c.name();
        e.type = c.type();
        e.nullCount = c.nullCount();
        e.distinctCount = c.distinctCount();
        e.samples = c.samples();
        return e;
    }
}
