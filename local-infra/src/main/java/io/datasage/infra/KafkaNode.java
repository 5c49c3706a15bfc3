package io.datasage.infra;

import io.datasage.contracts.events.Topics;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/** A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), bound to loopback. */
public final class KafkaNode implements Closeable {

    private final KafkaRaftServer server;
    private final int port;

    private KafkaNode(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts a broker whose log lives in {@code dataDir}; a directory formatted by an earlier run is reused as
     * it is, so topics, messages and committed offsets survive restarts.
     */
    public static KafkaNode start(Path dataDir, int port, int controllerPort) throws Exception {
        Files.createDirectories(dataDir);
        Properties props = brokerProperties(dataDir, port, controllerPort);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        format(config, dataDir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new KafkaNode(server, port);
    }

    /**
     * Creates the topics that do not exist yet, with {@code partitions} partitions each, so that consumer
     * groups can spread over several instances from the first message on.
     */
    public void createTopics(Collection<String> names, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = names.stream()
                    .filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, partitions, (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        }
    }

    /** The bootstrap address clients use. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(Path dataDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("node.id", "1");
        p.put("process.roles", "broker,controller");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("log").toString());
        // One node: every internal topic has exactly one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        // Several partitions so that analysis-worker instances can share the work.
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("controlled.shutdown.enable", "false");
        p.put("delete.topic.enable", "true");
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        // Persist each write before acknowledging it: the broker's data must survive a crash of this process.
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    private static void format(KafkaConfig config, Path dataDir) throws Exception {
        Path clusterIdFile = dataDir.resolve("cluster.id");
        String clusterId;
        if (Files.exists(clusterIdFile)) {
            clusterId = Files.readString(clusterIdFile).trim();
        } else {
            clusterId = Uuid.randomUuid().toString();
            Files.writeString(clusterIdFile, clusterId);
        }
        Formatter formatter = new Formatter()
                .setClusterId(clusterId)
                .setNodeId(config.nodeId())
                .setIgnoreFormatted(true)
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(config.metadataLogDir());
        for (String dir : config.logDirs()) {
            formatter.addDirectory(dir);
        }
        formatter.run();
    }

    /** Runs the broker until the process is stopped: {@code KafkaNode <dataDir> <port> <controllerPort>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: KafkaNode <dataDir> <port> <controllerPort>");
            System.exit(2);
        }
        KafkaNode node = start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "kafka-shutdown"));
        // As many partitions as deploy/k8s gives each topic: up to 6 worker instances share the uploads.
        node.createTopics(Topics.ALL, Integer.getInteger("datasage.kafka.partitions", 6));
        System.out.println("Kafka broker ready on " + node.bootstrapServers());
        Thread.currentThread().join();
    }
}
