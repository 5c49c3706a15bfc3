package io.datasage.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchers start real servers whose data survives a restart. */
class InfraNodesTest {

    @TempDir
    Path dir;

    @Test
    void documentStoreKeepsDocumentsAcrossRestarts() throws Exception {
        Path file = dir.resolve("store/test.mv");
        int port = FreePorts.next();
        try (DocumentStoreNode node = DocumentStoreNode.start(file, port);
                MongoClient client = MongoClients.create(node.connectionString())) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "a").append("v", 1));
        }
        try (DocumentStoreNode node = DocumentStoreNode.start(file, port);
                MongoClient client = MongoClients.create(node.connectionString())) {
            Document found = client.getDatabase("t").getCollection("c").find().first();
            assertThat(found).isNotNull();
            assertThat(found.getInteger("v")).isEqualTo(1);
        }
    }

    @Test
    void kafkaKeepsMessagesAcrossRestarts() throws Exception {
        Path kafkaDir = dir.resolve("kafka");
        int port = FreePorts.next();
        int controller = FreePorts.next();
        try (KafkaNode node = KafkaNode.start(kafkaDir, port, controller);
                KafkaProducer<String, String> producer = producer(node.bootstrapServers())) {
            producer.send(new ProducerRecord<>("t1", "k", "hello")).get();
        }
        try (KafkaNode node = KafkaNode.start(kafkaDir, port, controller);
                KafkaConsumer<String, String> consumer = consumer(node.bootstrapServers())) {
            consumer.subscribe(List.of("t1"));
            String value = null;
            long deadline = System.currentTimeMillis() + 30_000;
            while (value == null && System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    value = records.iterator().next().value();
                }
            }
            assertThat(value).isEqualTo("hello");
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", bootstrap, "acks", "all"));
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.putAll(Map.of("bootstrap.servers", bootstrap, "group.id", "g1", "auto.offset.reset", "earliest"));
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
