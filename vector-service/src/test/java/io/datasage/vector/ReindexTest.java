package io.datasage.vector;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestTokens;
import io.datasage.vector.index.IndexFilter;
import io.datasage.vector.service.IndexHolder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index is derived data: after it loses documents, a rebuild from the document store gives the same answers. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ReindexTest {

    @Inject
    IndexHolder holder;

    @BeforeEach
    void ready() {
        SearchApi.awaitReady();
    }

    @Test
    void aRebuildFromTheStoreRestoresIdenticalResults() {
        String henry = "henry-" + UUID.randomUUID();
        DatasetReady cars = SemanticSearchTest.cars(henry);
        DatasetReady weather = SemanticSearchTest.weather(henry);
        DatasetEvents.publish(cars);
        DatasetEvents.publish(weather);
        SearchApi.awaitIndexed(henry, cars.datasetId(), weather.datasetId());
        JsonPath datasetsBefore = SearchApi.datasets(henry, "automobile fuel efficiency");
        JsonPath columnsBefore = SearchApi.columns(henry, cars.datasetId(), "car weight");

        // Lose this user's part of the index behind the store's back, as a damaged index directory would.
        holder.opened().orElseThrow().delete(IndexFilter.owner(henry));
        assertThat(SearchApi.datasetIds(henry, "automobile fuel efficiency")).isEmpty();

        given().auth()
                .oauth2(TestTokens.admin(henry))
                .post("/api/search/admin/reindex")
                .then()
                .statusCode(202)
                .body("status", equalTo("rebuilding"))
                .body("stored_documents", greaterThanOrEqualTo(12));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> SearchApi.datasetIds(henry, "automobile fuel efficiency")
                                .size()
                        == 2);

        assertThat(SearchApi.datasets(henry, "automobile fuel efficiency").prettify())
                .isEqualTo(datasetsBefore.prettify());
        assertThat(SearchApi.columns(henry, cars.datasetId(), "car weight").prettify())
                .isEqualTo(columnsBefore.prettify());
    }

    @Test
    void aDocumentAnotherReplicaEmbeddedFirstReachesThisReplicasIndex() {
        String ida = "ida-" + UUID.randomUUID();
        String jon = "jon-" + UUID.randomUUID();
        DatasetReady cars = SemanticSearchTest.cars(ida);
        DatasetEvents.publish(cars);
        SearchApi.awaitIndexed(ida, cars.datasetId());

        // A second replica (its own consumer group) consumed jon's event and stored the embedded documents first:
        // this replica never sees them as waiting. Copies of ida's documents, vectors included, stand for them.
        try (MongoClient client = MongoClients.create(SharedInfra.get().connectionString())) {
            MongoCollection<Document> documents = client.getDatabase("datasage").getCollection("vector_documents");
            List<Document> copies = new ArrayList<>();
            for (Document d : documents.find(Filters.eq("owner_id", ida))) {
                assertThat(d.get("embedding")).as("a stored vector").isNotNull();
                copies.add(new Document(d)
                        .append("_id", d.getString("_id").replace(ida, jon))
                        .append("owner_id", jon));
            }
            assertThat(copies).hasSizeGreaterThan(1);
            documents.insertMany(copies);
        }

        // The periodic sweep finds the index and the store disagreeing and rebuilds from the stored vectors.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        SearchApi.datasetIds(jon, "automobile fuel efficiency").equals(List.of(cars.datasetId())));
        assertThat(SearchApi.columns(jon, cars.datasetId(), "car weight").prettify())
                .isEqualTo(
                        SearchApi.columns(ida, cars.datasetId(), "car weight").prettify());
    }

    @Test
    void onlyTheAdminGroupMayRebuild() {
        given().post("/api/search/admin/reindex").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.valid("plain-" + UUID.randomUUID()))
                .post("/api/search/admin/reindex")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String user = "aud-" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.forAudience(user, "datasage-share"))
                .queryParam("q", "sales")
                .get("/api/search/datasets")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.sign(
                        user, 600, TestTokens.readPrivateKey(SharedInfra.get().privateKey()), null, List.of("user")))
                .queryParam("q", "sales")
                .get("/api/search/datasets")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.valid(user))
                .queryParam("q", "sales")
                .get("/api/search/datasets")
                .then()
                .statusCode(200);
    }
}
