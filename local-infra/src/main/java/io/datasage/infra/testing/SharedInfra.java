package io.datasage.infra.testing;

import io.datasage.contracts.events.Topics;
import io.datasage.infra.DocumentStoreNode;
import io.datasage.infra.FreePorts;
import io.datasage.infra.KafkaNode;
import io.datasage.infra.KeyPairs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real Kafka broker, one document store and one key pair per test JVM, started on first use on free
 * loopback ports and stopped when the JVM exits.
 */
public final class SharedInfra {

    private static SharedInfra instance;

    private final Path dataDir;
    private final int kafkaPort;
    private final int controllerPort;
    private final int storePort;
    private DocumentStoreNode store;
    private KafkaNode kafka;

    private SharedInfra(
            Path dataDir, KafkaNode kafka, int kafkaPort, int controllerPort, DocumentStoreNode store, int storePort) {
        this.dataDir = dataDir;
        this.kafka = kafka;
        this.kafkaPort = kafkaPort;
        this.controllerPort = controllerPort;
        this.store = store;
        this.storePort = storePort;
    }

    /** The running infrastructure, started on the first call. */
    public static synchronized SharedInfra get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static SharedInfra start() {
        try {
            Path dir = Files.createTempDirectory("datasage-test-");
            KeyPairs.ensure(dir.resolve("keys"));
            int kafkaPort = FreePorts.next();
            int controllerPort = FreePorts.next();
            KafkaNode kafka = KafkaNode.start(dir.resolve("kafka"), kafkaPort, controllerPort);
            kafka.createTopics(Topics.ALL, 3);
            int storePort = FreePorts.next();
            DocumentStoreNode store = DocumentStoreNode.start(storeFile(dir), storePort);
            SharedInfra infra = new SharedInfra(dir, kafka, kafkaPort, controllerPort, store, storePort);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "shared-infra-stop"));
            return infra;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test broker and store: " + e.getMessage(), e);
        }
    }

    private static Path storeFile(Path dataDir) {
        return dataDir.resolve("store/datasage.mv");
    }

    private synchronized void stop() {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            if (kafka != null) {
                kafka.close();
            }
        }
    }

    /** Stops the broker (for outage tests); {@link #startKafka()} brings it back with its data on the same port. */
    public synchronized void stopKafka() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** Starts the broker again after {@link #stopKafka()}. */
    public synchronized void startKafka() {
        if (kafka == null) {
            try {
                kafka = KafkaNode.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
            } catch (Exception e) {
                throw new IllegalStateException("could not restart the test broker: " + e.getMessage(), e);
            }
        }
    }

    /** Stops the document store (for outage tests); {@link #startStore()} brings it back with its data. */
    public synchronized void stopStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Starts the document store again after {@link #stopStore()}, on the same port and file. */
    public synchronized void startStore() {
        if (store == null) {
            try {
                store = DocumentStoreNode.start(storeFile(dataDir), storePort);
            } catch (Exception e) {
                throw new IllegalStateException("could not restart the test store: " + e.getMessage(), e);
            }
        }
    }

    /** Quarkus configuration that points a service at this infrastructure. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "kafka.bootstrap.servers", bootstrapServers(),
                "quarkus.mongodb.connection-string", connectionString(),
                "datasage.data-dir", dataDir.toString(),
                "mp.jwt.verify.publickey.location", publicKey().toString(),
                "smallrye.jwt.sign.key.location", privateKey().toString());
    }

    /** The data directory shared by the services under test. */
    public Path dataDir() {
        return dataDir;
    }

    /** The bootstrap address of the broker. */
    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** The connection string of the document store. */
    public String connectionString() {
        return "mongodb://localhost:" + storePort;
    }

    /** PEM file of the private key that signs test tokens. */
    public Path privateKey() {
        return dataDir.resolve("keys").resolve(KeyPairs.PRIVATE_KEY);
    }

    /** PEM file of the public key the services verify with. */
    public Path publicKey() {
        return dataDir.resolve("keys").resolve(KeyPairs.PUBLIC_KEY);
    }
}
