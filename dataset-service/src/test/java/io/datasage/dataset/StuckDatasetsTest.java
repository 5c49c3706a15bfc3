package io.datasage.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.dataset.repository.AnalysisUpdates;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.dataset.repository.FileSlot;
import io.datasage.dataset.service.StuckDatasetReaper;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A dataset never waits forever: the worker's heartbeats hold its lease, the reaper queues a silent one again
 * and then fails it with a reason, an upload no worker takes fails with a reason, and the owner retries a
 * FAILED dataset as a new version. The reaper is run with a clock moved past the timeouts.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class StuckDatasetsTest {

    private static final Duration PAST_LEASE = Duration.ofMinutes(3);
    private static final Duration PAST_QUEUE = Duration.ofMinutes(31);

    @Inject
    StuckDatasetReaper reaper;

    @Inject
    DatasetRepository repository;

    @Inject
    AnalysisUpdates updates;

    private static void progress(String id, String owner, int version, int percent) {
        TestKafka.send(
                Topics.DATASET_PROGRESS,
                id,
                EventCodec.write(CloudEvent.of(
                        "/datasage/analysis-worker",
                        EventTypes.DATASET_PROGRESS,
                        id,
                        new DatasetProgress(id, owner, version, "parsing", percent, percent, null))));
    }

    private static void awaitStatus(String token, String id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("status", equalTo(status)));
    }

    private static List<CloudEvent<DatasetUploaded>> uploadEvents(String id, int atLeast) {
        TestKafka.awaitValues(Topics.DATASET_UPLOADED, v -> v.contains(id), atLeast, Duration.ofSeconds(20));
        return TestKafka.valuesNow(Topics.DATASET_UPLOADED, v -> v.contains(id)).stream()
                .map(v -> EventCodec.read(v, DatasetUploaded.class))
                .toList();
    }

    @Test
    void aSilentWorkerIsReplacedThenTheDatasetFailsWithAReasonAndCanBeRetried() {
        String owner = "stuck-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "stuck.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        assertThat(uploadEvents(id, 1)).hasSize(1);

        for (int requeue = 1; requeue <= 2; requeue++) {
            progress(id, owner, 1, 10 * requeue);
            awaitStatus(token, id, "PROCESSING");
            assertThat(reaper.reap(Instant.now().plus(PAST_LEASE))).isPositive();
            given().auth().oauth2(token).get("/api/datasets/" + id).then().body("status", equalTo("UPLOADED"));
            // Queued again: its upload event goes out once more, for the same version.
            List<CloudEvent<DatasetUploaded>> events = uploadEvents(id, requeue + 1);
            assertThat(events).hasSize(requeue + 1);
            assertThat(events).allMatch(e -> e.data().version() == 1);
        }

        progress(id, owner, 1, 35);
        awaitStatus(token, id, "PROCESSING");
        reaper.reap(Instant.now().plus(PAST_LEASE));
        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("status", equalTo("FAILED"))
                .body("failure_reason", containsString("stopped responding 3 times"))
                .body("failure_reason", containsString("/api/datasets/" + id + "/retry"));

        given().auth()
                .oauth2(token)
                .post("/api/datasets/" + id + "/retry")
                .then()
                .statusCode(202)
                .body("status", equalTo("UPLOADED"))
                .body("version", equalTo(2))
                .body("progress.percent", equalTo(0))
                .body("failure_reason", equalTo(null));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> uploadEvents(id, 4).stream().anyMatch(e -> e.data().version() == 2));
        given().auth()
                .oauth2(token)
                .post("/api/datasets/" + id + "/retry")
                .then()
                .statusCode(409)
                .body("detail", containsString("Only a FAILED dataset can be retried"));
    }

    @Test
    void aHeartbeatKeepsTheLeaseAndWinsOverTheReaper() {
        String owner = "beating-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "beating.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        progress(id, owner, 1, 20);
        awaitStatus(token, id, "PROCESSING");
        Instant seen = repository.findById(id).heartbeatAt;
        assertThat(seen).isNotNull();

        // Within the lease nothing happens.
        reaper.reap(Instant.now());
        given().auth().oauth2(token).get("/api/datasets/" + id).then().body("status", equalTo("PROCESSING"));
        // A heartbeat lands between the reaper's look and its change: the change is refused.
        progress(id, owner, 1, 20);
        await().atMost(Duration.ofSeconds(20)).until(() -> !seen.equals(repository.findById(id).heartbeatAt));
        assertThat(updates.requeue(FileSlot.CURRENT, id, 1, seen, Instant.now()))
                .isFalse();
        given().auth().oauth2(token).get("/api/datasets/" + id).then().body("status", equalTo("PROCESSING"));
    }

    @Test
    void anUploadNoWorkerTakesFailsWithAReasonAndAWorkerCanStillFinishIt() throws Exception {
        String owner = "queued-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "queued.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        uploadEvents(id, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> repository.findById(id).uploadPublished);

        reaper.reap(Instant.now().plus(PAST_QUEUE));
        given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("status", equalTo("FAILED"))
                .body("failure_reason", containsString("No analysis worker picked this file up within 30 minutes"));

        Files.writeString(
                SharedInfra.get().dataDir().resolve("storage").resolve(id).resolve("profile.json"), "{\"rows\": 2}");
        TestKafka.send(
                Topics.DATASET_READY,
                id,
                EventCodec.write(CloudEvent.of(
                        "/datasage/analysis-worker",
                        EventTypes.DATASET_READY,
                        id,
                        new DatasetReady(
                                id,
                                owner,
                                1,
                                "late",
                                null,
                                2,
                                1,
                                List.of(new DatasetReady.ColumnSummary("region", "category", 0, 2, List.of("West"))),
                                id + "/data.arrow",
                                id + "/profile.json",
                                List.of(),
                                1.0,
                                5))));
        awaitStatus(token, id, "READY");
    }

    @Test
    void onlyTheOwnersFailedDatasetsCanBeRetried() {
        String owner = "retry-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "r.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        given().auth()
                .oauth2(token)
                .post("/api/datasets/" + id + "/retry")
                .then()
                .statusCode(409)
                .body("detail", containsString("this one is UPLOADED"));
        given().auth()
                .oauth2(TestTokens.valid("someone-else-" + UUID.randomUUID()))
                .post("/api/datasets/" + id + "/retry")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .post("/api/datasets/" + UUID.randomUUID() + "/retry")
                .then()
                .statusCode(404);
    }
}
