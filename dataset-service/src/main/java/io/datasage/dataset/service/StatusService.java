package io.datasage.dataset.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the worker's events to the dataset records. Every event may arrive twice or late: events of another
 * version are stale, progress never moves backwards, and READY is final for its version. Events of a replacement
 * file's version go to the replacement; its READY makes it the current version and removes the previous one's files.
 */
@ApplicationScoped
public class StatusService {

    private final DatasetRepository datasets;
    private final StoredFiles files;

    public StatusService(DatasetRepository datasets, StoredFiles files) {
        this.datasets = datasets;
        this.files = files;
    }

    /** Records progress while the dataset (or its replacement) is still being analysed. */
    public void progress(DatasetProgress event) {
        live(event.datasetId()).ifPresent(d -> {
            if (d.version == event.version()) {
                if (d.status == DatasetStatus.READY || d.status == DatasetStatus.FAILED) {
                    return;
                }
                d.status = DatasetStatus.PROCESSING;
                d.phase = event.phase();
                d.percent = Math.max(d.percent, Math.min(99, event.percent()));
                d.rowsProcessed = Math.max(d.rowsProcessed, event.rowsProcessed());
            } else if (replacing(d, event.version())) {
                DatasetEntity.ReplacementEntity r = d.replacement;
                if (r.status == DatasetStatus.FAILED) {
                    return;
                }
                r.status = DatasetStatus.PROCESSING;
                r.phase = event.phase();
                r.percent = Math.max(r.percent, Math.min(99, event.percent()));
                r.rowsProcessed = Math.max(r.rowsProcessed, event.rowsProcessed());
                r.updatedAt = Instant.now();
            } else {
                return;
            }
            d.updatedAt = Instant.now();
            datasets.update(d);
        });
    }

    /** Marks the dataset READY with what the analysis found, or makes a finished replacement the current version. */
    public void ready(DatasetReady event) {
        live(event.datasetId()).ifPresent(d -> {
            if (d.version == event.version()) {
                if (d.status == DatasetStatus.READY) {
                    return;
                }
                apply(d, event);
                datasets.update(d);
            } else if (replacing(d, event.version())) {
                promote(d, event);
            }
        });
    }

    /** Marks the dataset (or its replacement) FAILED with the worker's reason, unless that version already succeeded. */
    public void failed(DatasetFailed event) {
        live(event.datasetId()).ifPresent(d -> {
            if (d.version == event.version()) {
                if (d.status == DatasetStatus.READY) {
                    return;
                }
                d.status = DatasetStatus.FAILED;
                d.phase = event.phase();
                d.failureReason = event.reason();
            } else if (replacing(d, event.version())) {
                // The previous version stays served; the replacement keeps its reason until the next one.
                d.replacement.status = DatasetStatus.FAILED;
                d.replacement.phase = event.phase();
                d.replacement.failureReason = event.reason();
                d.replacement.updatedAt = Instant.now();
            } else {
                return;
            }
            d.updatedAt = Instant.now();
            datasets.update(d);
        });
    }

    /** The replacement becomes the current version; the previous version's files go once the record says so. */
    private void promote(DatasetEntity d, DatasetReady event) {
        DatasetEntity.ReplacementEntity r = d.replacement;
        int previous = d.version;
        d.version = r.version;
        d.originalFilename = r.originalFilename;
        d.format = r.format;
        d.rawPath = r.rawPath;
        d.sizeBytes = r.sizeBytes;
        d.sha256 = r.sha256;
        d.sheet = r.sheet;
        d.uploadPublished = true;
        d.replacement = null;
        apply(d, event);
        try {
            datasets.update(d);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // The owner uploaded the same content as another dataset meanwhile: keep serving the previous version.
            DatasetEntity current = datasets.findById(d.id);
            current.replacement.status = DatasetStatus.FAILED;
            current.replacement.failureReason = "This file has the same content as another of your datasets.";
            datasets.update(current);
            return;
        }
        try {
            files.deleteVersion(d.id, previous);
        } catch (RuntimeException e) {
            Log.warnf("Could not delete version %d of dataset %s: %s", previous, d.id, e.getMessage());
        }
        Log.infof("Dataset %s now serves version %d (version %d removed)", d.id, d.version, previous);
    }

    private static void apply(DatasetEntity d, DatasetReady event) {
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
        d.analysisMs = event.durationMs();
        d.updatedAt = Instant.now();
    }

    private Optional<DatasetEntity> live(String id) {
        return datasets.findByIdOptional(id).filter(d -> !d.deleted);
    }

    private static boolean replacing(DatasetEntity d, int version) {
        return d.replacement != null && d.replacement.version == version;
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
