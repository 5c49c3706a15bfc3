package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.bench.SalesCsvGenerator;
import io.datasage.contracts.events.Topics;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Several instances of a service on one machine ({@code DATASAGE_REPLICAS="worker=3 chat=2"}, topics with 6
 * partitions), with tracing on: work survives the death of an instance, and one trace runs from the gateway
 * through Kafka to the worker. Runs in its own failsafe execution, so it gets a topology of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SMALL_FILES = 29;
    private static final int BIG_ROWS = 600_000;

    private static SpanSink sink;
    private static Topology topology;

    @BeforeAll
    static void start() throws IOException {
        sink = SpanSink.start();
        System.setProperty("datasage.systemtest.env.DATASAGE_TRACING_ENABLED", "true");
        System.setProperty("datasage.systemtest.env.DATASAGE_OTLP_ENDPOINT", sink.endpoint());
        System.setProperty("datasage.systemtest.env.QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    @AfterAll
    static void stop() {
        sink.close();
    }

    @Test
    @Order(1)
    void thirtyUploadsOnThreeWorkersAreEachReadyOnceThoughAWorkerDiesMidFile() throws Exception {
        String token = Api.newUser();
        Map<String, Integer> rowsById = new LinkedHashMap<>();
        Path big = SalesCsvGenerator.write(topology.dataDir().resolveSibling("multi-big.csv"), BIG_ROWS);
        for (int i = 1; i <= SMALL_FILES; i++) {
            int rows = 2_000 + 97 * i; // distinct sizes: distinct bytes, so none is taken for a duplicate
            Path small = SalesCsvGenerator.write(topology.dataDir().resolveSibling("multi-" + rows + ".csv"), rows);
            rowsById.put(Api.upload(token, "small-" + i + ".csv", Files.readAllBytes(small)), rows);
        }
        // The big file goes last: uploaded first, a slow machine could finish it while the small ones were still
        // being uploaded, and the worker would never be caught in the middle of it.
        String bigId = Api.upload(token, "big.csv", Files.readAllBytes(big));
        rowsById.put(bigId, BIG_ROWS);

        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonPath d = given().auth()
                            .oauth2(token)
                            .get("/api/datasets/" + bigId)
                            .then()
                            .extract()
                            .jsonPath();
                    return "PROCESSING".equals(d.getString("status")) && d.getInt("progress.percent") >= 3;
                });
        String busy = workerAnalysing(bigId);
        ProcessHandle victim = topology.process(busy);
        victim.destroyForcibly();
        victim.onExit().get();
        assertThat(given().auth()
                        .oauth2(token)
                        .get("/api/datasets/" + bigId)
                        .then()
                        .extract()
                        .path("status")
                        .toString())
                .isEqualTo("PROCESSING");

        for (Map.Entry<String, Integer> e : rowsById.entrySet()) {
            JsonPath done = Api.awaitDone(token, e.getKey(), Duration.ofSeconds(300));
            assertThat(done.getString("status")).as(e.getKey()).isEqualTo("READY");
            assertThat(done.getLong("row_count"))
                    .as(e.getKey())
                    .isEqualTo(e.getValue().longValue());
        }
        List<String> listed = given().auth()
                .oauth2(token)
                .queryParam("size", 100)
                .get("/api/datasets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(rowsById.keySet());

        // What consumers of the events see: every dataset ready in its first version, none ever failed. (Delivery is
        // at least once: a record redelivered after the rebalance may announce the same version again.)
        Map<String, Integer> readyVersions = new HashMap<>();
        for (String value : TopicReader.readAll(bootstrap(), Topics.DATASET_READY)) {
            JsonNode event = JSON.readTree(value);
            String id = event.path("subject").asText();
            if (rowsById.containsKey(id)) {
                readyVersions.merge(id, event.path("data").path("version").asInt(), Math::max);
                assertThat(event.path("data").path("row_count").asLong())
                        .as(id)
                        .isEqualTo(rowsById.get(id).longValue());
            }
        }
        assertThat(readyVersions).hasSize(rowsById.size()).allSatisfy((id, version) -> assertThat(version)
                .as("analysed version of " + id)
                .isEqualTo(1));
        assertThat(TopicReader.readAll(bootstrap(), Topics.DATASET_FAILED))
                .noneMatch(value -> rowsById.keySet().stream().anyMatch(value::contains));
        // Put the killed worker back for the tests that follow.
        topology.run(300, "up");
    }

    @Test
    @Order(2)
    void chatKeepsAnsweringWhileOneOfItsInstancesIsStopped() throws Exception {
        String token = Api.newUser();
        Path csv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("multi-chat.csv"), 3_000);
        String id = Api.upload(token, "chat.csv", Files.readAllBytes(csv));
        Api.awaitDone(token, id, Duration.ofSeconds(120));
        ask(token, id);

        ProcessHandle second = topology.process("chat-2");
        second.destroy();
        second.onExit().get();
        // Taken in turn, every other question would land on the stopped instance: none may fail.
        for (int i = 0; i < 4; i++) {
            ask(token, id);
        }
        topology.run(300, "up");
    }

    @Test
    @Order(3)
    void oneTraceRunsFromTheGatewayThroughKafkaToTheWorker() throws Exception {
        String token = Api.newUser();
        String traceId = "5b8aa5a2d2c872e8321cf37308d69df2";
        String callerSpan = "051581bf3cb55c13";
        Path csv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("multi-trace.csv"), 1_500);
        String id = given().auth()
                .oauth2(token)
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .multiPart("file", "traced.csv", Files.readAllBytes(csv), "application/octet-stream")
                .post("/api/datasets")
                .then()
                .statusCode(201)
                .extract()
                .path("dataset.id");
        Api.awaitDone(token, id, Duration.ofSeconds(120));

        JsonNode uploaded = eventOf(Topics.DATASET_UPLOADED, id);
        JsonNode ready = eventOf(Topics.DATASET_READY, id);
        assertThat(uploaded.path("traceparent").asText())
                .startsWith("00-" + traceId + "-")
                .doesNotContain(callerSpan);
        assertThat(ready.path("traceparent").asText()).startsWith("00-" + traceId + "-");
        assertThat(ready.path("traceparent").asText())
                .isNotEqualTo(uploaded.path("traceparent").asText());
        // And the collector got spans of that one trace from each hop.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String service : List.of("gateway-service", "dataset-service", "analysis-worker")) {
                assertThat(sink.received(traceId, service))
                        .as("spans of the trace from " + service)
                        .isTrue();
            }
        });
    }

    private static void ask(String token, String datasetId) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("message", "total sales by region"))
                .post("/api/chat/" + datasetId)
                .then()
                .statusCode(200)
                .body("chart_spec.x", org.hamcrest.Matchers.equalTo("region"));
    }

    /** The worker instance whose log says it is analysing the dataset. */
    private static String workerAnalysing(String datasetId) throws IOException {
        List<String> found = new ArrayList<>();
        for (String worker : List.of("worker", "worker-2", "worker-3")) {
            Path log = topology.dataDir().resolve("logs/" + worker + ".log");
            if (Files.exists(log) && Files.readString(log).contains("Analysing dataset " + datasetId)) {
                found.add(worker);
            }
        }
        assertThat(found).as("workers analysing " + datasetId).hasSize(1);
        return found.get(0);
    }

    private static JsonNode eventOf(String topic, String datasetId) throws IOException {
        for (String value : TopicReader.readAll(bootstrap(), topic)) {
            JsonNode event = JSON.readTree(value);
            if (event.path("subject").asText().equals(datasetId)) {
                return event;
            }
        }
        throw new AssertionError("no event on " + topic + " for " + datasetId);
    }

    private static String bootstrap() {
        return "localhost:" + topology.port("kafka");
    }
}
