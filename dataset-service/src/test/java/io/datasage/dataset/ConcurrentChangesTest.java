package io.datasage.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.Topics;
import io.datasage.dataset.messaging.OutboxRelay;
import io.datasage.dataset.messaging.OutboxSender;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.dataset.repository.OutboxRepository;
import io.datasage.dataset.service.DatasetService;
import io.datasage.dataset.service.StatusService;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The writers of a dataset record run at the same time for real, against the real store: the worker's events,
 * the owner's delete, and the outbox relays of several replicas. A deleted dataset never comes back and no
 * upload event is published twice.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ConcurrentChangesTest {

    private static final int DATASETS = 12;

    @Inject
    StatusService status;

    @Inject
    DatasetService datasetService;

    @Inject
    DatasetRepository repository;

    @Inject
    OutboxRepository outbox;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxRelay relay;

    @Test
    void aDeleteRacingTheWorkersEventsIsFinal() throws Exception {
        String owner = "race-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < DATASETS; i++) {
            ids.add(Uploads.upload(token, "race.csv", Uploads.uniqueCsv())
                    .statusCode(201)
                    .extract()
                    .path("dataset.id"));
        }
        List<Callable<Void>> writers = new ArrayList<>();
        for (String id : ids) {
            writers.add(() -> {
                for (int p = 1; p <= 40; p++) {
                    status.progress(new DatasetProgress(id, owner, 1, "parsing", p, p * 10L, null));
                }
                return null;
            });
            writers.add(() -> {
                for (int p = 1; p <= 20; p++) {
                    status.failed(new DatasetFailed(id, owner, 1, "parsing", "late failure " + p));
                    status.ready(ready(id, owner));
                }
                return null;
            });
            writers.add(() -> {
                Thread.sleep(5);
                datasetService.delete(owner, id);
                return null;
            });
        }
        runTogether(writers);

        for (String id : ids) {
            given().auth().oauth2(token).get("/api/datasets/" + id).then().statusCode(404);
            DatasetEntity stored = repository.findById(id);
            assertThat(stored == null || stored.deleted)
                    .as("dataset %s after the race: %s", id, stored == null ? "gone" : "deleted=" + stored.deleted)
                    .isTrue();
        }
        given().auth().oauth2(token).get("/api/datasets").then().statusCode(200).body("total", equalTo(0));
        TestKafka.awaitValues(
                Topics.DATASET_DELETED, v -> ids.stream().anyMatch(v::contains), DATASETS, Duration.ofSeconds(60));
        relay.drain();
        assertThat(TestKafka.valuesNow(Topics.DATASET_DELETED, v -> ids.stream().anyMatch(v::contains)))
                .as("one dataset.deleted per deleted dataset")
                .hasSize(DATASETS);
    }

    @Test
    void relaysOfSeveralReplicasPublishEachUploadOnce() throws Exception {
        String owner = "relays-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(pendingUpload(owner));
        }
        // Three replicas' relays (this application's and two more over the same store and broker) drain at once.
        OutboxRelay second = new OutboxRelay(outbox, sender);
        OutboxRelay third = new OutboxRelay(outbox, sender);
        List<Callable<Void>> drains = new ArrayList<>();
        for (OutboxRelay r : List.of(relay, second, third, second, third)) {
            drains.add(() -> {
                r.drain();
                return null;
            });
        }
        runTogether(drains);

        Map<String, Long> published =
                count(TestKafka.valuesNow(Topics.DATASET_UPLOADED, v -> mentionsAny(v, ids)), ids);
        assertThat(published).as("dataset.uploaded events per dataset").hasSize(ids.size());
        assertThat(published.values()).as("each upload published exactly once").containsOnly(1L);
    }

    @Test
    void workerEventsAndDeletesRacingTheRelaysNeverPublishTwice() throws Exception {
        String owner = "relay-race-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < DATASETS; i++) {
            ids.add(pendingUpload(owner));
        }
        OutboxRelay second = new OutboxRelay(outbox, sender);
        List<Callable<Void>> writers = new ArrayList<>();
        for (String id : ids) {
            // The worker reports right after the upload event went out, while the relay marks it published.
            writers.add(() -> {
                for (int p = 1; p <= 30; p++) {
                    status.progress(new DatasetProgress(id, owner, 1, "parsing", p, p, null));
                }
                return null;
            });
        }
        for (OutboxRelay r : List.of(relay, second)) {
            writers.add(() -> {
                for (int i = 0; i < 10; i++) {
                    r.drain();
                }
                return null;
            });
        }
        runTogether(writers);
        List<Callable<Void>> deletes = new ArrayList<>();
        for (String id : ids) {
            deletes.add(() -> {
                datasetService.delete(owner, id);
                return null;
            });
        }
        for (OutboxRelay r : List.of(relay, second)) {
            deletes.add(() -> {
                for (int i = 0; i < 5; i++) {
                    r.drain();
                }
                return null;
            });
        }
        runTogether(deletes);
        relay.drain();

        Map<String, Long> published =
                count(TestKafka.valuesNow(Topics.DATASET_UPLOADED, v -> mentionsAny(v, ids)), ids);
        assertThat(published.values()).as("upload events per dataset").containsOnly(1L);
        Map<String, Long> deleted = count(TestKafka.valuesNow(Topics.DATASET_DELETED, v -> mentionsAny(v, ids)), ids);
        assertThat(deleted).as("deletion events per dataset").hasSize(DATASETS);
        assertThat(deleted.values()).as("each deletion published once").containsOnly(1L);
        for (String id : ids) {
            assertThat(repository.findByIdAndOwner(id, owner)).isEmpty();
        }
    }

    /** A record as an upload leaves it, with its event still to be published. */
    private String pendingUpload(String owner) {
        DatasetEntity d = new DatasetEntity();
        d.id = UUID.randomUUID().toString();
        d.ownerId = owner;
        d.name = "pending";
        d.originalFilename = "pending.csv";
        d.format = "csv";
        d.rawPath = d.id + "/raw.csv";
        d.sizeBytes = 10;
        d.sha256 = UUID.randomUUID().toString();
        d.status = io.datasage.dataset.DatasetStatus.UPLOADED;
        d.version = 1;
        d.phase = "queued";
        d.createdAt = Instant.now();
        d.updatedAt = d.createdAt;
        repository.persist(d);
        return d.id;
    }

    private static boolean mentionsAny(String value, List<String> ids) {
        return ids.stream().anyMatch(value::contains);
    }

    /** How many of the events mention each id. */
    private static Map<String, Long> count(List<String> events, List<String> ids) {
        return events.stream()
                .map(v -> ids.stream().filter(v::contains).findFirst().orElseThrow())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static DatasetReady ready(String id, String owner) {
        return new DatasetReady(
                id,
                owner,
                1,
                "race",
                null,
                3,
                1,
                List.of(new DatasetReady.ColumnSummary("region", "category", 0, 3, List.of("West"))),
                id + "/data.arrow",
                id + "/profile.json",
                List.of(),
                1.0,
                1);
    }

    /** Starts every task at the same moment and rethrows the first failure. */
    private static void runTogether(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
