package io.datasage.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestTokens;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.IngestResult;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Questions in, charts out: the planner over a real Arrow file, conversations in the real store. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class ChatResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV = """
            Order Date,Region,Category,Sales,Quantity
            2024-01-05,West,Technology,100.50,2
            2024-01-20,East,Furniture,80.00,1
            2024-02-03,West,Furniture,200.25,4
            2024-02-14,South,Technology,55.00,3
            2024-03-01,East,Office Supplies,50.00,1
            2024-03-09,West,Technology,400.00,5
            2024-04-11,Central,Office Supplies,20.00,2
            """;

    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        token = TestTokens.valid("chat-" + UUID.randomUUID());
        datasetId = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(SharedInfra.get().dataDir().resolve("storage").resolve(datasetId));
        Path raw = Files.writeString(dir.resolve("raw.csv"), CSV);
        IngestResult result = new Ingestor(IngestOptions.defaults()).ingest(raw, SourceFormat.CSV, dir.resolve("data.arrow"), null);
        ObjectNode body = JSON.createObjectNode()
                .put("id", datasetId).put("name", "Store sales").put("status", "READY").put("version", 1).put("row_count", 7);
        body.set("profile", JSON.valueToTree(result.profile()));
        PeerServicesStub.server.stubFor(get(urlEqualTo("/api/datasets/" + datasetId))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body))));
        PeerServicesStub.server.stubFor(get(urlPathEqualTo("/api/search/columns"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"matches\": []}")));
        PeerServicesStub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/api/search/questions"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
    }

    private ValidatableResponse ask(String message, String conversationId) {
        Map<String, Object> body = conversationId == null
                ? Map.of("message", message)
                : Map.of("message", message, "conversation_id", conversationId);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/chat/" + datasetId).then();
    }

    @Test
    void aQuestionGetsAChartAndAFollowUpEditsIt() {
        String conversation = ask("total sales by region", null)
                .statusCode(200)
                .body("source", equalTo("planner"))
                .body("chart_spec.chart_type", equalTo("bar"))
                .body("chart_spec.x", equalTo("Region"))
                .body("chart_spec.y[0]", equalTo("Sales"))
                .body("chart.data[0].x[0]", equalTo("West"))
                .body("response_text", containsString("West"))
                .body("confidence", notNullValue())
                .body("conversation_id", notNullValue())
                .extract().path("conversation_id");

        ask("make it a pie", conversation)
                .statusCode(200)
                .body("chart_spec.chart_type", equalTo("pie"))
                .body("chart_spec.x", equalTo("Region"))
                .body("conversation_id", equalTo(conversation));

        given().auth().oauth2(token).get("/api/chat/conversations/" + conversation)
                .then().statusCode(200)
                .body("messages", hasSize(4))
                .body("messages[1].chart_spec.chart_type", equalTo("bar"))
                .body("messages[3].role", equalTo("assistant"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                PeerServicesStub.server.verify(postRequestedFor(urlEqualTo("/api/search/questions"))));
    }

    @Test
    void aValueQuestionIsAKpiWithTheNumberInTheText() {
        ask("what is the average quantity?", null)
                .statusCode(200)
                .body("chart_spec.chart_type", equalTo("kpi"))
                .body("chart.data[0].type", equalTo("indicator"))
                .body("response_text", containsString("2.57"));
    }

    @Test
    void badRequestsAreExplained() {
        ask("   ", null).statusCode(400).contentType("application/problem+json");
        String other = TestTokens.valid("intruder-" + UUID.randomUUID());
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("message", "sales by region"))
                .post("/api/chat/" + datasetId).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("message", "sales")).post("/api/chat/" + datasetId).then().statusCode(401);
    }

    @Test
    void theStreamEndsWithTheFullReply() {
        String body = given().auth().oauth2(token).contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("message", "quantity by category"))
                .post("/api/chat/" + datasetId + "/stream")
                .then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).contains("\"type\":\"token\"").contains("\"type\":\"final\"")
                .contains("\"chart_type\":\"bar\"");
    }
}
