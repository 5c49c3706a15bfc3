package io.datasage.dataset.messaging;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.EventCodec;
import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.mapping.EventMapper;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes what the {@code datasets} records say is still unpublished: upload events of new datasets and of
 * replacement files, and deletion events of tombstones. The record is written first and marked only after Kafka acknowledged, so an
 * upload accepted while the broker is down is published when it is back (at least once).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final int BATCH = 100;

    private final DatasetRepository datasets;
    private final MutinyEmitter<String> uploaded;
    private final MutinyEmitter<String> deleted;
    private final Duration publishTimeout;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Instant lastWarning = Instant.EPOCH;

    public OutboxRelay(
            DatasetRepository datasets,
            @Channel(Channels.UPLOADED) MutinyEmitter<String> uploaded,
            @Channel(Channels.DELETED) MutinyEmitter<String> deleted,
            DatasetConfig config) {
        this.datasets = datasets;
        this.uploaded = uploaded;
        this.deleted = deleted;
        this.publishTimeout = config.publishTimeout();
    }

    /** Asks for a drain soon, off the caller's thread (after an upload or a delete). */
    public void kick() {
        Infrastructure.getDefaultWorkerPool().execute(this::drain);
    }

    @Scheduled(
            every = "${datasage.dataset.outbox-interval:1s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    /** Publishes everything unpublished; one drain at a time, and a request during a drain triggers another. */
    void drain() {
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
            List<DatasetEntity> uploads = datasets.listAllWhereUploadUnpublished(BATCH);
            for (DatasetEntity d : uploads) {
                send(uploaded, d.id, EventMapper.uploaded(d));
                datasets.markUploadPublished(d.id, d.version);
            }
            for (DatasetEntity d : datasets.listAllWhereReplacementUnpublished(BATCH)) {
                send(uploaded, d.id, EventMapper.uploaded(d, d.replacement));
                datasets.markReplacementPublished(d.id, d.replacement.version);
            }
            List<DatasetEntity> tombstones = datasets.listAllWhereDeleted(BATCH);
            for (DatasetEntity d : tombstones) {
                send(deleted, d.id, EventMapper.deleted(d));
                datasets.deleteById(d.id);
            }
        } catch (RuntimeException e) {
            // Kafka (or the store) is unreachable: everything stays unpublished and the next tick retries.
            if (Instant.now().isAfter(lastWarning.plusSeconds(60))) {
                lastWarning = Instant.now();
                Log.warnf("Events are waiting to be published and will be retried: %s", e.getMessage());
            }
        }
    }

    private void send(MutinyEmitter<String> emitter, String key, CloudEvent<?> event) {
        Message<String> message = Message.of(EventCodec.write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(key)
                        .build());
        emitter.sendMessage(message).await().atMost(publishTimeout);
    }
}
