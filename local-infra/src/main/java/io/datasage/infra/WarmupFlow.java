package io.datasage.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * What {@code ./datasage up} runs once every service is ready: a small built-in CSV goes the way a user's file goes
 * (through the gateway: upload, the worker, a few charts and questions, then deleted), so that the first real user
 * meets warm request paths in every service rather than class loading, connection pools and cold JIT. Each service
 * also warms its engine in-process as it starts; this covers what only a real request reaches (authentication,
 * REST clients, the document store, Kafka). Three larger files then go through upload and analysis alone. The account
 * it uses is kept in the data directory.
 *
 * <p>Usage: {@code WarmupFlow <gateway-url> <account-file>}. Exits 0 even when a step fails (a warm-up must never
 * stop the platform from starting); prints what it did.
 */
public final class WarmupFlow {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<Map<String, Object>> SPECS = List.of(
            Map.of("chart_type", "bar", "x", "region", "y", List.of("sales"), "aggregation", "sum"),
            Map.of("chart_type", "line", "x", "order_date", "y", List.of("sales"), "time_grain", "month"),
            Map.of("chart_type", "histogram", "x", "profit"),
            Map.of("chart_type", "box", "x", "segment", "y", List.of("profit")),
            Map.of("chart_type", "kpi", "y", List.of("quantity"), "aggregation", "mean"));
    private static final List<String> QUESTIONS = List.of(
            "total sales by region",
            "monthly sales trend",
            "distribution of profit",
            "profit vs sales",
            "average quantity by segment");

    /**
     * After the tour, charts and questions repeated for about this long: a few hundred requests are what the JIT
     * needs before the gateway's proxying and dashboard-service's render path run compiled (measured: a render-cache
     * hit took 10 ms after 120 requests, 2.3 ms after 700).
     */
    private static final Duration HOT_PHASE = Duration.ofSeconds(12);

    private static final int HOT_REQUESTS = 1500;

    /**
     * Larger files sent through upload and analysis after the tour: the 2,000-row sample leaves the per-row loops of
     * the upload request and the worker (streaming, hashing, parsing, profiling) short of the JIT's thresholds, and
     * the first user file then took 2.2-2.6x the tenth's time.
     */
    private static final int INGEST_ROWS = 40_000;

    private static final int INGEST_UPLOADS = 3;

    // HTTP/1.1 as browsers speak it to the gateway, so that the path warmed is the one users take.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String url;
    private String token;

    private WarmupFlow(String url) {
        this.url = url;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: WarmupFlow <gateway-url> <account-file>");
            System.exit(2);
        }
        long start = System.nanoTime();
        try {
            int requests = new WarmupFlow(args[0]).run(Path.of(args[1]));
            System.out.printf(
                    "warmed the request paths with %d requests in %.1f s%n",
                    requests, (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            System.out.println("warm-up through the gateway skipped: " + e.getMessage());
        }
    }

    private int run(Path accountFile) throws IOException, InterruptedException {
        login(accountFile);
        String id = uploadSample(2000);
        int requests = 3;
        try {
            requests += awaitReady(id);
            for (int round = 0; round < 3; round++) {
                for (Map<String, Object> spec : SPECS) {
                    expect(post("/api/charts", Map.of("dataset_id", id, "spec", spec)), 200);
                    requests++;
                }
                for (String question : QUESTIONS) {
                    expect(post("/api/chat/" + id, Map.of("message", question)), 200);
                    requests++;
                }
            }
            requests += hotPhase(id);
        } finally {
            send(authorized("/api/datasets/" + id).DELETE().build());
        }
        return requests + 1 + ingestPhase();
    }

    /** Uploads {@link #INGEST_UPLOADS} files of {@link #INGEST_ROWS} rows, each deleted once ready; returns requests. */
    private int ingestPhase() throws IOException, InterruptedException {
        int requests = 0;
        for (int i = 0; i < INGEST_UPLOADS; i++) {
            String id = uploadSample(INGEST_ROWS);
            try {
                requests += 1 + awaitReady(id);
            } finally {
                send(authorized("/api/datasets/" + id).DELETE().build());
                requests++;
            }
        }
        return requests;
    }

    /**
     * Renders (cached and new) and questions in turn until {@link #HOT_PHASE} or {@link #HOT_REQUESTS} is reached;
     * returns how many requests it sent.
     */
    private int hotPhase(String id) throws IOException, InterruptedException {
        long end = System.nanoTime() + HOT_PHASE.toNanos();
        int sent = 0;
        for (int round = 0; System.nanoTime() < end && sent < HOT_REQUESTS; round++) {
            // A chart drawn before (a cache hit), one with a new title (the same work, a new cache key), and every
            // fifth round a question.
            Map<String, Object> spec = SPECS.get(round % SPECS.size());
            expect(post("/api/charts", Map.of("dataset_id", id, "spec", spec)), 200);
            Map<String, Object> fresh = new HashMap<>(SPECS.get(0));
            fresh.put("title", "warm-up " + round);
            expect(post("/api/charts", Map.of("dataset_id", id, "spec", fresh)), 200);
            sent += 2;
            if (round % 5 == 4) {
                expect(post("/api/chat/" + id, Map.of("message", QUESTIONS.get(round / 5 % QUESTIONS.size()))), 200);
                sent++;
            }
        }
        return sent;
    }

    /** Logs in with the kept account, or registers one and keeps it (readable by the owner only). */
    private void login(Path accountFile) throws IOException, InterruptedException {
        String email;
        String password;
        boolean known = Files.exists(accountFile);
        if (known) {
            List<String> lines = Files.readAllLines(accountFile);
            email = lines.get(0);
            password = lines.get(1);
        } else {
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            email = "warmup-" + UUID.randomUUID().toString().substring(0, 8) + "@datasage.local";
            password = HexFormat.of().formatHex(secret);
        }
        HttpResponse<String> r = post("/api/auth/login", Map.of("email", email, "password", password));
        if (r.statusCode() != 200) {
            expect(
                    post("/api/auth/register", Map.of("email", email, "password", password, "full_name", "Warm-up")),
                    200,
                    201);
            Files.writeString(accountFile, email + "\n" + password + "\n");
            Files.setPosixFilePermissions(accountFile, PosixFilePermissions.fromString("rw-------"));
            r = expect(post("/api/auth/login", Map.of("email", email, "password", password)), 200);
        }
        token = JSON.readTree(r.body()).path("access_token").asText();
    }

    private int awaitReady(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int polls = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r =
                    send(authorized("/api/datasets/" + id).GET().build());
            polls++;
            String status = JSON.readTree(expect(r, 200).body()).path("status").asText();
            if ("READY".equals(status)) {
                return polls;
            }
            if ("FAILED".equals(status)) {
                throw new IOException("the sample dataset failed to process");
            }
            Thread.sleep(100);
        }
        throw new IOException("the sample dataset was not ready within 60 s");
    }

    /** Uploads a new sample of {@code rows} rows from a temporary file; returns the dataset's id. */
    private String uploadSample(int rows) throws IOException, InterruptedException {
        Path csv = Files.createTempFile("datasage-warmup", ".csv");
        try {
            Files.writeString(csv, sampleCsv(rows), StandardCharsets.UTF_8);
            return upload(csv).path("dataset").path("id").asText();
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** {@code rows} rows of orders, different on every run (an identical upload would be refused as a duplicate). */
    static String sampleCsv(int rows) {
        Random random = new Random();
        String[] regions = {"East", "West", "North", "South"};
        String[] segments = {"Consumer", "Corporate", "Home Office"};
        StringBuilder b = new StringBuilder("order_id,order_date,region,segment,quantity,sales,profit\n");
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < rows; i++) {
            double sales = Math.round(random.nextDouble() * 100_000) / 100.0;
            b.append("W-")
                    .append(i)
                    .append(',')
                    .append(first.plusDays(random.nextInt(730)))
                    .append(',')
                    .append(regions[random.nextInt(regions.length)])
                    .append(',')
                    .append(segments[random.nextInt(segments.length)])
                    .append(',')
                    .append(1 + random.nextInt(9))
                    .append(',')
                    .append(sales)
                    .append(',')
                    .append(Math.round((random.nextGaussian() * 0.2 + 0.1) * sales * 100) / 100.0)
                    .append('\n');
        }
        return b.toString();
    }

    private JsonNode upload(Path file) throws IOException, InterruptedException {
        String boundary = "----datasage-warmup-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"warmup.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = authorized("/api/datasets")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return JSON.readTree(expect(send(request), 200, 201).body());
    }

    private HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return send(authorized(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    private HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT);
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> r, int... statuses) throws IOException {
        for (int s : statuses) {
            if (r.statusCode() == s) {
                return r;
            }
        }
        throw new IOException(r.request().method() + " " + r.request().uri().getPath() + " answered " + r.statusCode()
                + ": " + r.body());
    }
}
