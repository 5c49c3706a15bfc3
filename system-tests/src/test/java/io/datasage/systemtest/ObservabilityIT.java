package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.bench.SalesCsvGenerator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of the running stack: Prometheus scrapes of each service's {@code /q/metrics} whose counters
 * move by exactly what the user did (rows ingested, one chart computed then served from the cache, one question
 * answered), and one request id from the caller through the gateway to the service.
 */
class ObservabilityIT {

    private static final int ROWS = 2_345;

    private static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    @Test
    void countersMoveByWhatTheUserDidAndEveryServiceTimesItsRequests() throws Exception {
        PrometheusText worker = PrometheusText.of(scrape("worker"));
        assertThat(worker.has("kafka_consumer_fetch_manager_records_lag_max"))
                .as("consumer lag of the worker")
                .isTrue();

        String token = Api.newUser();
        double rowsBefore = worker.sum("datasage_rows_ingested_total", Map.of());
        double readyBefore = worker.sum("datasage_datasets_analysed_total", Map.of("outcome", "ready"));
        Path csv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("metrics.csv"), ROWS);
        String id = Api.upload(token, "metrics.csv", Files.readAllBytes(csv));
        assertThat(Api.awaitDone(token, id, Duration.ofSeconds(120)).getString("status"))
                .isEqualTo("READY");
        worker = PrometheusText.of(scrape("worker"));
        assertThat(worker.sum("datasage_rows_ingested_total", Map.of()) - rowsBefore)
                .isEqualTo(ROWS);
        assertThat(worker.sum("datasage_datasets_analysed_total", Map.of("outcome", "ready")) - readyBefore)
                .isEqualTo(1);

        // The same chart twice: computed once (a miss in memory and in the store), then served from memory.
        PrometheusText dashboard = PrometheusText.of(scrape("dashboard"));
        Map<String, String> memoryHit = Map.of("cache", "memory", "result", "hit");
        Map<String, String> memoryMiss = Map.of("cache", "memory", "result", "miss");
        Map<String, String> storeMiss = Map.of("cache", "chart_renders", "result", "miss");
        double memoryHits = dashboard.sum("datasage_cache_requests_total", memoryHit);
        double memoryMisses = dashboard.sum("datasage_cache_requests_total", memoryMiss);
        double storeMisses = dashboard.sum("datasage_cache_requests_total", storeMiss);
        double renders = dashboard.sum("datasage_chart_render_seconds_count", Map.of());
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "dataset_id",
                            id,
                            "spec",
                            Map.of("chart_type", "bar", "x", "region", "y", List.of("sales"))))
                    .post("/api/charts")
                    .then()
                    .statusCode(200);
        }
        dashboard = PrometheusText.of(scrape("dashboard"));
        assertThat(dashboard.sum("datasage_cache_requests_total", memoryMiss) - memoryMisses)
                .isEqualTo(1);
        assertThat(dashboard.sum("datasage_cache_requests_total", storeMiss) - storeMisses)
                .isEqualTo(1);
        assertThat(dashboard.sum("datasage_cache_requests_total", memoryHit) - memoryHits)
                .isEqualTo(1);
        assertThat(dashboard.sum("datasage_chart_render_seconds_count", Map.of()) - renders)
                .isEqualTo(1);

        Map<String, String> chart = Map.of("outcome", "chart");
        double answered = PrometheusText.of(scrape("chat")).sum("datasage_planner_calls_total", chart);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("message", "total sales by region"))
                .post("/api/chat/" + id)
                .then()
                .statusCode(200)
                .body("source", equalTo("planner"));
        assertThat(PrometheusText.of(scrape("chat")).sum("datasage_planner_calls_total", chart) - answered)
                .isEqualTo(1);

        given().auth().oauth2(token).get("/api/search/datasets?q=sales").then().statusCode(200);
        // Every service that served this user's requests has their latencies.
        for (String service : List.of("gateway", "dataset", "chat", "dashboard", "vector")) {
            assertThat(PrometheusText.of(scrape(service)).has("http_server_requests_seconds_count"))
                    .as("HTTP latencies of " + service)
                    .isTrue();
        }
    }

    @Test
    void theCallersRequestIdGoesThroughTheGatewayToTheServiceAndBack() {
        String token = Api.newUser();
        List<String> ids = given().auth()
                .oauth2(token)
                .header("X-Request-Id", "sys-req-42")
                .get("/api/datasets")
                .then()
                .statusCode(200)
                .extract()
                .headers()
                .getValues("X-Request-Id");
        // dataset-service answers the id it was given; had the gateway not passed it on, it would have made its own.
        assertThat(ids).isNotEmpty().containsOnly("sys-req-42");
    }

    private static String scrape(String service) {
        return given().get("http://localhost:" + topology.port(service) + "/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
