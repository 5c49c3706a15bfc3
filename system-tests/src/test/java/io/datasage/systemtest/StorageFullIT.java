package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.datasage.bench.SalesCsvGenerator;
import io.datasage.infra.testing.SizeLimitedDir;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The storage root fills up (a size-limited tmpfs over it): the analysis fails with a clear reason and leaves no
 * partial Arrow file, a new upload is refused with a clear 507, and once space is freed the dataset is retried
 * to READY. Nothing accepted is lost or stored twice.
 */
class StorageFullIT {

    private static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    private static List<String> tempFiles(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp"))
                    .toList();
        }
    }

    @Test
    void aFullStorageRootFailsWithAReasonAndTheDatasetIsRetriedOnceSpaceIsFree() throws Exception {
        assumeTrue(SizeLimitedDir.supported(), "mounting a size-limited tmpfs needs root (CAP_SYS_ADMIN)");
        String token = Api.newUser();
        byte[] csv =
                Files.readAllBytes(SalesCsvGenerator.write(topology.dataDir().resolveSibling("sales-20k.csv"), 20_000));
        Path storage = topology.dataDir().resolve("storage");
        // Room for the upload and a little more: not for its Arrow file.
        try (SizeLimitedDir disk = SizeLimitedDir.mount(storage, csv.length + 256 * 1024)) {
            Files.createDirectories(storage.resolve(".uploads"));
            String id = Api.upload(token, "sales.csv", csv);

            JsonPath failed = Api.awaitDone(token, id, Duration.ofSeconds(120));
            assertThat(failed.getString("status")).isEqualTo("FAILED");
            assertThat(failed.getString("failure_reason"))
                    .contains("The storage is full")
                    .contains("/retry");
            Path dir = storage.resolve(id);
            assertThat(dir.resolve("data.arrow")).as("no partial Arrow file").doesNotExist();
            assertThat(tempFiles(dir)).isEmpty();
            assertThat(Files.size(dir.resolve("raw.csv"))).isEqualTo(csv.length);

            // While the storage is full a new upload is refused before a byte of it is stored.
            byte[] another = ("region,sales\n" + "West,1\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
            given().auth()
                    .oauth2(token)
                    .multiPart("file", "more.csv", another, "application/octet-stream")
                    .post("/api/datasets")
                    .then()
                    .statusCode(507)
                    .contentType("application/problem+json")
                    .body("detail", containsString("storage is full"));

            disk.resize(512L << 20);
            given().auth()
                    .oauth2(token)
                    .post("/api/datasets/" + id + "/retry")
                    .then()
                    .statusCode(202);
            JsonPath ready = Api.awaitDone(token, id, Duration.ofSeconds(120));
            assertThat(ready.getString("status")).isEqualTo("READY");
            assertThat(ready.getLong("row_count")).isEqualTo(20_000);
            assertThat(ready.getInt("version")).isEqualTo(2);
            // The retry is version 2, analysed in its own folder.
            assertThat(dir.resolve("v2").resolve("data.arrow")).exists();
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
}
