package io.datasage.dataset.service;

import io.datasage.dataset.DatasetStatus;
import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.messaging.OutboxRelay;
import io.datasage.dataset.repository.AnalysisUpdates;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.FileSlot;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Finds files that would otherwise wait forever (a dataset's, or a replacement's beside a served version):
 * PROCESSING ones whose worker stopped sending heartbeats (it hung or died) go back in the queue, a few times,
 * then fail with a reason; published uploads no worker took fail with a reason after the queue timeout. Every
 * change is conditional on what was seen, so a heartbeat that arrives meanwhile wins, and several replicas reap
 * side by side.
 */
@ApplicationScoped
public class StuckDatasetReaper {

    private static final int BATCH = 100;

    private final AnalysisUpdates updates;
    private final OutboxRelay relay;
    private final DatasetConfig config;

    public StuckDatasetReaper(AnalysisUpdates updates, OutboxRelay relay, DatasetConfig config) {
        this.updates = updates;
        this.relay = relay;
        this.config = config;
    }

    @Scheduled(
            every = "${datasage.dataset.reaper-interval:15s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            reap(Instant.now());
        } catch (RuntimeException e) {
            Log.warnf("Could not look for stuck datasets (the next run tries again): %s", e.getMessage());
        }
    }

    /** Re-queues or fails what is stuck as of {@code now}; returns how many files it changed. */
    public int reap(Instant now) {
        int changed = 0;
        for (FileSlot slot : FileSlot.values()) {
            for (DatasetEntity d : updates.listAllWhereLeaseExpired(slot, now.minus(config.leaseTimeout()), BATCH)) {
                changed += silentWorker(slot, d, now) ? 1 : 0;
            }
            for (DatasetEntity d : updates.listAllWhereQueueExpired(slot, now.minus(config.queueTimeout()), BATCH)) {
                FileSlot.State s = slot.of(d);
                if (updates.failIfUnchanged(
                        slot, d.id, s.version(), DatasetStatus.UPLOADED, "queuedAt", s.queuedAt(), noWorker(), now)) {
                    Log.warnf(
                            "Dataset %s v%d waited %s for a worker; failed it",
                            d.id, s.version(), human(config.queueTimeout()));
                    changed++;
                }
            }
        }
        if (changed > 0) {
            relay.kick();
        }
        return changed;
    }

    private boolean silentWorker(FileSlot slot, DatasetEntity d, Instant now) {
        FileSlot.State s = slot.of(d);
        if (s.requeues() < config.maxRequeues()) {
            boolean requeued = updates.requeue(slot, d.id, s.version(), s.heartbeatAt(), now);
            if (requeued) {
                Log.warnf(
                        "Dataset %s v%d: no word from its worker for %s; queued it again (%d of %d)",
                        d.id, s.version(), human(config.leaseTimeout()), s.requeues() + 1, config.maxRequeues());
            }
            return requeued;
        }
        boolean failed = updates.failIfUnchanged(
                slot,
                d.id,
                s.version(),
                DatasetStatus.PROCESSING,
                "heartbeatAt",
                s.heartbeatAt(),
                silentWorkerReason(d.id, s),
                now);
        if (failed) {
            Log.warnf(
                    "Dataset %s v%d: its workers went silent %d times; failed it", d.id, s.version(), s.requeues() + 1);
        }
        return failed;
    }

    private String silentWorkerReason(String id, FileSlot.State s) {
        return "The analysis stopped responding " + (s.requeues() + 1) + " times (no progress for "
                + human(config.leaseTimeout()) + " each time), so it was stopped. The file may be too large for the"
                + " analysis worker, or the workers are unhealthy; retry it (POST /api/datasets/" + id
                + "/retry) once they are, or upload a smaller file.";
    }

    private String noWorker() {
        return "No analysis worker picked this file up within " + human(config.queueTimeout())
                + " (are the workers running?). It still becomes READY if a worker takes it later; or retry it.";
    }

    private static String human(Duration d) {
        if (d.toSeconds() < 120) {
            return d.toSeconds() + " s";
        }
        return d.toMinutes() + " minutes";
    }
}
