package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.datasage.bench.SalesCsvGenerator;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Killing the worker in the middle of a large file and starting it again ends with the dataset READY, once. */
class WorkerCrashIT {

    private static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    @Test
    void aWorkerKilledMidFileFinishesTheDatasetAfterRestart() throws Exception {
        String token = Api.newUser();
        Path csv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("sales-1500k.csv"), 1_500_000);
        String id = Api.upload(token, "big-sales.csv", Files.readAllBytes(csv));
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    JsonPath d = given().auth()
                            .oauth2(token)
                            .get("/api/datasets/" + id)
                            .then()
                            .extract()
                            .jsonPath();
                    return "PROCESSING".equals(d.getString("status")) && d.getInt("progress.percent") >= 3;
                });
        ProcessHandle worker = ProcessHandle.of(topology.pid("worker")).orElseThrow();
        worker.destroyForcibly();
        worker.onExit().get();
        assertThat(given().auth()
                        .oauth2(token)
                        .get("/api/datasets/" + id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("status"))
                .isEqualTo("PROCESSING");
        assertThat(topology.dataDir().resolve("storage").resolve(id).resolve("data.arrow"))
                .doesNotExist();

        topology.run(300, "up");

        JsonPath done = Api.awaitDone(token, id, Duration.ofSeconds(240));
        assertThat(done.getString("status")).isEqualTo("READY");
        assertThat(done.getLong("row_count")).isEqualTo(1_500_000);
        List<String> ids = given().auth()
                .oauth2(token)
                .get("/api/datasets")
                .then()
                .extract()
                .jsonPath()
                .getList("items.id");
        assertThat(ids).containsExactly(id);
    }
}
