package io.datasage.systemtest;

import io.datasage.infra.FreePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole DataSage topology, started once per test JVM by the project's own {@code ./datasage up} on free
 * ports with its own data directory, and stopped by {@code ./datasage down} when the JVM ends.
 */
public final class Topology {

    private static Topology instance;

    private final Path root;
    private final Path dataDir;
    private final Map<String, String> env;

    private Topology(Path root, Path dataDir, Map<String, String> env) {
        this.root = root;
        this.dataDir = dataDir;
        this.env = env;
    }

    /** The running topology, started on first use. */
    public static synchronized Topology get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static Topology start() {
        Path root = Path.of(System.getProperty("datasage.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path dir = Path.of(System.getProperty("datasage.systemtest.dir", "target/system"))
                .toAbsolutePath();
        Path dataDir = dir.resolve("data");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATASAGE_DATA_DIR", dataDir.toString());
        for (String name : List.of(
                "GATEWAY", "DATASET", "WORKER", "CHAT", "DASHBOARD", "VECTOR", "KAFKA", "KAFKA_CONTROLLER", "STORE")) {
            env.put("DATASAGE_" + name + "_PORT", Integer.toString(FreePorts.next()));
        }
        env.put("DATASAGE_NO_BUILD", "1");
        // Every test client is 127.0.0.1: the per-address registration limit would stop the suite, not an attacker.
        env.put("DATASAGE_GATEWAY_LIMITS_REGISTRATIONS_PER_ADDRESS", "100000");
        // The start-up warm-up runs as in production, one round of it: enough to prove it ends and lets readiness by.
        env.put("DATASAGE_JAVA_OPTS", "-Ddatasage.warmup.rounds=1");
        // Several instances of a service (e.g. "worker=3 chat=2"), each on a free port of its own.
        String replicas = System.getProperty("datasage.systemtest.replicas", "").trim();
        if (!replicas.isEmpty()) {
            env.put("DATASAGE_REPLICAS", replicas);
            for (String entry : replicas.split("\\s+")) {
                String name = entry.substring(0, entry.indexOf('=')).toUpperCase();
                int count = Integer.parseInt(entry.substring(entry.indexOf('=') + 1));
                List<String> ports = new java.util.ArrayList<>(List.of(env.get("DATASAGE_" + name + "_PORT")));
                for (int k = 2; k <= count; k++) {
                    ports.add(Integer.toString(FreePorts.next()));
                }
                env.put("DATASAGE_" + name + "_PORTS", String.join(",", ports));
            }
        }
        // Any other setting a test needs, as system properties datasage.systemtest.env.NAME=value.
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("datasage.systemtest.env."))
                .forEach(k -> env.put(k.substring("datasage.systemtest.env.".length()), System.getProperty(k)));
        Topology topology = new Topology(root, dataDir, env);
        try {
            deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(topology::stop, "topology-down"));
            topology.run(600, "up");
        } catch (Exception e) {
            topology.stop();
            throw new IllegalStateException("./datasage up failed: " + e.getMessage(), e);
        }
        return topology;
    }

    /** Base URL of the gateway. */
    public String gatewayUrl() {
        return "http://localhost:" + env.get("DATASAGE_GATEWAY_PORT");
    }

    /** Port of one component, as {@code ./datasage} was told; {@code worker-2} is the second worker instance. */
    public int port(String component) {
        int dash = component.lastIndexOf('-');
        if (dash > 0 && Character.isDigit(component.charAt(dash + 1))) {
            String ports = env.get("DATASAGE_" + component.substring(0, dash).toUpperCase() + "_PORTS");
            return Integer.parseInt(ports.split(",")[Integer.parseInt(component.substring(dash + 1)) - 1]);
        }
        return Integer.parseInt(env.get("DATASAGE_" + component.toUpperCase() + "_PORT"));
    }

    /** The repository root the topology runs from. */
    public Path root() {
        return root;
    }

    /** The connection string of the topology's document store. */
    public String mongoUri() {
        return "mongodb://localhost:" + env.get("DATASAGE_STORE_PORT");
    }

    /** The PID of one running component, from the file {@code ./datasage} keeps. */
    public ProcessHandle process(String component) throws IOException {
        long pid = Long.parseLong(
                Files.readString(dataDir.resolve("run/" + component + ".pid")).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(component + " is not running"));
    }

    /** The data directory of this topology. */
    public Path dataDir() {
        return dataDir;
    }

    /** Runs {@code ./datasage <args>} with this topology's settings; returns its output, fails on a non-zero exit. */
    public String run(int timeoutSeconds, String... args) throws IOException, InterruptedException {
        return run(Map.of(), timeoutSeconds, args);
    }

    /** Runs {@code ./datasage <args>} with extra environment variables on top of this topology's settings. */
    public String run(Map<String, String> extraEnv, int timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(root.resolve("datasage").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().putAll(extraEnv);
        Path output = Files.createTempFile("datasage-", ".out");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "./datasage " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        String text = Files.readString(output);
        Files.deleteIfExists(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "./datasage " + String.join(" ", args) + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }

    /**
     * Stops one component as an operator or an orchestrator would (SIGTERM, then SIGKILL after 30 s) and waits
     * until it is gone; {@code ./datasage up} starts it again.
     */
    public void stopComponent(String component) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid(component)).orElseThrow();
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** The process id of a running component, from {@code ./datasage}'s PID file. */
    public long pid(String component) throws IOException {
        return Long.parseLong(Files.readString(dataDir.resolve("run").resolve(component + ".pid"))
                .trim());
    }

    private void stop() {
        try {
            run(180, "down");
        } catch (Exception e) {
            System.err.println("./datasage down failed: " + e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
