package io.datasage.worker.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import io.datasage.platform.storage.StorageErrors;
import io.datasage.worker.config.WorkerConfig;
import io.datasage.worker.messaging.EventPublisher;
import io.datasage.worker.metrics.IngestMetrics;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Analyses one uploaded dataset version: the file becomes {@code data.arrow}, {@code profile.json} and
 * {@code preview.json} in the version's folder ({@link StorageLayout}), then {@code dataset.ready} (or
 * {@code dataset.failed} with a reason) is published. Safe to run again
 * for the same upload: a finished version is only announced again, and a version that crashed the worker too
 * often is failed instead of crashing it forever.
 */
@ApplicationScoped
public class AnalysisService {

    private final EventPublisher publisher;
    private final Heartbeats heartbeats;
    private final WorkerConfig config;
    private final ObjectMapper mapper;
    private final Path storageRoot;
    private final IngestMetrics metrics;

    public AnalysisService(
            EventPublisher publisher,
            Heartbeats heartbeats,
            WorkerConfig config,
            ObjectMapper mapper,
            IngestMetrics metrics) {
        this.publisher = publisher;
        this.heartbeats = heartbeats;
        this.metrics = metrics;
        this.config = config;
        this.mapper = mapper;
        this.storageRoot = config.storageRoot().toAbsolutePath().normalize();
    }

    /**
     * Runs the analysis of {@code upload} and publishes its outcome. What the file does wrong ends in
     * {@code dataset.failed}; only a storage root that cannot be used escapes, and is retried a few times before
     * the consumer dead-letters the upload.
     */
    @Retry(maxRetries = 2, delay = 2000, jitter = 500)
    public void analyse(DatasetUploaded upload) {
        Path datasetDir;
        Path dir;
        try {
            datasetDir = storageRoot
                    .resolve(StorageLayout.datasetDir(upload.datasetId()))
                    .normalize();
            dir = storageRoot
                    .resolve(StorageLayout.versionDir(upload.datasetId(), upload.version()))
                    .normalize();
        } catch (IllegalArgumentException e) {
            fail(upload, "reading", "The upload names no valid dataset; it was not read.");
            return;
        }
        Path raw = storageRoot.resolve(upload.rawPath()).normalize();
        if (!datasetDir.startsWith(storageRoot) || !raw.startsWith(datasetDir)) {
            fail(upload, "reading", "The upload refers to a file outside its dataset folder; it was not read.");
            return;
        }
        // Each version has its own folder: the previous version stays readable while this one is analysed.
        ResultFiles files = new ResultFiles(dir, mapper);
        Optional<DatasetReady> finished = files.finished(upload.version());
        if (finished.isPresent()) {
            Log.infof("Dataset %s v%d was already analysed; announcing it again", upload.datasetId(), upload.version());
            publisher.ready(finished.get());
            return;
        }
        if (!Files.exists(raw)) {
            Log.infof("Dataset %s has no raw file any more (deleted?); nothing to analyse", upload.datasetId());
            return;
        }
        int attempt;
        try {
            files.createDir();
            attempt = files.nextAttempt(upload.version());
        } catch (UncheckedIOException e) {
            if (!StorageErrors.full(e)) {
                throw e;
            }
            storageFull(upload, files, "reading");
            return;
        }
        if (attempt > config.maxAttempts()) {
            fail(
                    upload,
                    "parsing",
                    "The analysis stopped unexpectedly " + (attempt - 1) + " times on this file, so it was"
                            + " given up; the file may be too large for the worker's memory. Try a smaller file or a CSV export.");
            return;
        }
        Log.infof("Analysing dataset %s v%d (attempt %d)", upload.datasetId(), upload.version(), attempt);
        run(upload, raw, files);
    }

    private void run(DatasetUploaded upload, Path raw, ResultFiles files) {
        long start = System.nanoTime();
        ThrottledProgress progress = new ThrottledProgress(publisher, upload, config.progressInterval());
        try (Heartbeats.Registration beating = heartbeats.register(progress)) {
            IngestResult result = ingestor(upload).ingest(raw, format(upload), files.arrow(), progress);
            files.writeJson(ResultFiles.PROFILE, result.profile());
            files.writeJson(ResultFiles.PREVIEW, PreviewFile.of(result));
            DatasetReady ready = ReadyMapper.ready(
                    upload,
                    result,
                    StorageLayout.arrow(upload.datasetId(), upload.version()),
                    StorageLayout.profile(upload.datasetId(), upload.version()),
                    (System.nanoTime() - start) / 1_000_000);
            if (!Files.exists(raw)) {
                // Deleted while we worked: leave nothing behind and announce nothing.
                files.deleteOutputs();
                return;
            }
            files.writeJson(ResultFiles.RESULT, ready);
            publisher.ready(ready);
            metrics.ready(ready.rowCount(), ready.durationMs());
            Log.infof(
                    "Dataset %s v%d ready: %d rows x %d columns in %d ms",
                    upload.datasetId(), upload.version(), ready.rowCount(), ready.columnCount(), ready.durationMs());
        } catch (IngestException e) {
            if (StorageErrors.full(e)) {
                storageFull(upload, files, e.phase());
            } else {
                fail(upload, e.phase(), e.reason());
            }
        } catch (RuntimeException e) {
            if (StorageErrors.full(e)) {
                storageFull(upload, files, "writing");
                return;
            }
            Log.errorf(e, "Analysis of dataset %s failed unexpectedly", upload.datasetId());
            fail(
                    upload,
                    "parsing",
                    "The file could not be analysed because of an unexpected error ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "). The error was logged.");
        }
    }

    /** No half-written result may stay visible: the outputs go, the upload stays, and the owner can retry. */
    private void storageFull(DatasetUploaded upload, ResultFiles files, String phase) {
        files.deleteOutputs();
        Log.errorf("Dataset %s v%d: the storage is full", upload.datasetId(), upload.version());
        fail(
                upload,
                phase,
                "The storage is full, so the analysed data could not be saved (the upload itself is kept). Retry"
                        + " the dataset (POST /api/datasets/" + upload.datasetId() + "/retry) once space has been"
                        + " freed.");
    }

    private Ingestor ingestor(DatasetUploaded upload) {
        return new Ingestor(IngestOptions.builder()
                .maxColumns(config.maxColumns())
                .previewRows(config.previewRows())
                .sheet(upload.sheet())
                .build());
    }

    private static SourceFormat format(DatasetUploaded upload) {
        return SourceFormat.valueOf(upload.format().toUpperCase(Locale.ROOT));
    }

    private void fail(DatasetUploaded upload, String phase, String reason) {
        Log.infof("Dataset %s v%d failed in %s: %s", upload.datasetId(), upload.version(), phase, reason);
        publisher.failed(new DatasetFailed(upload.datasetId(), upload.ownerId(), upload.version(), phase, reason));
        metrics.failed();
    }
}
