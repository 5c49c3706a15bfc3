package io.datasage.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
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

    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        token = TestTokens.valid("chat-" + UUID.randomUUID());
        datasetId = StoreDataset.ready(token);
    }

    private ValidatableResponse ask(String message, String conversationId) {
        return Questions.ask(token, datasetId, message, conversationId);
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
                .extract()
                .path("conversation_id");

        ask("make it a pie", conversation)
                .statusCode(200)
                .body("chart_spec.chart_type", equalTo("pie"))
                .body("chart_spec.x", equalTo("Region"))
                .body("conversation_id", equalTo(conversation));

        given().auth()
                .oauth2(token)
                .get("/api/chat/conversations/" + conversation)
                .then()
                .statusCode(200)
                .body("messages", hasSize(4))
                .body("messages[1].chart_spec.chart_type", equalTo("bar"))
                .body("messages[3].role", equalTo("assistant"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> PeerServicesStub.server.verify(postRequestedFor(urlEqualTo("/api/search/questions"))));
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
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body(Map.of("message", "sales by region"))
                .post("/api/chat/" + datasetId)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("message", "sales"))
                .post("/api/chat/" + datasetId)
                .then()
                .statusCode(401);
    }

    @Test
    void theStreamEndsWithTheFullReply() {
        String body = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("message", "quantity by category"))
                .post("/api/chat/" + datasetId + "/stream")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .contains("\"type\":\"token\"")
                .contains("\"type\":\"final\"")
                .contains("\"chart_type\":\"bar\"")
                .contains("\"explanation\":\"Total Quantity per Category")
                .contains("\"sql\":\"SELECT \\\"Category\\\", sum(\\\"Quantity\\\")")
                .contains("\"suggestions\":[]");
    }
}
