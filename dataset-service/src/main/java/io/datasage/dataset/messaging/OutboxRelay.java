package io.datasage.dataset.messaging;

import io.datasage.dataset.mapping.EventMapper;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.FileSlot;
import io.datasage.dataset.repository.OutboxRepository;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes what the {@code datasets} records say is still unpublished: upload events of new, resubmitted or
 * replacement files, and deletion events of tombstones. The record is written first and marked only after Kafka
 * acknowledged, so an upload accepted while the broker is down is published when it is back (at least once).
 * Each entry is claimed in the store before it is sent, so several replicas of the service relay side by side
 * without publishing one event twice; a claim whose replica died lapses and another one takes over.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final int BATCH = 100;

    private final OutboxRepository outbox;
    private final OutboxSender sender;
    private final String claimer = "relay-" + UUID.randomUUID();
    private final Duration claimFor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Instant lastWarning = Instant.EPOCH;
    private volatile boolean started;

    public OutboxRelay(OutboxRepository outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
        // Long enough for a publish to time out and the record to be marked; short enough to take over soon.
        this.claimFor = sender.timeout().multipliedBy(2);
    }

    /** Asks for a drain soon, off the caller's thread (after an upload, a new file, a retry or a delete). */
    public void kick() {
        Infrastructure.getDefaultWorkerPool().execute(this::drain);
    }

    /** Ticks wait for the application to have started: before that the Kafka emitters are not connected yet. */
    void started(@Observes StartupEvent event) {
        started = true;
    }

    @Scheduled(
            every = "${datasage.dataset.outbox-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (started) {
            drain();
        }
    }

    /**
     * Publishes everything unpublished; one drain at a time per replica, and a request during a drain triggers
     * another.
     */
    public void drain() {
        pending.set(true);
        while (pending.get() && running.compareAndSet(false, true)) {
            try {
                pending.set(false);
                publishAll();
            } finally {
                running.set(false);
            }
        }
    }

    private void publishAll() {
        try {
            publishUploads(FileSlot.CURRENT);
            publishUploads(FileSlot.REPLACEMENT);
            for (int i = 0; i < BATCH; i++) {
                Optional<DatasetEntity> next = outbox.claimTombstone(claimer, Instant.now(), claimUntil());
                if (next.isEmpty()) {
                    break;
                }
                DatasetEntity d = next.get();
                publish(d, () -> sender.deleted(d.id, EventMapper.deleted(d)));
                outbox.deleteTombstone(d.id, claimer);
            }
        } catch (RuntimeException e) {
            // Kafka (or the store) is unreachable: everything stays unpublished and the next tick retries.
            if (Instant.now().isAfter(lastWarning.plusSeconds(60))) {
                lastWarning = Instant.now();
                Log.warnf("Events are waiting to be published and will be retried: %s", e.getMessage());
            }
        }
    }

    private void publishUploads(FileSlot slot) {
        for (int i = 0; i < BATCH; i++) {
            Optional<DatasetEntity> next = outbox.claimUnpublishedUpload(slot, claimer, Instant.now(), claimUntil());
            if (next.isEmpty()) {
                return;
            }
            DatasetEntity d = next.get();
            int version = slot.of(d).version();
            publish(
                    d,
                    () -> sender.uploaded(
                            d.id,
                            slot == FileSlot.CURRENT
                                    ? EventMapper.uploaded(d)
                                    : EventMapper.uploaded(d, d.replacement)));
            if (!outbox.markUploadPublished(slot, d.id, version, claimer, Instant.now())) {
                // Superseded or retried meanwhile: the new version is still pending and goes out next.
                outbox.releaseClaim(d.id, claimer);
            }
        }
    }

    private Instant claimUntil() {
        return Instant.now().plus(claimFor);
    }

    private void publish(DatasetEntity d, Runnable send) {
        try {
            send.run();
        } catch (RuntimeException e) {
            try {
                outbox.releaseClaim(d.id, claimer);
            } catch (RuntimeException ignored) {
                // The store is away too: the claim lapses by itself.
            }
            throw e;
        }
    }
}
