package io.datasage.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.dashboard.repository.ChartRenderRepository;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.dashboard.repository.ShareRepository;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Share links: no account, one dashboard only, revocable, expiring; deleted datasets take their links along. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class SharingTest {

    @Inject
    ShareRepository shares;

    @Inject
    DashboardRepository dashboards;

    @Inject
    ChartRenderRepository renders;

    private String owner;
    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        owner = "share-" + UUID.randomUUID();
        token = TestTokens.valid(owner);
        datasetId = TestDatasets.ready(token, "Store orders", TestDatasets.storeOrders());
    }

    @Test
    void aLinkOpensItsDashboardWithoutAnAccountAndNothingElse() {
        String id = Dashboards.design(token, datasetId).path("id");
        String other = Dashboards.design(token, datasetId).path("id");
        Response created = Dashboards.share(token, id, Map.of("expires_in_days", 7));
        created.then().statusCode(201).header("Location", containsString("/api/shared/"));
        String link = created.path("token");
        assertThat(Base64.getUrlDecoder().decode(link)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(Instant.parse(created.path("expires_at")))
                .isAfter(Instant.now().plus(Duration.ofDays(6)));

        Response shared = given().get("/api/shared/" + link);
        shared.then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("title", equalTo("Store orders overview"));
        assertThat(shared.jsonPath().getDouble("components[0].figure.data[0].value"))
                .isEqualTo(400.0);
        assertThat(shared.asString()).doesNotContain(owner, datasetId, id, other);

        // The token is no credential anywhere else: not as a bearer token, not for another path.
        given().auth().oauth2(link).get("/api/dashboards/" + id).then().statusCode(401);
        given().auth().oauth2(link).get("/api/dashboards/" + other).then().statusCode(401);
        given().auth()
                .oauth2(link)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", datasetId, "spec", Map.of("chart_type", "kpi")))
                .post("/api/charts")
                .then()
                .statusCode(401);
        given().get("/api/shared/" + link.substring(0, 42) + (link.endsWith("A") ? "B" : "A"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String stranger = TestTokens.valid("stranger-" + UUID.randomUUID());
        given().auth()
                .oauth2(stranger)
                .get("/api/dashboards/" + id + "/shares")
                .then()
                .statusCode(404);
        Dashboards.share(stranger, id, Map.of()).then().statusCode(404);
    }

    @Test
    void aRevokedOrExpiredLinkIs404() {
        String id = Dashboards.design(token, datasetId).path("id");
        Response first = Dashboards.share(token, id, Map.of());
        String revoked = first.path("token");
        String shareId = first.path("id");
        String expiring =
                Dashboards.share(token, id, Map.of("expires_in_days", 1)).path("token");
        given().auth()
                .oauth2(token)
                .get("/api/dashboards/" + id + "/shares")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("token", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));

        given().auth()
                .oauth2(token)
                .delete("/api/dashboards/" + id + "/shares/" + shareId)
                .then()
                .statusCode(204);
        given().get("/api/shared/" + revoked).then().statusCode(404);
        given().auth()
                .oauth2(token)
                .delete("/api/dashboards/" + id + "/shares/" + shareId)
                .then()
                .statusCode(404);

        given().get("/api/shared/" + expiring).then().statusCode(200);
        shares.update("expiresAt", Instant.now().minusSeconds(1)).where("dashboardId", id);
        given().get("/api/shared/" + expiring).then().statusCode(404);

        Dashboards.share(token, id, Map.of("expires_in_days", 0)).then().statusCode(422);
        Dashboards.share(token, id, Map.of("expires_at", "2001-01-01T00:00:00Z"))
                .then()
                .statusCode(422);
    }

    @Test
    void deletingTheDatasetRemovesDashboardsLinksAndRenders() {
        String id = Dashboards.design(token, datasetId).path("id");
        String link = Dashboards.share(token, id, Map.of()).path("token");
        given().get("/api/shared/" + link).then().statusCode(200);
        // Renders reach the store off the request path.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(renders.count("datasetId", datasetId))
                .isPositive());

        TestKafka.send(
                Topics.DATASET_DELETED,
                datasetId,
                EventCodec.write(CloudEvent.of(
                        "/test", EventTypes.DATASET_DELETED, datasetId, new DatasetDeleted(datasetId, owner))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(dashboards.count("datasetId", datasetId)).isZero();
            assertThat(shares.count("datasetId", datasetId)).isZero();
            assertThat(renders.count("datasetId", datasetId)).isZero();
        });
        given().get("/api/shared/" + link).then().statusCode(404);
        given().auth().oauth2(token).get("/api/dashboards/" + id).then().statusCode(404);
    }

    @Test
    void deletingTheDashboardRevokesItsLinks() {
        String id = Dashboards.design(token, datasetId).path("id");
        String link = Dashboards.share(token, id, Map.of()).path("token");
        given().auth().oauth2(token).delete("/api/dashboards/" + id).then().statusCode(204);
        given().get("/api/shared/" + link).then().statusCode(404);
    }
}
