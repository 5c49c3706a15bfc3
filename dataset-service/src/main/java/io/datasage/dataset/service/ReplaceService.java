package io.datasage.dataset.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoWriteException;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.messaging.OutboxRelay;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.ingest.SourceFormat;
import io.datasage.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

/**
 * Replaces a dataset's file: the new file becomes a new version, stored in its own folder and analysed like an
 * upload, while the current version stays served until the new one is READY (then it takes over and the old
 * files go). A dataset with nothing served yet (still analysing, or failed) simply starts over with the new file.
 * The version number is handed out by the store and the record changes by one conditional update, so a new file
 * racing the worker's events, a retry or another new file never loses a write.
 */
@ApplicationScoped
public class ReplaceService {

    /** How often a change that lost a race with another writer is tried again on the fresh record. */
    private static final int ATTEMPTS = 5;

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
        DatasetEntity d = current(ownerId, id);
        SourceFormat format = IncomingFiles.check(request, config);
        String sha256 = request.sha256();
        if (sha256.equals(d.sha256)) {
            return new UploadOutcome(d, true);
        }
        datasets.findByOwnerAndSha256(ownerId, sha256).ifPresent(other -> {
            throw ProblemException.conflict("This file is already your dataset '" + other.name + "' (" + other.id
                    + "); replace with a different file, or use that dataset.");
        });
        int version = datasets.allocateVersion(id, RetryService.highestVersion(d))
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + id + "."));
        String extension = format.name().toLowerCase(Locale.ROOT);
        DatasetEntity.ReplacementEntity file = new DatasetEntity.ReplacementEntity();
        file.version = version;
        file.originalFilename = UploadService.displayFilename(request.originalFilename());
        file.format = extension;
        file.rawPath = files.storeRawAt(request.file(), StorageLayout.raw(id, version, extension));
        file.sizeBytes = request.size();
        file.sha256 = sha256;
        file.sheet = format == SourceFormat.XLSX || format == SourceFormat.XLS ? blank(request.sheet()) : null;
        Integer dropped = null;
        for (int attempt = 1; attempt <= ATTEMPTS && dropped == null; attempt++) {
            int drops = drops(d);
            if (applied(ownerId, d, file)) {
                dropped = drops;
            } else {
                d = afterLostRace(ownerId, id, version);
            }
        }
        if (dropped == null) {
            files.deleteVersion(id, version);
            throw ProblemException.conflict("The dataset kept changing while the new file was stored; try again.");
        }
        if (dropped > 0) {
            // A replacement superseded before it finished, or the version that never became READY.
            try {
                files.deleteVersion(id, dropped);
            } catch (RuntimeException e) {
                Log.warnf("Could not delete version %d of dataset %s: %s", dropped, id, e.getMessage());
            }
        }
        relay.kick();
        return new UploadOutcome(current(ownerId, id), false);
    }

    /**
     * One conditional change of the record as {@code d} shows it: true when it took, false when the record changed
     * meanwhile. Only a dropped connection after the write was sent leaves that unknown: then the record itself
     * tells, and the new version's folder is deleted only when the record surely lacks it, since deleting a folder
     * the record points at loses the accepted file (a stray folder only costs space). Any other failure (a
     * rejection, a store not reached) means the change did not take.
     */
    private boolean applied(String ownerId, DatasetEntity d, DatasetEntity.ReplacementEntity file) {
        try {
            return apply(ownerId, d, file);
        } catch (MongoSocketException lost) {
            DatasetEntity now;
            try {
                now = datasets.findByIdAndOwner(d.id, ownerId).orElse(null);
            } catch (RuntimeException unknown) {
                Log.warnf(
                        "Kept version %d of dataset %s: the store did not say whether it took the new file (%s)",
                        file.version, d.id, unknown.getMessage());
                throw lost;
            }
            if (now != null && holds(now, file.version)) {
                Log.infof(
                        "Dataset %s took version %d although the store's answer was lost (%s)",
                        d.id, file.version, lost.getMessage());
                return true;
            }
            files.deleteVersion(d.id, file.version);
            throw lost;
        } catch (RuntimeException e) {
            files.deleteVersion(d.id, file.version);
            throw e;
        }
    }

    /** The fresh record after a change that did not take; the new version's folder goes if it cannot be read. */
    private DatasetEntity afterLostRace(String ownerId, String id, int version) {
        try {
            return current(ownerId, id);
        } catch (RuntimeException e) {
            // The change did not take, so nothing points at the folder.
            files.deleteVersion(id, version);
            throw e;
        }
    }

    /** Whether the record serves or is analysing {@code version}. */
    private static boolean holds(DatasetEntity d, int version) {
        return d.version == version || (d.replacement != null && d.replacement.version == version);
    }

    /** The version a change of the record as {@code d} shows it drops: the replacement it supersedes, 0 for none. */
    private static int drops(DatasetEntity d) {
        if (d.status == DatasetStatus.READY) {
            return d.replacement == null ? 0 : d.replacement.version;
        }
        return d.version;
    }

    /** Applies the change to the record as {@code d} shows it; false when the record changed meanwhile. */
    private boolean apply(String ownerId, DatasetEntity d, DatasetEntity.ReplacementEntity file) {
        Instant now = Instant.now();
        if (d.status == DatasetStatus.READY) {
            Integer replacing = d.replacement == null ? null : d.replacement.version;
            return datasets.startReplacement(d.id, ownerId, d.version, replacing, pending(file, now), now);
        }
        try {
            return datasets.restart(d.id, ownerId, d.version, startOver(file), now);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            throw ProblemException.conflict("This file was just uploaded as another of your datasets.");
        }
    }

    private DatasetEntity current(String ownerId, String id) {
        return datasets.findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + id + "."));
    }

    private static DatasetEntity.ReplacementEntity pending(DatasetEntity.ReplacementEntity file, Instant now) {
        file.status = DatasetStatus.UPLOADED;
        file.phase = "queued";
        file.published = false;
        file.createdAt = now;
        file.updatedAt = now;
        return file;
    }

    private static DatasetEntity startOver(DatasetEntity.ReplacementEntity file) {
        DatasetEntity next = new DatasetEntity();
        next.version = file.version;
        next.originalFilename = file.originalFilename;
        next.format = file.format;
        next.rawPath = file.rawPath;
        next.sizeBytes = file.sizeBytes;
        next.sha256 = file.sha256;
        next.sheet = file.sheet;
        return next;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
