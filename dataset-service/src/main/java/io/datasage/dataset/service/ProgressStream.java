package io.datasage.dataset.service;

import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live progress of one dataset as a stream that ends after READY or FAILED. It follows the record in the
 * store rather than a broker subscription, so every replica of the service can serve any client.
 */
@ApplicationScoped
public class ProgressStream {

    private final DatasetRepository datasets;
    private final DatasetConfig config;

    public ProgressStream(DatasetRepository datasets, DatasetConfig config) {
        this.datasets = datasets;
        this.config = config;
    }

    /** Each change of status, phase, percent or rows; the terminal state is the last item. */
    public Multi<Snapshot> follow(String ownerId, String id) {
        AtomicBoolean finished = new AtomicBoolean();
        return Multi.createFrom()
                .ticks()
                .every(config.progressPollInterval())
                .onOverflow()
                .drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick ->
                        datasets.findByIdAndOwner(id, ownerId).map(Snapshot::of).orElse(Snapshot.gone(id)))
                // Lets the terminal snapshot through, then completes on the next tick.
                .select()
                .first(s -> !finished.getAndSet(finished.get() || s.terminal()))
                .skip()
                .repetitions()
                .select()
                .first(config.progressStreamTimeout());
    }

    /** One observation of a dataset's progress. */
    public record Snapshot(
            String datasetId,
            DatasetStatus status,
            String phase,
            int percent,
            long rowsProcessed,
            String failureReason) {

        static Snapshot of(DatasetEntity d) {
            return new Snapshot(d.id, d.status, d.phase, d.percent, d.rowsProcessed, d.failureReason);
        }

        /** The dataset was deleted while someone watched it. */
        static Snapshot gone(String id) {
            return new Snapshot(id, DatasetStatus.FAILED, "deleted", 0, 0, "The dataset was deleted.");
        }

        /** True for READY and FAILED. */
        public boolean terminal() {
            return status == DatasetStatus.READY || status == DatasetStatus.FAILED;
        }
    }
}
