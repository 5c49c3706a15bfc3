package io.datasage.dataset.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.datasage.contracts.events.TraceContext;
import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.messaging.OutboxRelay;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.ingest.SourceFormat;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Accepts uploads: checks size and content, detects duplicates by SHA-256, stores the file and the record,
 * and leaves the {@code dataset.uploaded} event to the outbox so that it survives a Kafka outage.
 */
@ApplicationScoped
public class UploadService {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    private final DatasetRepository datasets;
    private final StoredFiles files;
    private final OutboxRelay relay;
    private final DatasetConfig config;

    public UploadService(DatasetRepository datasets, StoredFiles files, OutboxRelay relay, DatasetConfig config) {
        this.datasets = datasets;
        this.files = files;
        this.relay = relay;
        this.config = config;
    }

    /** Stores a new dataset, or returns the owner's existing one with the same content. */
    public UploadOutcome upload(String ownerId, UploadRequest request) {
        try {
            return store(ownerId, request);
        } finally {
            deleteQuietly(request);
        }
    }

    private UploadOutcome store(String ownerId, UploadRequest request) {
        SourceFormat format = IncomingFiles.check(request, config);
        String sha256 = request.sha256();
        var existing = datasets.findByOwnerAndSha256(ownerId, sha256);
        if (existing.isPresent()) {
            return new UploadOutcome(existing.get(), true);
        }
        DatasetEntity dataset = newDataset(ownerId, request, format, sha256);
        dataset.rawPath =
                files.storeRaw(request.file(), dataset.id, format.name().toLowerCase(Locale.ROOT));
        try {
            datasets.persist(dataset);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // The same bytes were uploaded concurrently and the other request won: answer with its dataset.
            files.deleteDataset(dataset.id);
            return datasets.findByOwnerAndSha256(ownerId, sha256)
                    .map(d -> new UploadOutcome(d, true))
                    .orElseThrow(() -> e);
        }
        relay.kick();
        return new UploadOutcome(dataset, false);
    }

    private static DatasetEntity newDataset(String ownerId, UploadRequest request, SourceFormat format, String sha256) {
        String filename = displayFilename(request.originalFilename());
        DatasetEntity d = new DatasetEntity();
        d.id = UUID.randomUUID().toString();
        d.ownerId = ownerId;
        d.name = limit(
                blankToNull(request.name()) == null
                        ? baseName(filename)
                        : request.name().strip(),
                MAX_NAME);
        d.description = limit(blankToNull(request.description()), MAX_DESCRIPTION);
        d.originalFilename = filename;
        d.format = format.name().toLowerCase(Locale.ROOT);
        d.sizeBytes = request.size();
        d.sha256 = sha256;
        d.sheet = format == SourceFormat.XLSX || format == SourceFormat.XLS ? blankToNull(request.sheet()) : null;
        d.status = DatasetStatus.UPLOADED;
        d.version = 1;
        d.lastVersion = 1;
        d.phase = "queued";
        d.createdAt = Instant.now();
        d.updatedAt = d.createdAt;
        d.uploadPublished = false;
        // The upload request's trace continues in the worker through the dataset.uploaded event.
        d.traceparent = TraceContext.currentTraceparent();
        return d;
    }

    /** The last segment of a client-supplied name: never used as a path, only shown. */
    static String displayFilename(String original) {
        if (original == null || original.isBlank()) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload" : limit(name, 255);
    }

    private static String baseName(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot > 0 ? filename.substring(0, dot) : filename;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static void deleteQuietly(UploadRequest request) {
        try {
            Files.deleteIfExists(request.file());
        } catch (IOException e) {
            Log.debugf("could not delete temporary upload %s: %s", request.file(), e.getMessage());
        }
    }
}
