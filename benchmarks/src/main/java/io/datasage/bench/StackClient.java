package io.datasage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** A minimal HTTP client of the gateway for benchmarks and the eval command. */
public final class StackClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private String token;

    public StackClient(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Logs in, or registers the user when there is no such account yet (registrations are rate-limited). */
    public StackClient login(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/auth/login", Map.of("email", email, "password", password));
        return r.statusCode() == 401 ? register(email, password) : signedIn(r);
    }

    /** Registers a new account and keeps its token. */
    private StackClient register(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> r =
                post("/api/auth/register", Map.of("email", email, "password", password, "full_name", "DataSage bench"));
        if (r.statusCode() == 429) {
            // Every benchmark user registers from this one address, past the gateway's per-address limit.
            throw new IOException("The gateway refused another registration from this address (429). Start the"
                    + " stack for benchmarks with DATASAGE_GATEWAY_LIMITS_REGISTRATIONS_PER_ADDRESS=100000"
                    + " ./datasage up");
        }
        return signedIn(r);
    }

    private StackClient signedIn(HttpResponse<String> r) throws IOException {
        token = json(r, 200, 201).path("access_token").asText();
        return this;
    }

    /** The bearer token of the logged-in user. */
    public String token() {
        return token;
    }

    /** Registers a brand-new user (so that uploads are never duplicates of an earlier run). */
    public StackClient freshUser() throws IOException, InterruptedException {
        // Registers straight away: a login first would fail, and failed logins per address are limited too.
        return register("bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "bench-password");
    }

    /** Uploads a file as multipart/form-data, streamed from disk; returns the response body. */
    public JsonNode upload(Path file, String filename) throws IOException, InterruptedException {
        String boundary = "----datasage" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = authorized("/api/datasets")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return json(http.send(request, HttpResponse.BodyHandlers.ofString()), 200, 201);
    }

    /** GET a path and parse the JSON. */
    public JsonNode get(String path) throws IOException, InterruptedException {
        return json(http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString()), 200);
    }

    /** DELETE a path; fails unless the answer is 204 or 404. */
    public void delete(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(authorized(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204 && r.statusCode() != 404) {
            throw new IOException("DELETE " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** POST JSON with the token and parse the answer (any status; the caller checks). */
    public HttpResponse<String> postJson(String path, Object body) throws IOException, InterruptedException {
        return http.send(
                authorized(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Follows a dataset's progress stream ({@code GET /api/datasets/{id}/events}), as the web UI does, and returns as
     * soon as it says READY or FAILED, with that status. Unlike polling, waiting this way puts no load on the stack
     * being measured. A stream that ends without either (the dataset already finished) is answered by one look.
     */
    public String followUntilDone(String datasetId, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = authorized("/api/datasets/" + datasetId + "/events")
                .timeout(timeout)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        HttpResponse<Stream<String>> r = http.send(request, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = r.body()) {
            Optional<String> terminal = lines.filter(line -> line.startsWith("data:"))
                    .map(line -> statusOf(line.substring(5)))
                    .filter(status -> "READY".equals(status) || "FAILED".equals(status))
                    .findFirst();
            if (terminal.isPresent()) {
                return terminal.get();
            }
        }
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        return awaitDone(datasetId, left, Duration.ofMillis(200)).path("status").asText();
    }

    private static String statusOf(String data) {
        try {
            return JSON.readTree(data).path("status").asText();
        } catch (IOException e) {
            return "";
        }
    }

    /** Polls a dataset until READY or FAILED; returns its final details. */
    public JsonNode awaitDone(String datasetId, Duration timeout, Duration every)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode d = get("/api/datasets/" + datasetId);
            String status = d.path("status").asText();
            if ("READY".equals(status) || "FAILED".equals(status)) {
                return d;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("dataset " + datasetId + " still " + status + " after " + timeout);
            }
            Thread.sleep(every.toMillis());
        }
    }

    private HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token);
    }

    /** Parses a JSON answer, failing with the problem detail when the status is not one of {@code ok}. */
    public static JsonNode json(HttpResponse<String> response, int... ok) throws IOException {
        for (int status : ok) {
            if (response.statusCode() == status) {
                return JSON.readTree(response.body());
            }
        }
        throw new IOException(response.request().method() + " "
                + response.request().uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
    }
}
