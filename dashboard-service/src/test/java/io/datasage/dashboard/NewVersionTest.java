package io.datasage.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.datasage.platform.datasets.DatasetCatalog;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A replaced file: dashboards render the new version, a tile whose column vanished says so and the others still
 * render, and share links move to the new version when it is READY.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class NewVersionTest {

    @Inject
    DatasetCatalog catalog;

    @Test
    void tilesReRenderOnTheNewVersionAndAVanishedColumnIsSaid() throws Exception {
        String owner = "version-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = TestDatasets.ready(token, "Store orders", TestDatasets.storeOrders());
        String dashboard = Dashboards.design(token, id).path("id");
        String link = Dashboards.share(token, dashboard, Map.of())
                .then()
                .statusCode(201)
                .extract()
                .path("token");

        // Version 2 has 100 rows and no Profit column.
        String v2 = String.join(
                        "\n",
                        TestDatasets.storeOrders()
                                .lines()
                                .limit(101)
                                .map(line -> line.substring(0, line.lastIndexOf(',')))
                                .toList())
                + "\n";
        TestDatasets.newVersion(token, id, "Store orders", 2, v2);
        // Version 2's READY has reached this instance's dataset catalog (a consumer group of its own), not yet the
        // consumer that moves dashboards and their links.
        catalog.forget(id);

        JsonPath d = given().auth()
                .oauth2(token)
                .get("/api/dashboards/" + dashboard)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(d.getInt("dataset_version")).isEqualTo(2);
        assertThat(d.getDouble("components[0].figure.data[0].value")).isEqualTo(100.0);
        List<Map<String, Object>> components = d.getList("components");
        assertThat(components).anySatisfy(c -> assertThat((String) c.get("error"))
                .contains("version 2")
                .contains("Profit"));
        for (Map<String, Object> c : components) {
            boolean usesProfit = String.valueOf(c.get("spec")).contains("Profit");
            assertThat(c.get("error") != null).as("tile %s", c.get("title")).isEqualTo(usesProfit);
        }

        // The link still shows version 1 until dataset.ready announces version 2.
        assertThat(given().get("/api/shared/" + link).jsonPath().getDouble("components[0].figure.data[0].value"))
                .isEqualTo(400.0);
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
                                2,
                                "Store orders",
                                null,
                                100,
                                8,
                                List.of(),
                                StorageLayout.arrow(id, 2),
                                StorageLayout.profile(id, 2),
                                List.of(),
                                1.0,
                                1))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        given().get("/api/shared/" + link).jsonPath().getDouble("components[0].figure.data[0].value"))
                .isEqualTo(100.0));
    }
}
