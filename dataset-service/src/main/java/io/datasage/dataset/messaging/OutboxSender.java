package io.datasage.dataset.messaging;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.EventCodec;
import io.datasage.dataset.config.DatasetConfig;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes one of dataset-service's events, keyed by dataset id, and waits for Kafka's acknowledgement. */
@ApplicationScoped
public class OutboxSender {

    private final MutinyEmitter<String> uploaded;
    private final MutinyEmitter<String> deleted;
    private final Duration timeout;

    public OutboxSender(
            @Channel(Channels.UPLOADED) MutinyEmitter<String> uploaded,
            @Channel(Channels.DELETED) MutinyEmitter<String> deleted,
            DatasetConfig config) {
        this.uploaded = uploaded;
        this.deleted = deleted;
        this.timeout = config.publishTimeout();
    }

    /** Sends a {@code dataset.uploaded} event; throws when Kafka did not acknowledge it in time. */
    public void uploaded(String key, CloudEvent<?> event) {
        send(uploaded, key, event);
    }

    /** Sends a {@code dataset.deleted} event; throws when Kafka did not acknowledge it in time. */
    public void deleted(String key, CloudEvent<?> event) {
        send(deleted, key, event);
    }

    /** How long one publish may take. */
    public Duration timeout() {
        return timeout;
    }

    private void send(MutinyEmitter<String> emitter, String key, CloudEvent<?> event) {
        Message<String> message = Message.of(EventCodec.write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(key)
                        .build());
        emitter.sendMessage(message).await().atMost(timeout);
    }
}
