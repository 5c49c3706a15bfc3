package io.datasage.vector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.DatasetReady.ColumnSummary;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.SharedInfra;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes real dataset events to the test broker, as the analysis worker and dataset service do. */
public final class DatasetEvents {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static KafkaProducer<String, String> producer;

    private DatasetEvents() {}

    /** A dataset with columns given as {@code name:type} pairs. */
    public static DatasetReady ready(String ownerId, String name, String description, String... columns) {
        List<ColumnSummary> summaries = new ArrayList<>();
        for (String column : columns) {
            String[] parts = column.split(":");
            summaries.add(new ColumnSummary(parts[0], parts.length > 1 ? parts[1] : "string", 0, 10, List.of()));
        }
        return new DatasetReady(
                "ds-" + UUID.randomUUID(),
                ownerId,
                1,
                name,
                description,
                100,
                summaries.size(),
                summaries,
                null,
                null,
                List.of(),
                0.9,
                10);
    }

    /** Publishes {@code dataset.ready}. */
    public static void publish(DatasetReady ready) {
        send(
                Topics.DATASET_READY,
                ready.datasetId(),
                json(CloudEvent.of("/analysis-worker", EventTypes.DATASET_READY, ready.datasetId(), ready)));
    }

    /** Publishes {@code dataset.deleted}. */
    public static void publishDeleted(String ownerId, String datasetId) {
        DatasetDeleted deleted = new DatasetDeleted(datasetId, ownerId);
        send(
                Topics.DATASET_DELETED,
                datasetId,
                json(CloudEvent.of("/dataset-service", EventTypes.DATASET_DELETED, datasetId, deleted)));
    }

    /** Publishes a raw record, e.g. one that is not an event at all. */
    public static synchronized void send(String topic, String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of("bootstrap.servers", SharedInfra.get().bootstrapServers(), "acks", "all"),
                    new StringSerializer(),
                    new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic + ": " + e.getMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
