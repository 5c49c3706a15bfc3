package io.datasage.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.dashboard.service.RecentRenders;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What this service remembers of a dataset (its description from dataset-service, its recent renders) is used
 * until a {@code dataset.*} event on the real broker says the dataset moved on: a new version, or deletion.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class DatasetEventsTest {

    private static final String SPEC =
            "{\"chart_type\":\"bar\",\"x\":\"region\",\"y\":[\"sales\"],\"aggregation\":\"sum\"}";

    @Inject
    RecentRenders renders;

    private String owner;
    private String token;
    private String datasetId;
    private Path storage;

    @BeforeEach
    void readyDataset() throws Exception {
        // Ready includes the event consumers: events sent from now on reach them.
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        owner = "u-" + UUID.randomUUID();
        token = TestTokens.valid(owner);
        datasetId = UUID.randomUUID().toString();
        storage = SharedInfra.get().dataDir().resolve("storage");
        analyse(1, "region,sales\nWest,100.5\nEast,80\nWest,600.25\n");
        describe(200, "READY", 1);
    }

    /** Writes a version's Arrow file where the worker puts it. */
    private void analyse(int version, String csv) throws Exception {
        Path dir = Files.createDirectories(storage.resolve(StorageLayout.versionDir(datasetId, version)));
        Path raw = Files.writeString(dir.resolve("raw.csv"), csv);
        new Ingestor(IngestOptions.defaults())
                .ingest(raw, SourceFormat.CSV, storage.resolve(StorageLayout.arrow(datasetId, version)), null);
    }

    /** What dataset-service answers about the dataset from now on. */
    private void describe(int status, String state, int version) {
        PeerServicesStub.server.stubFor(get(urlEqualTo("/api/datasets/" + datasetId))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + datasetId + "\",\"name\":\"Sales\",\"status\":\"" + state
                                + "\",\"version\":" + version + ",\"row_count\":3}")));
    }

    private int lookups() {
        return PeerServicesStub.server
                .countRequestsMatching(getRequestedFor(urlEqualTo("/api/datasets/" + datasetId))
                        .build())
                .getCount();
    }

    private ValidatableResponse render() {
        return given().config(RestAssuredConfig.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"dataset_id\":\"" + datasetId + "\",\"spec\":" + SPEC + "}")
                .post("/api/charts")
                .then();
    }

    private void publish(String topic, String type, Object payload) {
        TestKafka.send(topic, datasetId, EventCodec.write(CloudEvent.of("/test", type, datasetId, payload)));
    }

    private DatasetReady ready(int version) {
        return new DatasetReady(
                datasetId,
                owner,
                version,
                "Sales",
                null,
                3,
                2,
                List.of(),
                StorageLayout.arrow(datasetId, version),
                null,
                null,
                null,
                5);
    }

    @Test
    void aNewVersionIsRenderedOnceItsReadyEventArrives() throws Exception {
        render().statusCode(200).body("cached", is(false)).body("figure.data[0].y[0]", closeTo(700.75, 1e-9));

        // Version 2 is analysed and dataset-service knows it, but no event has said so yet.
        analyse(2, "region,sales\nWest,1000.5\nEast,80\n");
        describe(200, "READY", 2);
        render().statusCode(200).body("cached", is(true)).body("figure.data[0].y[0]", closeTo(700.75, 1e-9));
        assertThat(lookups())
                .as("the second render needs no call to dataset-service")
                .isEqualTo(1);

        publish(Topics.DATASET_READY, EventTypes.DATASET_READY, ready(2));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> render().statusCode(200)
                .body("cached", is(false))
                .body("figure.data[0].y[0]", closeTo(1000.5, 1e-9)));
    }

    @Test
    void aFreshReadyEventLetsTheOwnersFirstRenderSkipDatasetService() throws Exception {
        // A dataset dataset-service was never asked about here (and would answer 404): only its event describes it.
        datasetId = UUID.randomUUID().toString();
        analyse(1, "region,sales\nWest,100.5\nEast,80\nWest,600.25\n");
        Files.writeString(storage.resolve(StorageLayout.profile(datasetId, 1)), "{\"rows\":3,\"columns\":2}");
        DatasetReady ready = new DatasetReady(
                datasetId,
                owner,
                1,
                "Sales",
                null,
                3,
                2,
                List.of(),
                StorageLayout.arrow(datasetId, 1),
                StorageLayout.profile(datasetId, 1),
                null,
                null,
                5,
                "sales.csv",
                "csv");
        publish(Topics.DATASET_READY, EventTypes.DATASET_READY, ready);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> render().statusCode(200).body("figure.data[0].y[0]", closeTo(700.75, 1e-9)));
        assertThat(lookups())
                .as("the owner's first render needed no call to dataset-service")
                .isZero();
        // Someone else is still asked about where ownership is checked, and refused.
        given().auth()
                .oauth2(TestTokens.valid("u-" + UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body("{\"dataset_id\":\"" + datasetId + "\",\"spec\":" + SPEC + "}")
                .post("/api/charts")
                .then()
                .statusCode(404);
    }

    @Test
    void aDeletedDatasetIsForgottenWithItsRenders() {
        render().statusCode(200).body("cached", is(false));
        assertThat(renders.countOf(datasetId)).isEqualTo(1);
        describe(404, "READY", 1);
        render().statusCode(200).body("cached", is(true));

        publish(Topics.DATASET_DELETED, EventTypes.DATASET_DELETED, new DatasetDeleted(datasetId, owner));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> render().statusCode(404));
        assertThat(renders.countOf(datasetId)).isZero();
    }

    @Test
    void aVersionWhoseFilesAreGoneIsLookedUpAgainBeforeAnyEvent() throws Exception {
        render().statusCode(200).body("cached", is(false)).body("figure.data[0].y[0]", closeTo(700.75, 1e-9));

        // A replacement became current and dataset-service removed version 1's files; no event has arrived here yet.
        analyse(2, "region,sales\nWest,1000.5\nEast,80\n");
        describe(200, "READY", 2);
        Files.delete(storage.resolve(StorageLayout.arrow(datasetId, 1)));

        render().statusCode(200).body("cached", is(false)).body("figure.data[0].y[0]", closeTo(1000.5, 1e-9));
        assertThat(lookups()).isEqualTo(2);
    }
}
