package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.bench.SalesCsvGenerator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions through the gateway on the running stack, follow-ups in one conversation, and the eval command. */
class ChatFlowIT {

    private static Topology topology;
    private static Path salesCsv;

    @BeforeAll
    static void start() throws Exception {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
        salesCsv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("sales-5000.csv"), 5000);
    }

    @Test
    void aQuestionAndItsFollowUpAnswerWithCharts() throws Exception {
        String token = Api.newUser();
        String id = Api.upload(token, "sales.csv", Files.readAllBytes(salesCsv));
        Api.awaitDone(token, id, Duration.ofSeconds(60));

        String conversation = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("message", "total sales by region"))
                .post("/api/chat/" + id)
                .then()
                .statusCode(200)
                .body("source", equalTo("planner"))
                .body("chart_spec.chart_type", equalTo("bar"))
                .body("chart_spec.x", equalTo("region"))
                .body("chart_spec.y[0]", equalTo("sales"))
                .body("chart.data[0].x", hasSize(4))
                .extract()
                .path("conversation_id");

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("message", "now only for 2023", "conversation_id", conversation))
                .post("/api/chat/" + id)
                .then()
                .statusCode(200)
                .body("chart_spec.x", equalTo("region"))
                .body("chart_spec.filters[0].column", equalTo("order_date"));

        given().auth()
                .oauth2(token)
                .get("/api/chat/conversations/" + conversation)
                .then()
                .statusCode(200)
                .body("messages", hasSize(4));
        given().auth()
                .oauth2(Api.newUser())
                .contentType(ContentType.JSON)
                .body(Map.of("message", "sales by region"))
                .post("/api/chat/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void theEvalCommandWritesOneAnswerPerLine() throws Exception {
        Path dir = topology.dataDir().resolveSibling("eval");
        Files.createDirectories(dir);
        Files.copy(salesCsv, dir.resolve("sales.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path in = Files.writeString(
                dir.resolve("questions.jsonl"),
                String.join(
                                "\n",
                                "{\"id\": \"q1\", \"dataset\": \"sales.csv\", \"questions\": [\"profit by segment\", \"make it a pie\"]}",
                                "{\"id\": \"q2\", \"dataset\": \"missing.csv\", \"questions\": [\"sales by region\"]}",
                                "not json",
                                "{\"id\": \"q3\", \"dataset\": \"" + dir.resolve("sales.csv")
                                        + "\", \"questions\": [\"what is the average discount?\"]}")
                        + "\n");
        Path out = dir.resolve("answers.jsonl");
        topology.run(600, "eval", "--in", in.toString(), "--out", out.toString());

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        JsonNode q1 = json.readTree(lines.get(0));
        assertThat(q1.path("id").asText()).isEqualTo("q1");
        assertThat(q1.path("chart_spec").path("chart_type").asText()).isEqualTo("pie");
        assertThat(q1.path("source").asText()).isEqualTo("planner");
        assertThat(q1.path("latency_ms").asLong()).isPositive();
        assertThat(q1.path("error").isNull()).isTrue();
        assertThat(json.readTree(lines.get(1)).path("error").asText()).contains("missing.csv");
        assertThat(json.readTree(lines.get(2)).path("error").asText()).isNotBlank();
        assertThat(json.readTree(lines.get(3))
                        .path("chart_spec")
                        .path("chart_type")
                        .asText())
                .isEqualTo("kpi");
    }
}
