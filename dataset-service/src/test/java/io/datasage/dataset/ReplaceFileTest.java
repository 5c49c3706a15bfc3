package io.datasage.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.service.DatasetService;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/datasets/{id}/file}: the new file is version + 1, announced like an upload and analysed in its
 * own folder, while the previous version stays served until the new one is READY.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ReplaceFileTest {

    private static final Path STORAGE = SharedInfra.get().dataDir().resolve("storage");

    @Inject
    DatasetService datasets;

    @Test
    void aReadOfTheVersionJustReplacedGetsTheNewOne() throws Exception {
        String owner = "replace-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = readyFirstVersion(owner, token);
        // The record as a request looked it up, just before the replacement is promoted and version 1's files go.
        DatasetEntity lookedUp = datasets.get(owner, id);

        byte[] second = secondFile();
        replace(token, id, "v2.csv", second).statusCode(202);
        ready(id, owner, 2, "revenue");
        awaitVersion(token, id, 2).body("status", equalTo("READY"));
        assertThat(STORAGE.resolve(StorageLayout.profile(id, 1))).doesNotExist();

        DatasetService.Viewed viewed =
                datasets.latest(owner, lookedUp, d -> new DatasetService.Viewed(d, datasets.profile(d)));
        assertThat(viewed.dataset().version).isEqualTo(2);
        assertThat(viewed.profile()).containsEntry("columns", 2);
        int version = datasets.latest(owner, lookedUp, d -> d.version);
        // Nothing missing, nothing read again.
        assertThat(version).isEqualTo(1);
    }

    @Test
    void theOldVersionIsServedUntilTheNewOneIsReady() throws Exception {
        String owner = "replace-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = readyFirstVersion(owner, token);

        byte[] second = secondFile();
        replace(token, id, "v2.csv", second)
                .statusCode(202)
                .body("duplicate", equalTo(false))
                .body("dataset.version", equalTo(1))
                .body("dataset.status", equalTo("READY"))
                .body("dataset.replacement.version", equalTo(2))
                .body("dataset.replacement.status", equalTo("UPLOADED"))
                .body("dataset.replacement.original_filename", equalTo("v2.csv"));
        DatasetUploaded uploaded = EventCodec.read(
                        TestKafka.awaitValues(
                                        Topics.DATASET_UPLOADED,
                                        v -> v.contains(id) && v.contains("\"version\":2"),
                                        1,
                                        Duration.ofSeconds(30))
                                .get(0),
                        DatasetUploaded.class)
                .data();
        assertThat(uploaded.rawPath()).isEqualTo(StorageLayout.raw(id, 2, "csv"));
        assertThat(STORAGE.resolve(uploaded.rawPath())).hasBinaryContent(second);

        // A newer file supersedes the pending one; meanwhile v1 is still what everybody sees.
        replace(token, id, "again.csv", second).statusCode(202).body("dataset.replacement.version", equalTo(3));
        given().auth().oauth2(token).get("/api/datasets/" + id).then().body("version", equalTo(1));

        ready(id, owner, 3, "revenue");
        awaitVersion(token, id, 3)
                .body("status", equalTo("READY"))
                .body("replacement", nullValue())
                .body("columns[1].name", equalTo("revenue"))
                .body("original_filename", equalTo("again.csv"));
        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id + "/preview")
                .then()
                .statusCode(200);
        assertThat(STORAGE.resolve(id).resolve("raw.csv")).doesNotExist();
        assertThat(STORAGE.resolve(StorageLayout.arrow(id, 3))).exists();
        replace(token, id, "same.csv", second).statusCode(200).body("duplicate", equalTo(true));
    }

    @Test
    void aFailedReplacementLeavesTheServedVersionAlone() throws Exception {
        String owner = "replace-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "v1.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        ready(id, owner, 1, "sales");
        awaitVersion(token, id, 1);
        replace(token, id, "broken.csv", ("a,b\n1," + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8))
                .statusCode(202);
        TestKafka.send(
                Topics.DATASET_FAILED,
                id,
                EventCodec.write(CloudEvent.of(
                        "/test",
                        EventTypes.DATASET_FAILED,
                        id,
                        new DatasetFailed(id, owner, 2, "parsing", "Row 2 has 7 fields, the header 2."))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("version", equalTo(1))
                .body("status", equalTo("READY"))
                .body("replacement.status", equalTo("FAILED"))
                .body("replacement.failure_reason", equalTo("Row 2 has 7 fields, the header 2.")));

        replace(token, id, "empty.csv", new byte[0]).statusCode(400);
        replace(TestTokens.valid("stranger-" + UUID.randomUUID()), id, "x.csv", Uploads.uniqueCsv())
                .statusCode(404);
        String other = Uploads.upload(token, "other.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        byte[] otherContent = Files.readAllBytes(STORAGE.resolve(other).resolve("raw.csv"));
        replace(token, id, "dup.csv", otherContent).statusCode(409);
    }

    private static ValidatableResponse replace(String token, String id, String name, byte[] content) {
        return given().auth()
                .oauth2(token)
                .multiPart("file", name, content, "text/csv")
                .put("/api/datasets/" + id + "/file")
                .then();
    }

    private static ValidatableResponse awaitVersion(String token, String id, int version) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("version", equalTo(version))
                .body("status", equalTo("READY")));
        return given().auth().oauth2(token).get("/api/datasets/" + id).then();
    }

    /** Uploads a first file for {@code owner} and makes it READY; returns the dataset's id. */
    private static String readyFirstVersion(String owner, String token) throws Exception {
        String id = Uploads.upload(token, "v1.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        ready(id, owner, 1, "sales");
        awaitVersion(token, id, 1).body("status", equalTo("READY"));
        return id;
    }

    /** A replacement file whose content no other test uploads. */
    private static byte[] secondFile() {
        return ("region,revenue\nWest," + UUID.randomUUID().hashCode() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What the worker leaves for a finished version: its profile and preview in the version's folder, then READY. */
    private static void ready(String id, String owner, int version, String measure) throws Exception {
        Path dir = Files.createDirectories(STORAGE.resolve(StorageLayout.versionDir(id, version)));
        Files.writeString(dir.resolve("profile.json"), "{\"rows\": 1, \"columns\": 2}");
        Files.writeString(
                dir.resolve("preview.json"),
                "{\"columns\": [{\"name\": \"region\"}, {\"name\": \"" + measure + "\"}], \"rows\": [[\"West\", 1]]}");
        Files.writeString(dir.resolve("data.arrow"), "stand-in");
        TestKafka.send(
                Topics.DATASET_READY,
                id,
                EventCodec.write(CloudEvent.of(
                        "/test",
                        EventTypes.DATASET_READY,
                        id,
                        new DatasetReady(
                                id,
                                owner,
                                version,
                                "Test data",
                                null,
                                1,
                                2,
                                List.of(
                                        new DatasetReady.ColumnSummary("region", "category", 0, 1, List.of("West")),
                                        new DatasetReady.ColumnSummary(measure, "decimal", 0, 1, List.of("1"))),
                                StorageLayout.arrow(id, version),
                                StorageLayout.profile(id, version),
                                List.of("sales"),
                                0.9,
                                1))));
    }
}
