package io.datasage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./datasage bench load}: N simulated users through the gateway doing the real mix (login, list, small
 * uploads, chat, chart renders, dashboards) for a fixed time per level, on loopback only, levels doubling. Prints
 * throughput, p50/p95/p99 per endpoint, the error rate, each process's peak memory and the knee where p95 doubles.
 */
final class LoadSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "load-password";
    /** Operation weights per 100 requests: reads dominate, as with analysts looking at charts. */
    private static final Map<String, Integer> MIX = mix();

    private final Path dataDir;
    private final String url;
    private final List<Integer> levels;
    private final Duration perLevel;
    private final Path runDir;

    LoadSuite(Path dataDir, String url) {
        this.dataDir = dataDir;
        this.url = url.replaceAll("/+$", "");
        if (!URI.create(this.url).getHost().matches("localhost|127(\\.\\d+){3}|\\[?::1]?")) {
            throw new IllegalArgumentException("the load test only targets loopback; got " + url);
        }
        this.levels = parseLevels(System.getProperty("bench.load.users", "1,2,4,8,16"));
        this.perLevel = Duration.ofSeconds(Long.getLong("bench.load.seconds", 30));
        this.runDir = Path.of(
                System.getProperty("bench.run", dataDir.resolve("../run").toString()));
    }

    private static Map<String, Integer> mix() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("POST /api/auth/login", 5);
        mix.put("GET /api/datasets", 20);
        mix.put("POST /api/datasets (small upload)", 5);
        mix.put("POST /api/chat/{id}", 25);
        mix.put("POST /api/charts", 30);
        mix.put("GET /api/dashboards/{id}", 15);
        return mix;
    }

    void run() throws Exception {
        Report.title("Load through the gateway: the real mix, " + perLevel.toSeconds() + " s per level, users " + levels
                + " (loopback only)");
        int most = levels.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            users.add(User.prepare(url, "load-" + i + "@example.com", dataDir));
        }
        Double baseP95 = null;
        Integer knee = null;
        for (int n : levels) {
            Level level = runLevel(users.subList(0, n));
            level.print(n, perLevel);
            double p95 = level.overallPercentile(95);
            if (baseP95 == null) {
                baseP95 = p95;
            } else if (knee == null && p95 >= 2 * baseP95) {
                knee = n;
            }
        }
        // Two calls, not one with mixed ternaries: those would promote the user count to a double for "%d".
        if (knee == null) {
            Report.line("knee: p95 did not double up to %d users (p95 at the first level: %.1f ms)", most, baseP95);
        } else {
            Report.line("knee: p95 first doubled (vs. the first level's %.1f ms) at %d users", baseP95, knee);
        }
        printPeakMemory();
        for (User user : users) {
            user.cleanUp();
        }
    }

    private Level runLevel(List<User> users) throws InterruptedException {
        Level level = new Level();
        long deadline = System.nanoTime() + perLevel.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        for (User user : users) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    String op = pick();
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = user.perform(op);
                    } catch (Exception e) {
                        status = 599;
                    }
                    level.record(op, System.nanoTime() - start, status);
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(perLevel.toSeconds() + 300, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return level;
    }

    private static String pick() {
        int r = ThreadLocalRandom.current().nextInt(100);
        for (Map.Entry<String, Integer> e : MIX.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return "GET /api/datasets";
    }

    private void printPeakMemory() throws IOException {
        Report.line("peak resident memory per process (VmHWM from /proc, since the process started):");
        if (!Files.isDirectory(runDir)) {
            Report.line("  (no PID files under %s: start the stack with ./datasage up)", runDir);
            return;
        }
        try (var files = Files.list(runDir)) {
            for (Path pidFile :
                    files.filter(p -> p.toString().endsWith(".pid")).sorted().toList()) {
                String pid = Files.readString(pidFile).strip();
                Path status = Path.of("/proc", pid, "status");
                String peak = Files.exists(status)
                        ? Files.readAllLines(status).stream()
                                .filter(l -> l.startsWith("VmHWM:"))
                                .map(l -> l.substring(6).strip())
                                .findFirst()
                                .orElse("?")
                        : "not running";
                Report.line("  %-10s %s", pidFile.getFileName().toString().replace(".pid", ""), peak);
            }
        }
    }

    private static List<Integer> parseLevels(String text) {
        List<Integer> levels = new ArrayList<>();
        for (String part : text.split(",")) {
            levels.add(Integer.parseInt(part.strip()));
        }
        return levels;
    }

    /** Latencies and statuses of one level, per operation. */
    private static final class Level {
        private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        private final Map<String, int[]> errors = new ConcurrentHashMap<>();
        /** The failed requests' statuses per operation; 599 stands for no answer (a timeout or a refused connection). */
        private final Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();

        void record(String op, long nanos, int status) {
            latencies
                    .computeIfAbsent(op, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(nanos);
            int[] e = errors.computeIfAbsent(op, k -> new int[1]);
            if (status >= 400) {
                synchronized (e) {
                    e[0]++;
                }
                statuses.computeIfAbsent(op, k -> new ConcurrentHashMap<>()).merge(status, 1, Integer::sum);
            }
        }

        double overallPercentile(double p) {
            return Stats.percentile(
                    latencies.values().stream()
                            .flatMap(List::stream)
                            .mapToDouble(n -> n / 1e6)
                            .toArray(),
                    p);
        }

        void print(int users, Duration length) {
            long total = latencies.values().stream().mapToLong(List::size).sum();
            long failed = errors.values().stream().mapToLong(e -> e[0]).sum();
            Report.line(
                    "%d users: %.1f req/s, errors %.2f%%, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                    users,
                    total / (double) length.toSeconds(),
                    total == 0 ? 0.0 : 100.0 * failed / total,
                    overallPercentile(50),
                    overallPercentile(95),
                    overallPercentile(99));
            for (String op : MIX.keySet()) {
                List<Long> l = latencies.getOrDefault(op, List.of());
                if (l.isEmpty()) {
                    continue;
                }
                double[] ms;
                synchronized (l) {
                    ms = l.stream().mapToDouble(n -> n / 1e6).toArray();
                }
                Report.line(
                        "  %-36s n=%-6d p50 %7.1f  p95 %7.1f  p99 %7.1f ms  errors %d%s",
                        op,
                        ms.length,
                        Stats.percentile(ms, 50),
                        Stats.percentile(ms, 95),
                        Stats.percentile(ms, 99),
                        errors.get(op)[0],
                        statuses.containsKey(op)
                                ? " (status: count " + new java.util.TreeMap<>(statuses.get(op)) + ")"
                                : "");
            }
        }
    }

    /** One simulated analyst: an account, a READY dataset, a conversation and a dashboard of their own. */
    private static final class User {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final String url;
        private final String email;
        private final Path scratch;
        private final List<String> uploads = new ArrayList<>();
        private String token;
        private String dataset;
        private String dashboard;

        private User(String url, String email, Path scratch) {
            this.url = url;
            this.email = email;
            this.scratch = scratch;
        }

        static User prepare(String url, String email, Path dataDir) throws Exception {
            User user = new User(url, email, Files.createDirectories(dataDir.resolve("load")));
            StackClient client = new StackClient(url).login(email, PASSWORD);
            user.token = client.token();
            Path csv = SalesCsvGenerator.write(user.scratch.resolve(email + ".csv"), 2000);
            String id =
                    client.upload(csv, "sales.csv").path("dataset").path("id").asText();
            client.awaitDone(id, Duration.ofMinutes(2), Duration.ofMillis(200));
            user.dataset = id;
            user.dashboard = StackClient.json(client.postJson("/api/dashboards/design", Map.of("dataset_id", id)), 201)
                    .path("id")
                    .asText();
            return user;
        }

        int perform(String op) throws IOException, InterruptedException {
            switch (op) {
                case "POST /api/auth/login":
                    HttpResponse<String> login =
                            send("POST", "/api/auth/login", Map.of("email", email, "password", PASSWORD), false);
                    if (login.statusCode() == 200) {
                        token = JSON.readTree(login.body()).path("access_token").asText();
                    }
                    return login.statusCode();
                case "GET /api/datasets":
                    return send("GET", "/api/datasets", null, true).statusCode();
                case "POST /api/datasets (small upload)":
                    return upload();
                case "POST /api/chat/{id}":
                    return send("POST", "/api/chat/" + dataset, Map.of("message", question()), true)
                            .statusCode();
                case "POST /api/charts":
                    return send("POST", "/api/charts", chart(), true).statusCode();
                default:
                    return send("GET", "/api/dashboards/" + dashboard, null, true)
                            .statusCode();
            }
        }

        private static String question() {
            String[] questions = {
                "total sales by region",
                "monthly sales trend",
                "top 10 customers by profit",
                "average discount by segment"
            };
            return questions[ThreadLocalRandom.current().nextInt(questions.length)];
        }

        private Map<String, Object> chart() {
            return Map.of(
                    "dataset_id",
                    dataset,
                    "spec",
                    Map.of("chart_type", "bar", "x", "region", "y", List.of("sales"), "aggregation", "sum"));
        }

        private int upload() throws IOException, InterruptedException {
            // Unique content each time, so that the upload is stored and processed, not answered as a duplicate.
            String body = "region,sales\n" + UUID.randomUUID() + ",1\nNorth,2\nSouth,3\n";
            String boundary = "----load" + UUID.randomUUID();
            byte[] bytes = ("--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"small.csv\""
                            + "\r\nContent-Type: text/csv\r\n\r\n" + body + "\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/datasets"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                synchronized (uploads) {
                    uploads.add(
                            JSON.readTree(r.body()).path("dataset").path("id").asText());
                }
            }
            return r.statusCode();
        }

        private HttpResponse<String> send(String method, String path, Object body, boolean auth)
                throws IOException, InterruptedException {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
            if (auth) {
                b.header("Authorization", "Bearer " + token);
            }
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Deletes the small uploads of the run, so that repeated runs do not pile datasets up. */
        void cleanUp() {
            for (String id : uploads) {
                try {
                    send("DELETE", "/api/datasets/" + id, null, true);
                } catch (Exception e) {
                    // Best effort: a dataset left behind only takes disk space.
                }
            }
        }
    }
}
