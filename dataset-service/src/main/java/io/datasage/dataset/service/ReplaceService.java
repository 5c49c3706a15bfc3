package io.datasage.dataset.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.messaging.OutboxRelay;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.ingest.SourceFormat;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

/**
 * Replaces a dataset's file: the new file becomes version + 1, stored in its own folder and analysed like an
 * upload, while the current version stays served until the new one is READY (then it takes over and the old
 * files go). A dataset with nothing served yet (still analysing, or failed) simply starts over with the new file.
 */
@ApplicationScoped
public class ReplaceService {

    private final DatasetRepository datasets;
    private final StoredFiles files;
    private final OutboxRelay relay;
    private final DatasetConfig config;

    public ReplaceService(DatasetRepository datasets, StoredFiles files, OutboxRelay relay, DatasetConfig config) {
        this.datasets = datasets;
        this.files = files;
        this.relay = relay;
        this.config = config;
    }

    /** Accepts a new file for the owner's dataset; {@code duplicate} when it is the file already served. */
    public UploadOutcome replace(String ownerId, String id, UploadRequest request) {
        try {
            return store(ownerId, id, request);
        } finally {
            UploadService.deleteQuietly(request);
        }
    }

    private UploadOutcome store(String ownerId, String id, UploadRequest request) {
        DatasetEntity d = datasets.findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + id + "."));
        SourceFormat format = IncomingFiles.check(request, config);
        String sha256 = request.sha256();
        if (sha256.equals(d.sha256)) {
            return new UploadOutcome(d, true);
        }
        datasets.findByOwnerAndSha256(ownerId, sha256).ifPresent(other -> {
            throw ProblemException.conflict("This file is already your dataset '" + other.name + "' (" + other.id
                    + "); replace with a different file, or use that dataset.");
        });
        int version = Math.max(d.version, d.replacement == null ? 0 : d.replacement.version) + 1;
        String extension = format.name().toLowerCase(Locale.ROOT);
        String rawPath = files.storeRawAt(request.file(), StorageLayout.raw(d.id, version, extension));
        String filename = UploadService.displayFilename(request.originalFilename());
        String sheet = format == SourceFormat.XLSX || format == SourceFormat.XLS ? blank(request.sheet()) : null;
        Instant now = Instant.now();
        int dropped;
        if (d.status == DatasetStatus.READY) {
            dropped = d.replacement == null ? 0 : d.replacement.version;
            d.replacement = replacement(version, filename, extension, rawPath, request.size(), sha256, sheet, now);
        } else {
            dropped = d.version;
            restart(d, version, filename, extension, rawPath, request.size(), sha256, sheet);
        }
        d.updatedAt = now;
        try {
            datasets.update(d);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            files.deleteVersion(d.id, version);
            throw ProblemException.conflict("This file was just uploaded as another of your datasets.");
        }
        if (dropped > 0) {
            // A replacement superseded before it finished, or the version that never became READY.
            files.deleteVersion(d.id, dropped);
        }
        relay.kick();
        return new UploadOutcome(d, false);
    }

    private static DatasetEntity.ReplacementEntity replacement(
            int version,
            String filename,
            String format,
            String rawPath,
            long size,
            String sha256,
            String sheet,
            Instant now) {
        DatasetEntity.ReplacementEntity r = new DatasetEntity.ReplacementEntity();
        r.version = version;
        r.originalFilename = filename;
        r.format = format;
        r.rawPath = rawPath;
        r.sizeBytes = size;
        r.sha256 = sha256;
        r.sheet = sheet;
        r.status = DatasetStatus.UPLOADED;
        r.phase = "queued";
        r.published = false;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    private static void restart(
            DatasetEntity d,
            int version,
            String filename,
            String format,
            String rawPath,
            long size,
            String sha256,
            String sheet) {
        d.version = version;
        d.originalFilename = filename;
        d.format = format;
        d.rawPath = rawPath;
        d.sizeBytes = size;
        d.sha256 = sha256;
        d.sheet = sheet;
        d.status = DatasetStatus.UPLOADED;
        d.phase = "queued";
        d.percent = 0;
        d.rowsProcessed = 0;
        d.failureReason = null;
        d.rowCount = null;
        d.columnCount = null;
        d.columns = null;
        d.arrowPath = null;
        d.profilePath = null;
        d.domainHints = null;
        d.qualityScore = null;
        d.uploadPublished = false;
        d.replacement = null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
