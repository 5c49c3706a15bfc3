package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.bench.SalesCsvGenerator;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dataset-service restarts while a client follows an upload's progress through the gateway: the client
 * reconnects with {@code Last-Event-ID}, sees the analysis through to READY, and gets no state twice.
 */
class ProgressResumeIT {

    private static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    /** One server-sent event as the client saw it. */
    record Event(String id, String data) {}

    /** An EventSource-like client: follows the stream, reconnects with Last-Event-ID until the final event. */
    static final class ProgressClient {
        final List<Event> events = new ArrayList<>();
        final CountDownLatch firstEvent = new CountDownLatch(1);
        int connections;

        void follow(String url, String token, Duration timeout) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream");
                if (!events.isEmpty()) {
                    request.header(
                            "Last-Event-ID", events.get(events.size() - 1).id());
                }
                try {
                    HttpResponse<InputStream> response =
                            http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                    connections++;
                    if (response.statusCode() == 204) {
                        return;
                    }
                    if (response.statusCode() == 200 && read(response.body())) {
                        return;
                    }
                    response.body().close();
                } catch (IOException e) {
                    // The service is restarting: try again, as EventSource does.
                }
                Thread.sleep(500);
            }
            throw new AssertionError("no final progress event within " + timeout + "; got " + events);
        }

        /** Reads events until the stream ends; true when the final one arrived. */
        private boolean read(InputStream body) throws IOException {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                StringBuilder data = new StringBuilder();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.isEmpty() && data.length() > 0) {
                        Event event = new Event(id, data.toString());
                        synchronized (events) {
                            events.add(event);
                        }
                        firstEvent.countDown();
                        id = null;
                        data.setLength(0);
                        String status = JsonPath.from(event.data()).getString("status");
                        if ("READY".equals(status) || "FAILED".equals(status)) {
                            return true;
                        }
                    }
                }
            } catch (IOException e) {
                // The connection broke mid-stream.
            }
            return false;
        }
    }

    @Test
    void progressFollowedThroughARestartOfDatasetServiceResumesAndEndsOnce() throws Exception {
        String token = Api.newUser();
        Path csv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("sales-400k.csv"), 400_000);
        String id = Api.upload(token, "sales-400k.csv", Files.readAllBytes(csv));

        ProgressClient client = new ProgressClient();
        CompletableFuture<Void> following = CompletableFuture.runAsync(() -> {
            try {
                client.follow(
                        topology.gatewayUrl() + "/api/datasets/" + id + "/events", token, Duration.ofSeconds(300));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(client.firstEvent.await(60, TimeUnit.SECONDS))
                .as("a first progress event")
                .isTrue();
        topology.stopComponent("dataset");
        topology.run(300, "up");
        following.get(300, TimeUnit.SECONDS);

        List<Event> events = new ArrayList<>(client.events);
        assertThat(client.connections)
                .as("the stream was resumed after the restart")
                .isGreaterThan(1);
        assertThat(events).extracting(Event::id).as("no state sent twice").doesNotHaveDuplicates();
        List<String> statuses = events.stream()
                .map(e -> JsonPath.from(e.data()).getString("status"))
                .toList();
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo("READY");
        assertThat(statuses.stream().filter("READY"::equals)).hasSize(1);
        List<Integer> percents = events.stream()
                .map(e -> JsonPath.from(e.data()).getInt("percent"))
                .toList();
        assertThat(percents).as("progress never goes back").isSorted();

        JsonPath dataset = Api.awaitDone(token, id, Duration.ofSeconds(60));
        assertThat(dataset.getLong("row_count")).isEqualTo(400_000);
        assertThat(given().auth()
                        .oauth2(token)
                        .get("/api/datasets")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("items.id"))
                .containsExactly(id);
    }
}
