package io.datasage.dataset.service;

import io.datasage.contracts.storage.StorageLayout;
import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.messaging.OutboxRelay;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.dataset.repository.FileSlot;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.time.Instant;

/**
 * Submits a FAILED file for analysis again (after the storage filled up, a worker was lost, or the file was too
 * much for it): the dataset's current file when nothing is served, otherwise a failed replacement file. The
 * file becomes a new version with its own folder, so late events of the failed attempt change nothing.
 */
@ApplicationScoped
public class RetryService {

    private final DatasetRepository datasets;
    private final StoredFiles files;
    private final OutboxRelay relay;

    public RetryService(DatasetRepository datasets, StoredFiles files, OutboxRelay relay) {
        this.datasets = datasets;
        this.files = files;
        this.relay = relay;
    }

    /** Resubmits the owner's failed file; the owner follows it as after an upload (or a new file). */
    public DatasetEntity retry(String ownerId, String id) {
        DatasetEntity d = datasets.findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + id + "."));
        FileSlot slot = failedSlot(d);
        FileSlot.State failed = slot.of(d);
        if (failed.rawPath() == null || !Files.exists(files.resolve(failed.rawPath()))) {
            throw ProblemException.conflict("The uploaded file is no longer stored, so it cannot be analysed again;"
                    + " upload the file again.");
        }
        int version = datasets.allocateVersion(id, highestVersion(d))
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + id + "."));
        String rawPath = files.linkRaw(failed.rawPath(), StorageLayout.raw(id, version, failed.format()));
        if (!datasets.resubmit(slot, id, ownerId, failed.version(), version, rawPath, Instant.now())) {
            files.deleteVersion(id, version);
            throw ProblemException.conflict(
                    "The dataset changed while it was being retried (another retry, a new file or a deletion);"
                            + " reload it.");
        }
        // The failed attempt's folder (its raw file now lives in the new one, and nothing in it is served).
        files.deleteVersion(id, failed.version());
        relay.kick();
        return datasets.findByIdAndOwner(id, ownerId)
                .orElseThrow(() -> ProblemException.notFound("No dataset with id " + id + "."));
    }

    private static FileSlot failedSlot(DatasetEntity d) {
        if (d.status == DatasetStatus.FAILED) {
            return FileSlot.CURRENT;
        }
        if (d.replacement != null && d.replacement.status == DatasetStatus.FAILED) {
            return FileSlot.REPLACEMENT;
        }
        if (d.status == DatasetStatus.READY) {
            throw ProblemException.conflict("Only a FAILED dataset (or a failed new file) can be retried; this one is"
                    + " READY" + (d.replacement == null ? "." : " and its new file is still being analysed."));
        }
        throw ProblemException.conflict("Only a FAILED dataset can be retried; this one is " + d.status
                + " and still on its way (follow GET /api/datasets/" + d.id + "/events).");
    }

    static int highestVersion(DatasetEntity d) {
        return Math.max(d.version, d.replacement == null ? 0 : d.replacement.version);
    }
}
