package io.datasage.dataset.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * store rather than a broker subscription, so every replica of the service can serve any client (the replica that
 * recorded a change wakes its own streams at once, see {@link ProgressSignals}), and a client
 * whose connection broke (a restart, a failover) resumes where it was by sending the id of the last snapshot it
 * got ({@code Last-Event-ID}): it receives what changed since, never that snapshot again.
 */
@ApplicationScoped
public class ProgressStream {

    private final DatasetRepository datasets;
    private final DatasetConfig config;
    private final ProgressSignals signals;

    public ProgressStream(DatasetRepository datasets, DatasetConfig config, ProgressSignals signals) {
        this.datasets = datasets;
        this.config = config;
        this.signals = signals;
    }

    /**
     * Each change of status, phase, percent or rows; the terminal state is the last item. With {@code lastEventId}
     * (may be null) the snapshot the client already has is not sent again.
     */
    public Multi<Snapshot> follow(String ownerId, String id, String lastEventId) {
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean first = new AtomicBoolean(true);
        // A look at the store right away, on every change this replica records, and every poll interval for the
        // changes another replica records.
        Multi<Long> looks = Multi.createBy()
                .merging()
                .streams(
                        Multi.createFrom().item(-1L),
                        Multi.createFrom().ticks().every(config.progressPollInterval()),
                        signals.of(id).map(changed -> -1L));
        return looks.onOverflow()
                .drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(look ->
                        datasets.findByIdAndOwner(id, ownerId).map(Snapshot::of).orElse(Snapshot.gone(id)))
                // Lets the terminal snapshot through, then completes on the next tick.
                .select()
                .first(s -> !finished.getAndSet(finished.get() || s.terminal()))
                .skip()
                .repetitions()
                .select()
                .where(s -> !(first.getAndSet(false) && s.eventId().equals(lastEventId)))
                .select()
                .first(config.progressStreamTimeout());
    }

    /** True when the client already has the final snapshot: there is nothing left to stream. */
    public boolean alreadyFinished(String ownerId, String id, String lastEventId) {
        if (lastEventId == null) {
            return false;
        }
        Snapshot now = datasets.findByIdAndOwner(id, ownerId).map(Snapshot::of).orElse(Snapshot.gone(id));
        return now.terminal() && now.eventId().equals(lastEventId);
    }

    /** One observation of a dataset's progress. */
    public record Snapshot(
            String datasetId,
            int version,
            DatasetStatus status,
            String phase,
            int percent,
            long rowsProcessed,
            String failureReason) {

        static Snapshot of(DatasetEntity d) {
            return new Snapshot(d.id, d.version, d.status, d.phase, d.percent, d.rowsProcessed, d.failureReason);
        }

        /** The dataset was deleted while someone watched it. */
        static Snapshot gone(String id) {
            return new Snapshot(id, 0, DatasetStatus.FAILED, "deleted", 0, 0, "The dataset was deleted.");
        }

        /** The SSE event id: names this state, so a resuming client can say which one it has. */
        @JsonIgnore
        public String eventId() {
            return version + "-" + status + "-" + phase + "-" + percent + "-" + rowsProcessed;
        }

        /** True for READY and FAILED. */
        public boolean terminal() {
            return status == DatasetStatus.READY || status == DatasetStatus.FAILED;
        }
    }

    /** The resuming client already has the final state: it is answered 204, which tells EventSource to stop. */
    public static final class NothingToResume extends RuntimeException {
        public NothingToResume() {
            super("the client already has the final progress", null, false, false);
        }
    }
}
