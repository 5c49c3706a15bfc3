package io.datasage.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The worker's events, published to the real broker as the worker publishes them, drive the dataset's status,
 * its details, its preview and its progress stream.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class StatusFromWorkerEventsTest {

    private static final String WORKER = "/datasage/analysis-worker";

    @TestHTTPResource("/api/datasets")
    URL datasets;

    private static void publish(String topic, String type, String id, Object payload) {
        TestKafka.send(topic, id, EventCodec.write(CloudEvent.of(WORKER, type, id, payload)));
    }

    private static void progress(String id, String owner, int version, int percent) {
        publish(
                Topics.DATASET_PROGRESS,
                EventTypes.DATASET_PROGRESS,
                id,
                new DatasetProgress(id, owner, version, "parsing", percent, percent * 10L, null));
    }

    private static void ready(String id, String owner) throws Exception {
        Path dir = SharedInfra.get().dataDir().resolve("storage").resolve(id);
        Files.writeString(
                dir.resolve("profile.json"), "{\"rows\": 3, \"columns\": 2, \"quality\": {\"overall\": 0.9}}");
        Files.writeString(
                dir.resolve("preview.json"),
                "{\"columns\": [{\"name\": \"region\", \"type\": \"category\"}, {\"name\": \"sales\", \"type\": \"decimal\"}],"
                        + " \"rows\": [[\"West\", 100.5], [\"East\", 80.0], [\"North\", 1.0]]}");
        publish(
                Topics.DATASET_READY,
                EventTypes.DATASET_READY,
                id,
                new DatasetReady(
                        id,
                        owner,
                        1,
                        "Test data",
                        null,
                        3,
                        2,
                        List.of(
                                new DatasetReady.ColumnSummary("region", "category", 0, 3, List.of("West")),
                                new DatasetReady.ColumnSummary("sales", "decimal", 0, 3, List.of("100.5"))),
                        id + "/data.arrow",
                        id + "/profile.json",
                        List.of("sales"),
                        0.9,
                        42));
    }

    @Test
    void progressThenReadyThenStaleEventsAreIgnored() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "s.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id + "/preview")
                .then()
                .statusCode(409)
                .body("detail", containsString("available once it is READY"));

        progress(id, owner, 1, 40);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("status", equalTo("PROCESSING"))
                .body("progress.percent", equalTo(40)));
        progress(id, owner, 1, 20);
        progress(id, owner, 2, 90);
        ready(id, owner);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("status", equalTo("READY")));

        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .statusCode(200)
                .body("row_count", equalTo(3))
                .body("columns[1].name", equalTo("sales"))
                .body("columns[1].type", equalTo("decimal"))
                .body("profile.quality.overall", equalTo(0.9f))
                .body("progress.percent", equalTo(100));
        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id + "/preview?rows=2")
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(2))
                .body("rows[0][0]", equalTo("West"))
                .body("total_rows", equalTo(3));
        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id + "/preview?rows=0")
                .then()
                .statusCode(400);

        // A late failure or progress of the same version changes nothing once READY.
        publish(
                Topics.DATASET_FAILED,
                EventTypes.DATASET_FAILED,
                id,
                new DatasetFailed(id, owner, 1, "parsing", "late"));
        progress(id, owner, 1, 50);
        Thread.sleep(1500);
        given().auth().oauth2(token).get("/api/datasets/" + id).then().body("status", equalTo("READY"));
    }

    @Test
    void aFailureShowsItsReason() {
        String owner = "owner-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "f.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        publish(
                Topics.DATASET_FAILED,
                EventTypes.DATASET_FAILED,
                id,
                new DatasetFailed(id, owner, 1, "parsing", "row 1042 has 7 fields, expected 5"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("status", equalTo("FAILED"))
                .body("failure_reason", equalTo("row 1042 has 7 fields, expected 5")));
        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id + "/preview")
                .then()
                .statusCode(409)
                .body("detail", containsString("row 1042"));
    }

    private static void awaitPercent(String token, String id, int percent) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("progress.percent", equalTo(percent)));
    }

    @Test
    void theEventStreamFollowsProgressUntilReady() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "e.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        HttpRequest request = HttpRequest.newBuilder(URI.create(datasets + "/" + id + "/events"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60))
                .build();
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<List<String>> lines = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(r -> r.body()
                        .filter(l -> l.startsWith("data:"))
                        .peek(seen::add)
                        .collect(Collectors.toList()));
        // The stream's first state is what was stored when it opened: wait for it before anything changes.
        awaitStreamed(seen, "\"status\":\"UPLOADED\"");
        // Each state is held until the stream has shown it (it polls the record), however loaded the machine is.
        progress(id, owner, 1, 30);
        awaitStreamed(seen, "\"percent\":30");
        progress(id, owner, 1, 70);
        awaitStreamed(seen, "\"percent\":70");
        ready(id, owner);

        List<String> events = lines.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(events.get(0)).contains("\"status\":\"UPLOADED\"");
        assertThat(events).anyMatch(e -> e.contains("\"percent\":30"));
        assertThat(events).anyMatch(e -> e.contains("\"percent\":70"));
        assertThat(events.get(events.size() - 1))
                .contains("\"status\":\"READY\"")
                .contains("\"percent\":100");
    }

    /** Waits (bounded) until the progress stream has sent an event containing {@code fragment}. */
    private static void awaitStreamed(List<String> seen, String fragment) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> seen.stream().anyMatch(e -> e.contains(fragment)));
    }

    /** The id and data lines of the first event of a progress stream, then the connection is dropped. */
    private List<String> firstEvent(String token, String id, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(datasets + "/" + id + "/events"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.util.stream.Stream<String>> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (java.util.stream.Stream<String> lines = response.body()) {
            List<String> event = new java.util.ArrayList<>();
            for (java.util.Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.isEmpty() && event.stream().anyMatch(l -> l.startsWith("data:"))) {
                    return event;
                }
                if (line.startsWith("id:") || line.startsWith("data:")) {
                    event.add(line);
                }
            }
            return event;
        }
    }

    @Test
    void aBrokenProgressStreamResumesFromTheLastEventId() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "resume.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        progress(id, owner, 1, 30);
        awaitPercent(token, id, 30);
        List<String> seen = firstEvent(token, id, null);
        assertThat(seen.get(1)).contains("\"percent\":30");
        String lastId = seen.get(0).substring(3).strip();
        assertThat(lastId).isNotBlank();

        // The connection broke; meanwhile the analysis went on.
        progress(id, owner, 1, 70);
        awaitPercent(token, id, 70);
        List<String> resumed = firstEvent(token, id, lastId);
        assertThat(resumed.get(1)).contains("\"percent\":70");
        assertThat(resumed.get(0)).isNotEqualTo(seen.get(0));

        // Resuming from the state the client has sends nothing it had: the next event is the next change.
        ready(id, owner);
        awaitPercent(token, id, 100);
        List<String> done = firstEvent(token, id, resumed.get(0).substring(3).strip());
        assertThat(done.get(1)).contains("\"status\":\"READY\"");
        // After the final event there is nothing left: 204 tells the client not to reconnect.
        HttpResponse<String> after = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(datasets + "/" + id + "/events"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "text/event-stream")
                                .header(
                                        "Last-Event-ID",
                                        done.get(0).substring(3).strip())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(204);
    }
}
