package io.datasage.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** chat-service with an Ollama provider (a WireMock stub) as chat-engine: LLM answers, fallback to the planner, streaming. */
@QuarkusTest
@TestProfile(LlmStub.Profile.class)
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class LlmChatResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALES_BY_REGION = LlmStub.answer(
            "Sales by region, largest first.",
            "{\"chart_type\": \"bar\", \"x\": \"region\", \"y\": [\"Sales \"], \"aggregation\": \"sum\"}");

    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        LlmStub.server.resetAll();
        LlmStub.server.stubFor(get("/api/tags")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"models\": []}")));
        token = TestTokens.valid("llm-" + UUID.randomUUID());
        datasetId = StoreDataset.ready(token);
    }

    @Test
    void theConfiguredModelAnswersWithAValidatedSpecAndTheEnginesNumbers() {
        PeerServicesStub.server.stubFor(
                get(urlPathEqualTo("/api/search/questions"))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"examples\": [{\"question\": \"quantity per category\", \"chart_spec\": {\"chart_type\": \"bar\", "
                                                        + "\"x\": \"Category\", \"y\": [\"Quantity\"]}, \"score\": 0.8, \"same_dataset\": true}]}")));
        LlmStub.server.stubFor(post("/api/chat")
                .withRequestBody(containing("total sales by region"))
                .willReturn(LlmStub.reply(SALES_BY_REGION)));
        LlmStub.server.stubFor(post("/api/chat")
                .withRequestBody(containing("make it a pie"))
                .willReturn(LlmStub.reply(LlmStub.answer(
                        "Share of sales by region.",
                        "{\"chart_type\": \"pie\", \"x\": \"Region\", \"y\": [\"Sales\"]}"))));
        double answeredBefore = metric("datasage_llm_calls_seconds_count", "provider=\"stub\"", "outcome=\"answered\"");
        double llmChartsBefore = metric("datasage_llm_answers_total", "outcome=\"chart\"");

        String conversation = ask("total sales by region", null)
                .statusCode(200)
                .body("source", equalTo("llm:stub-model"))
                .body("chart_spec.chart_type", equalTo("bar"))
                .body("chart_spec.x", equalTo("Region"))
                .body("chart_spec.y[0]", equalTo("Sales"))
                .body("chart.data[0].x[0]", equalTo("West"))
                .body("response_text", startsWith("Sales by region, largest first. "))
                .body("response_text", containsString("West"))
                .body("confidence", equalTo("High"))
                .extract()
                .path("conversation_id");
        ask("make it a pie", conversation)
                .statusCode(200)
                .body("source", equalTo("llm:stub-model"))
                .body("chart_spec.chart_type", equalTo("pie"));
        // What Prometheus sees: two calls of the stub provider answered, two questions answered by the LLM.
        assertThat(metric("datasage_llm_calls_seconds_count", "provider=\"stub\"", "outcome=\"answered\"")
                        - answeredBefore)
                .isEqualTo(2);
        assertThat(metric("datasage_llm_answers_total", "outcome=\"chart\"") - llmChartsBefore)
                .isEqualTo(2);

        LlmStub.server.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath(
                        "$.messages[1].content", containing("\"quantity per category\" -> {\"chart_type\":\"bar\"")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("\"Sales\"|decimal|20..400"))));
        LlmStub.server.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath(
                        "$.messages[1].content",
                        containing("user: \"total sales by region\"\nassistant chart: {\"chart_type\":\"bar\""))));
    }

    @Test
    void aBrokenProviderFallsBackToThePlanner() {
        LlmStub.server.stubFor(
                post("/api/chat").willReturn(aResponse().withStatus(500).withBody("{\"error\": \"out of memory\"}")));
        double notAnsweredBefore = metric("datasage_llm_calls_seconds_count", "provider=\"stub\"", "outcome=\"failed\"")
                + metric("datasage_llm_calls_seconds_count", "provider=\"stub\"", "outcome=\"skipped\"");
        double plannerBefore = metric("datasage_planner_calls_total", "outcome=\"chart\"");

        ask("quantity by category", null)
                .statusCode(200)
                .body("source", equalTo("planner"))
                .body("chart_spec.chart_type", equalTo("bar"))
                .body("chart_spec.x", equalTo("Category"))
                .body("chart_spec.y[0]", equalTo("Quantity"));
        assertThat(metric("datasage_llm_calls_seconds_count", "provider=\"stub\"", "outcome=\"failed\"")
                        + metric("datasage_llm_calls_seconds_count", "provider=\"stub\"", "outcome=\"skipped\"")
                        - notAnsweredBefore)
                .isEqualTo(1);
        assertThat(metric("datasage_planner_calls_total", "outcome=\"chart\"") - plannerBefore)
                .isEqualTo(1);
    }

    @Test
    void aHallucinatedColumnTwiceFallsBackToThePlanner() {
        LlmStub.server.stubFor(post("/api/chat")
                .willReturn(LlmStub.reply(LlmStub.answer(
                        "Profit by region.", "{\"chart_type\": \"bar\", \"x\": \"Region\", \"y\": [\"Profit\"]}"))));

        ask("total sales by region", null)
                .statusCode(200)
                .body("source", equalTo("planner"))
                .body("chart_spec.y[0]", equalTo("Sales"));
        LlmStub.server.verify(2, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void theStreamCarriesTheModelsTokensThenTheFinalReply() throws Exception {
        LlmStub.server.stubFor(post("/api/chat")
                .withRequestBody(
                        matchingJsonPath("$.stream", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")))
                .willReturn(LlmStub.streamed(SALES_BY_REGION, 6)));

        String body = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("message", "total sales by region"))
                .post("/api/chat/" + datasetId + "/stream")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        List<JsonNode> events = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring(5)));
            }
        }
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("final");
        assertThat(last.at("/reply/source").asText()).isEqualTo("llm:stub-model");
        assertThat(last.at("/reply/chart/data/0/x/0").asText()).isEqualTo("West");
        StringBuilder tokens = new StringBuilder();
        int lead = 0;
        for (JsonNode e : events.subList(0, events.size() - 1)) {
            assertThat(e.path("type").asText()).isEqualTo("token");
            tokens.append(e.path("text").asText());
            lead += tokens.length() <= "Sales by region, largest first.".length() ? 1 : 0;
        }
        assertThat(lead).as("the lead arrived in the model's pieces").isGreaterThan(3);
        assertThat(tokens.toString()).isEqualTo(last.at("/reply/response_text").asText());
        LlmStub.server.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(
                        matchingJsonPath("$.stream", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))));
    }

    @Test
    void providerHealthIsShownInReadinessButADownProviderNeverMakesTheServiceNotReady() {
        String check = "checks.find { it.name == 'LLM providers (informational)' }";
        given().get("/q/health/ready").then().statusCode(200).body(check + ".data.stub", containsString("stub-model"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/q/health/ready")
                .then()
                .body(check + ".data.stub", startsWith("up, stub-model, circuit closed")));

        LlmStub.server.resetAll();
        LlmStub.server.stubFor(get("/api/tags").willReturn(aResponse().withStatus(503)));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(check + ".status", equalTo("UP"))
                .body(check + ".data.stub", startsWith("down, stub-model, circuit closed (HTTP 503)")));
    }

    /** The sum of a metric's samples on /q/metrics whose labels include every one given ({@code name="value"}). */
    private static double metric(String name, String... labels) {
        double sum = 0;
        for (String line : given().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .split("\n")) {
            if (line.startsWith(name + "{") && java.util.Arrays.stream(labels).allMatch(line::contains)) {
                sum += Double.parseDouble(
                        line.substring(line.lastIndexOf('}') + 1).trim().split(" ")[0]);
            }
        }
        return sum;
    }

    private ValidatableResponse ask(String message, String conversationId) {
        return Questions.ask(token, datasetId, message, conversationId);
    }
}
