package io.datasage.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies show their work (a sentence and DuckDB SQL over the uploaded file) and, when unsure, offer rewrites
 * from the planner and from similar past questions; sending a rewrite's text draws exactly its chart.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class ExplanationAndSuggestionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> COLUMNS = Set.of("Order Date", "Region", "Category", "Sales", "Quantity");
    private static final String UNCLEAR = "blorp the zibble";

    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        token = TestTokens.valid("explain-" + UUID.randomUUID());
        datasetId = StoreDataset.ready(token);
        // Question memory: one past question that fits this dataset, one about columns it does not have.
        PeerServicesStub.server.stubFor(get(urlPathEqualTo("/api/search/questions"))
                .withQueryParam("dataset_id", equalTo(datasetId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"examples\": ["
                                + "{\"question\": \"profit by segment\", \"chart_spec\": {\"chart_type\": \"bar\","
                                + " \"x\": \"Segment\", \"y\": [\"Profit\"]}, \"score\": 0.7, \"same_dataset\": false},"
                                + "{\"question\": \"Average quantity per category\", \"chart_spec\": {\"chart_type\":"
                                + " \"bar\", \"x\": \"Category\", \"y\": [\"Quantity\"], \"aggregation\": \"mean\"},"
                                + " \"score\": 0.6, \"same_dataset\": true}]}")));
    }

    @Test
    void aClearQuestionShowsItsWorkAndOffersNothing() {
        Questions.ask(token, datasetId, "total sales by region", null)
                .statusCode(200)
                .body("explanation", org.hamcrest.Matchers.equalTo("Total Sales per Region, highest first"))
                .body("sql", containsString("SELECT \"Region\", sum(\"Sales\") AS \"Sum of Sales\""))
                .body("sql", containsString("FROM read_csv('store sales.csv')"))
                .body("sql", containsString("ORDER BY 2 DESC NULLS LAST, 1"))
                .body("suggestions", hasSize(0));
    }

    @Test
    void anUnclearQuestionOffersRewritesAndPickingOneDrawsItsChart() throws Exception {
        JsonNode reply = JSON.readTree(Questions.ask(token, datasetId, UNCLEAR, null)
                .statusCode(200)
                .body("confidence", org.hamcrest.Matchers.equalTo("Low"))
                .extract()
                .asString());
        JsonNode suggestions = reply.path("suggestions");
        assertThat(suggestions.size()).as(reply.toString()).isBetween(2, 3);
        List<String> texts = new ArrayList<>();
        for (JsonNode s : suggestions) {
            texts.add(s.path("text").asText());
            JsonNode spec = s.path("chart_spec");
            assertThat(spec.path("chart_type").asText()).isNotBlank();
            for (String field : new String[] {"x", "series"}) {
                if (spec.hasNonNull(field)) {
                    assertThat(COLUMNS)
                            .as(s.toString())
                            .contains(spec.path(field).asText());
                }
            }
            spec.path("y").forEach(y -> assertThat(COLUMNS).as(s.toString()).contains(y.asText()));
            assertThat(spec)
                    .as("a rewrite draws something else than the answer")
                    .isNotEqualTo(reply.path("chart_spec"));
        }
        assertThat(texts)
                .as("the past question about other columns is not offered")
                .doesNotContain("profit by segment");
        assertThat(texts).as("the fitting past question is").contains("Average quantity per category");

        String conversation = reply.path("conversation_id").asText();
        JsonNode picked = suggestions.get(0);
        assertDrawn(picked, conversation);
        // Another conversation, the last rewrite: each one draws what it promised.
        JsonNode again = JSON.readTree(Questions.ask(token, datasetId, UNCLEAR, null)
                .statusCode(200)
                .extract()
                .asString());
        assertDrawn(
                again.path("suggestions").get(again.path("suggestions").size() - 1),
                again.path("conversation_id").asText());

        JsonNode stored = JSON.readTree(given().auth()
                .oauth2(token)
                .get("/api/chat/conversations/" + conversation)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonNode first = stored.path("messages").get(1);
        assertThat(first.path("suggestions")).isEqualTo(suggestions);
        assertThat(first.path("explanation").asText())
                .isEqualTo(reply.path("explanation").asText());
        assertThat(first.path("sql").asText()).isEqualTo(reply.path("sql").asText());
        assertThat(stored.path("messages").get(0).path("suggestions")).isEmpty();
    }

    private void assertDrawn(JsonNode suggestion, String conversation) throws Exception {
        JsonNode drawn = JSON.readTree(
                Questions.ask(token, datasetId, suggestion.path("text").asText(), conversation)
                        .statusCode(200)
                        .body("source", org.hamcrest.Matchers.equalTo("suggestion"))
                        .body("confidence", org.hamcrest.Matchers.equalTo("High"))
                        .body("suggestions", hasSize(0))
                        .extract()
                        .asString());
        assertThat(drawn.path("chart_spec")).as(suggestion.toString()).isEqualTo(suggestion.path("chart_spec"));
        assertThat(drawn.path("explanation").asText()).isNotBlank();
        assertThat(drawn.path("conversation_id").asText()).isEqualTo(conversation);
    }

    @Test
    void theStreamsFinalEventCarriesExplanationSqlAndSuggestions() throws Exception {
        String body = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("message", UNCLEAR))
                .post("/api/chat/" + datasetId + "/stream")
                .then()
                .statusCode(200)
                .body(startsWith("data:"))
                .extract()
                .asString();
        JsonNode last = null;
        for (String line : body.split("\n")) {
            if (line.startsWith("data:")) {
                last = JSON.readTree(line.substring("data:".length()));
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.path("type").asText()).isEqualTo("final");
        JsonNode reply = last.path("reply");
        assertThat(reply.path("explanation").asText()).isNotBlank();
        assertThat(reply.path("sql").asText()).contains("read_csv('store sales.csv')");
        assertThat(reply.path("suggestions").size()).isBetween(2, 3);
        assertThat(reply.path("suggestions")
                        .get(0)
                        .path("chart_spec")
                        .path("chart_type")
                        .asText())
                .isNotBlank();
    }
}
