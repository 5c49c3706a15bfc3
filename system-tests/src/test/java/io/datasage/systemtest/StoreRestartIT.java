package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsStringIgnoringCase;

import io.datasage.bench.SalesCsvGenerator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document store restarts in the middle of a conversation: a question asked while it is away gets a clear
 * 503 to retry, and afterwards every accepted message, dashboard and upload is there exactly once.
 */
class StoreRestartIT {

    private static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    private static Response ask(String token, String datasetId, String message, String conversation) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(
                        conversation == null
                                ? Map.of("message", message)
                                : Map.of("message", message, "conversation_id", conversation))
                .post("/api/chat/" + datasetId);
    }

    @Test
    void chatAndDashboardsSurviveARestartOfTheDocumentStore() throws Exception {
        String token = Api.newUser();
        Path csv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("sales-store-restart.csv"), 3000);
        String dataset = Api.upload(token, "sales.csv", Files.readAllBytes(csv));
        assertThat(Api.awaitDone(token, dataset, Duration.ofSeconds(120)).getString("status"))
                .isEqualTo("READY");
        String dashboard = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", dataset))
                .post("/api/dashboards/design")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String conversation = ask(token, dataset, "total sales by region", null)
                .then()
                .statusCode(200)
                .extract()
                .path("conversation_id");
        ask(token, dataset, "make it a pie", conversation).then().statusCode(200);

        topology.stopComponent("store");
        try {
            ask(token, dataset, "monthly sales trend", conversation)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body("detail", containsStringIgnoringCase("try again"));
        } finally {
            topology.run(300, "up");
        }

        // The client retries the refused question once the store is back.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() ->
                        ask(token, dataset, "monthly sales trend", conversation).statusCode() == 200);

        List<String> messages = given().auth()
                .oauth2(token)
                .get("/api/chat/conversations/" + conversation)
                .then()
                .statusCode(200)
                .extract()
                .path("messages.content");
        assertThat(messages)
                .as("every accepted question and answer, once, in order")
                .hasSize(6);
        assertThat(List.of(messages.get(0), messages.get(2), messages.get(4)))
                .containsExactly("total sales by region", "make it a pie", "monthly sales trend");
        assertThat(given().auth()
                        .oauth2(token)
                        .get("/api/dashboards")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("id"))
                .as("dashboards")
                .containsExactly(dashboard);
        assertThat(given().auth()
                        .oauth2(token)
                        .get("/api/datasets")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("items.id"))
                .containsExactly(dataset);
    }
}
