package io.datasage.worker.messaging;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.worker.config.WorkerConfig;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes the worker's events, keyed by dataset id so that one dataset's events stay in order. */
@ApplicationScoped
public class EventPublisher {

    /** CloudEvents {@code source} of this service. */
    public static final String SOURCE = "/datasage/analysis-worker";

    private final MutinyEmitter<String> progress;
    private final MutinyEmitter<String> ready;
    private final MutinyEmitter<String> failed;
    private final Duration timeout;

    public EventPublisher(
            @Channel(Channels.PROGRESS) MutinyEmitter<String> progress,
            @Channel(Channels.READY) MutinyEmitter<String> ready,
            @Channel(Channels.FAILED) MutinyEmitter<String> failed,
            WorkerConfig config) {
        this.progress = progress;
        this.ready = ready;
        this.failed = failed;
        this.timeout = config.publishTimeout();
    }

    /** Fire and forget: a lost progress event only makes a progress bar jump. */
    public void progress(DatasetProgress event) {
        progress.sendMessageAndForget(
                message(CloudEvent.of(SOURCE, EventTypes.DATASET_PROGRESS, event.datasetId(), event)));
    }

    /**
     * Waits for Kafka's acknowledgement, retrying while the broker is away, so that the upload is only
     * committed once its outcome is out.
     */
    public void ready(DatasetReady event) {
        sendUntilAcknowledged(ready, CloudEvent.of(SOURCE, EventTypes.DATASET_READY, event.datasetId(), event));
    }

    /** Like {@link #ready}. */
    public void failed(DatasetFailed event) {
        sendUntilAcknowledged(failed, CloudEvent.of(SOURCE, EventTypes.DATASET_FAILED, event.datasetId(), event));
    }

    private void sendUntilAcknowledged(MutinyEmitter<String> emitter, CloudEvent<?> event) {
        long backoff = 500;
        while (true) {
            try {
                emitter.sendMessage(message(event)).await().atMost(timeout);
                return;
            } catch (RuntimeException e) {
                Log.warnf(
                        "Could not publish %s for dataset %s, retrying in %d ms: %s",
                        event.type(), event.subject(), backoff, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while publishing " + event.type(), interrupted);
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private static Message<String> message(CloudEvent<?> event) {
        return Message.of(EventCodec.write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(event.subject())
                        .build());
    }
}
