package io.datasage.dataset.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.dataset.repository.AnalysisUpdates;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.dataset.repository.FileSlot;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Applies the worker's events to the dataset records. Every event may arrive twice or late: events of another
 * version or of a deleted dataset change nothing, progress never moves backwards, and READY is final for its
 * version. Events of a replacement file's version go to the replacement; its READY makes it the current version
 * and removes the previous one's files. Each change is one conditional update in the store, so it never overwrites
 * a concurrent delete, retry or new file. A store that is briefly away is retried here (bounded); the consumer
 * dead-letters what still fails.
 */
@ApplicationScoped
@Retry(maxRetries = 6, delay = 500, jitter = 200)
@ExponentialBackoff(maxDelay = 30_000)
public class StatusService {

    private final AnalysisUpdates updates;
    private final DatasetRepository datasets;
    private final StoredFiles files;

    public StatusService(AnalysisUpdates updates, DatasetRepository datasets, StoredFiles files) {
        this.updates = updates;
        this.datasets = datasets;
        this.files = files;
    }

    /** Records progress (and renews the worker's lease) while the dataset or its replacement is being analysed. */
    public void progress(DatasetProgress event) {
        int percent = Math.max(0, Math.min(99, event.percent()));
        Instant now = Instant.now();
        // A version is either the current one or the replacement's: at most one of the two updates matches.
        if (!updates.recordProgress(
                FileSlot.CURRENT,
                event.datasetId(),
                event.version(),
                event.phase(),
                percent,
                event.rowsProcessed(),
                now)) {
            updates.recordProgress(
                    FileSlot.REPLACEMENT,
                    event.datasetId(),
                    event.version(),
                    event.phase(),
                    percent,
                    event.rowsProcessed(),
                    now);
        }
    }

    /** Marks the dataset READY with what the analysis found, or makes a finished replacement the current version. */
    public void ready(DatasetReady event) {
        DatasetEntity analysed = analysed(event);
        if (updates.markReady(event.datasetId(), event.version(), analysed, Instant.now())) {
            return;
        }
        DatasetEntity d = datasets.findById(event.datasetId());
        if (d != null && !d.deleted && d.replacement != null && d.replacement.version == event.version()) {
            promote(d, analysed);
        }
    }

    /** Marks the dataset (or its replacement) FAILED with the worker's reason, unless that version succeeded. */
    public void failed(DatasetFailed event) {
        Instant now = Instant.now();
        if (!updates.markFailed(
                FileSlot.CURRENT, event.datasetId(), event.version(), event.phase(), event.reason(), now)) {
            // The previous version stays served; the replacement keeps its reason until the next one.
            updates.markFailed(
                    FileSlot.REPLACEMENT, event.datasetId(), event.version(), event.phase(), event.reason(), now);
        }
    }

    /** The replacement becomes the current version; the previous version's files go once the record says so. */
    private void promote(DatasetEntity d, DatasetEntity analysed) {
        DatasetEntity.ReplacementEntity r = d.replacement;
        boolean promoted;
        try {
            promoted = updates.promote(d.id, d.version, r, analysed, Instant.now());
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // The owner uploaded the same content as another dataset meanwhile: keep serving the previous version.
            updates.markFailed(
                    FileSlot.REPLACEMENT,
                    d.id,
                    r.version,
                    "done",
                    "This file has the same content as another of your datasets.",
                    Instant.now());
            return;
        }
        if (!promoted) {
            // Superseded by a newer file, or deleted, while its READY was on its way.
            return;
        }
        try {
            files.deleteVersion(d.id, d.version);
        } catch (RuntimeException e) {
            Log.warnf("Could not delete version %d of dataset %s: %s", d.version, d.id, e.getMessage());
        }
        Log.infof("Dataset %s now serves version %d (version %d removed)", d.id, r.version, d.version);
    }

    private static DatasetEntity analysed(DatasetReady event) {
        DatasetEntity analysed = new DatasetEntity();
        analysed.rowCount = event.rowCount();
        analysed.columnCount = event.columnCount();
        analysed.columns = event.columns() == null
                ? null
                : event.columns().stream().map(StatusService::column).toList();
        analysed.arrowPath = event.arrowPath();
        analysed.profilePath = event.profilePath();
        analysed.domainHints = event.domainHints();
        analysed.qualityScore = event.qualityScore();
        analysed.analysisMs = event.durationMs();
        return analysed;
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
