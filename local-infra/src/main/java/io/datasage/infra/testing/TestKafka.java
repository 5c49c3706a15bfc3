package io.datasage.infra.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes to and reads from the shared test broker, as an outside producer or consumer would. */
public final class TestKafka {

    private TestKafka() {}

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", SharedInfra.get().bootstrapServers(), "acks", "all"));
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic + ": " + e.getMessage(), e);
        }
    }

    /** The first record value on {@code topic} (read from the beginning) that matches, within {@code timeout}. */
    public static Optional<String> awaitValue(String topic, Predicate<String> match, Duration timeout) {
        return awaitValues(topic, match, 1, timeout).stream().findFirst();
    }

    /** Up to {@code count} matching record values on {@code topic}, read from the beginning, within {@code timeout}. */
    public static List<String> awaitValues(String topic, Predicate<String> match, int count, Duration timeout) {
        Properties p = new Properties();
        p.putAll(Map.of(
                "bootstrap.servers",
                SharedInfra.get().bootstrapServers(),
                "group.id",
                "test-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest",
                "enable.auto.commit",
                "false"));
        List<String> found = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (found.size() < count && match.test(r.value())) {
                        found.add(r.value());
                    }
                }
            }
        }
        return found;
    }
}
