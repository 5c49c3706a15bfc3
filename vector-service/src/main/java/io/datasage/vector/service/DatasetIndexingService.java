package io.datasage.vector.service;

import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.vector.index.IndexFilter;
import io.datasage.vector.mapping.DatasetDocuments;
import io.datasage.vector.repository.VectorDocumentEntity;
import io.datasage.vector.repository.VectorDocumentRepository;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Applies dataset events to the store: documents are stored at once (the event may then be acknowledged) and
 * embedded later by the {@link IndexMaintainer}, so that slow embedding never holds up the consumer.
 */
@ApplicationScoped
public class DatasetIndexingService {

    private final VectorDocumentRepository documents;
    private final IndexHolder holder;
    private final IndexMaintainer maintainer;

    public DatasetIndexingService(VectorDocumentRepository documents, IndexHolder holder, IndexMaintainer maintainer) {
        this.documents = documents;
        this.holder = holder;
        this.maintainer = maintainer;
    }

    /** Stores the dataset's and its columns' texts for indexing, replacing an earlier version. */
    @Retry(maxRetries = 6, delay = 500, jitter = 200)
    @ExponentialBackoff(maxDelay = 30_000)
    public void store(DatasetReady ready) {
        List<VectorDocumentEntity> docs = DatasetDocuments.from(ready, Instant.now());
        Set<String> stale = holder.locked(() -> {
            Set<String> removed = documents.replaceDatasetDocuments(ready.ownerId(), ready.datasetId(), docs);
            holder.opened().ifPresent(index -> index.deleteIds(removed));
            return removed;
        });
        Log.infof(
                "Stored dataset %s of %s for indexing: %d documents, %d stale removed",
                ready.datasetId(), ready.ownerId(), docs.size(), stale.size());
        maintainer.wake();
    }

    /** Removes everything indexed about the dataset, remembered questions included. */
    @Retry(maxRetries = 6, delay = 500, jitter = 200)
    @ExponentialBackoff(maxDelay = 30_000)
    public void delete(DatasetDeleted deleted) {
        long removed = holder.locked(() -> {
            long count = documents.deleteByDataset(deleted.ownerId(), deleted.datasetId());
            holder.opened()
                    .ifPresent(index ->
                            index.delete(IndexFilter.owner(deleted.ownerId()).dataset(deleted.datasetId())));
            return count;
        });
        Log.infof(
                "Removed dataset %s of %s from the index: %d documents",
                deleted.datasetId(), deleted.ownerId(), removed);
    }
}
