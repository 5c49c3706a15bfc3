package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.bench.SalesCsvGenerator;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Dashboards through the gateway on the running stack: a real chat answer pinned, a share link opened without an
 * account, the file replaced (the dashboard re-renders on the new version, a vanished column said on its tile),
 * the dataset deleted (its link dies), and share links rate-limited per address (last: it uses up this address's
 * allowance).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardFlowIT {

    private static Path salesCsv;

    @BeforeAll
    static void start() throws Exception {
        Topology topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
        salesCsv = SalesCsvGenerator.write(topology.dataDir().resolveSibling("sales-3000.csv"), 3000);
    }

    @Test
    @Order(1)
    void pinShareReplaceAndDelete() throws Exception {
        String token = Api.newUser();
        String id = Api.upload(token, "orders.csv", Files.readAllBytes(salesCsv));
        Api.awaitDone(token, id, Duration.ofSeconds(60));

        JsonPath answer = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("message", "total sales by region"))
                .post("/api/chat/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Response pinned = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "conversation_id", answer.getString("conversation_id"),
                        "message_id", answer.getString("message_id")))
                .post("/api/dashboards");
        pinned.then().statusCode(201).body("components[0].pinned", equalTo(true));
        assertThat(pinned.jsonPath().getList("components[0].figure.data[0].y"))
                .isEqualTo(answer.getList("chart.data[0].y"));

        String dashboard = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", id))
                .post("/api/dashboards/design")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String link = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("expires_in_days", 1))
                .post("/api/dashboards/" + dashboard + "/shares")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        assertThat(given().get("/api/shared/" + link)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getDouble("components[0].figure.data[0].value"))
                .isEqualTo(3000.0);

        // Version 2: 1,000 rows without the profit column.
        String v2 = Files.readAllLines(salesCsv).stream()
                        .limit(1001)
                        .map(line -> line.substring(0, line.lastIndexOf(',')))
                        .collect(Collectors.joining("\n"))
                + "\n";
        given().auth()
                .oauth2(token)
                .multiPart("file", "orders-v2.csv", v2.getBytes(StandardCharsets.UTF_8), "text/csv")
                .put("/api/datasets/" + id + "/file")
                .then()
                .statusCode(202)
                .body("dataset.replacement.version", equalTo(2));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                                .oauth2(token)
                                .get("/api/datasets/" + id)
                                .jsonPath()
                                .getInt("version")
                        == 2);
        JsonPath d = given().auth()
                .oauth2(token)
                .get("/api/dashboards/" + dashboard)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(d.getDouble("components[0].figure.data[0].value")).isEqualTo(1000.0);
        List<String> errors = d.getList("components.error");
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("profit"));
        // Polled once a second: share links are rate-limited per address (a burst of 60, then one a second).
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() ->
                        given().get("/api/shared/" + link).jsonPath().getDouble("components[0].figure.data[0].value")
                                == 1000.0);

        given().auth().oauth2(token).delete("/api/datasets/" + id).then().statusCode(204);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> given().get("/api/shared/" + link).statusCode() == 404);
        given().auth().oauth2(token).get("/api/dashboards/" + dashboard).then().statusCode(404);
    }

    @Test
    @Order(2)
    void shareLinksAreRateLimitedPerAddress() {
        int status = 0;
        for (int i = 0; i < 100 && status != 429; i++) {
            Response r = given().get("/api/shared/not-a-token-" + i);
            status = r.statusCode();
            if (status == 429) {
                assertThat(r.header("Retry-After")).isNotBlank();
                assertThat(r.contentType()).startsWith("application/problem+json");
            } else {
                assertThat(status).isEqualTo(404);
            }
        }
        assertThat(status).isEqualTo(429);
    }
}
