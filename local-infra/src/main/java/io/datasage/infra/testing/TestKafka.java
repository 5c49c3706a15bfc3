package io.datasage.infra.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
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
        return awaitRecords(topic, r -> match.test(r.value()), count, timeout).stream()
                .map(ConsumerRecord::value)
                .toList();
    }

    /**
     * Every matching record value on {@code topic} from the beginning up to its current end: what has been
     * published so far (for counting, e.g. that an event was published exactly once).
     */
    public static List<String> valuesNow(String topic, Predicate<String> match) {
        List<String> found = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = assignFromStart(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && match.test(r.value())) {
                        found.add(r.value());
                    }
                }
            }
        }
        return found;
    }

    /** The first matching record (headers included) on {@code topic}, read from the beginning, within {@code timeout}. */
    public static Optional<ConsumerRecord<String, String>> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return awaitRecords(topic, match, 1, timeout).stream().findFirst();
    }

    /** The value of a record header as text, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            assignFromStart(consumer, topic);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (found.size() < count && match.test(r)) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    // Partitions are assigned rather than subscribed: no consumer group to join, so reading starts at once.
    private static List<TopicPartition> assignFromStart(KafkaConsumer<String, String> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.putAll(Map.of(
                "bootstrap.servers",
                SharedInfra.get().bootstrapServers(),
                "auto.offset.reset",
                "earliest",
                "enable.auto.commit",
                "false"));
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
