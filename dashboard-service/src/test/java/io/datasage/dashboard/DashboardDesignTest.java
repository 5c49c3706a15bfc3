package io.datasage.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One click designs a dashboard from the real columns, every tile rendered from the Arrow file. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = DatasetServiceStub.class, restrictToAnnotatedClass = false)
class DashboardDesignTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        token = TestTokens.valid("dash-" + UUID.randomUUID());
        datasetId = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(
                SharedInfra.get().dataDir().resolve("storage").resolve(datasetId));
        StringBuilder csv =
                new StringBuilder("Order ID,Order Date,Region,Segment,Customer Name,Sales,Quantity,Discount,Profit\n");
        Random random = new Random(3);
        String[] regions = {"West", "East", "Central", "South"};
        String[] segments = {"Consumer", "Corporate", "Home Office"};
        for (int i = 1; i <= 400; i++) {
            double sales = 10 + random.nextInt(900) + random.nextInt(100) / 100.0;
            csv.append("CA-")
                    .append(1000 + i)
                    .append(',')
                    .append(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(540)))
                    .append(',')
                    .append(regions[random.nextInt(4)])
                    .append(',')
                    .append(segments[random.nextInt(3)])
                    .append(',')
                    .append("Customer ")
                    .append(random.nextInt(60))
                    .append(',')
                    .append(sales)
                    .append(',')
                    .append(1 + random.nextInt(9))
                    .append(',')
                    .append(random.nextInt(5) / 10.0)
                    .append(',')
                    .append(Math.round(sales * (random.nextDouble() - 0.2) * 100) / 100.0)
                    .append('\n');
        }
        Path raw = Files.writeString(dir.resolve("raw.csv"), csv);
        IngestResult result =
                new Ingestor(IngestOptions.defaults()).ingest(raw, SourceFormat.CSV, dir.resolve("data.arrow"), null);
        ObjectNode body = JSON.createObjectNode()
                .put("id", datasetId)
                .put("name", "Store orders")
                .put("status", "READY")
                .put("version", 1)
                .put("row_count", 400);
        body.set("profile", JSON.valueToTree(result.profile()));
        body.set("domain_hints", JSON.valueToTree(List.of("sales")));
        DatasetServiceStub.server.stubFor(get(urlEqualTo("/api/datasets/" + datasetId))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(JSON.writeValueAsString(body))));
    }

    @Test
    void oneClickDesignsKpisChartsAndATableFromTheRealColumns() {
        JsonPath d = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", datasetId))
                .post("/api/dashboards/design")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        List<String> types = d.getList("components.type");
        assertThat(types.stream().filter("kpi"::equals).count()).isBetween(3L, 4L);
        assertThat(types.stream().filter("chart"::equals).count()).isBetween(3L, 6L);
        assertThat(types.stream().filter("table"::equals).count()).isEqualTo(1);
        assertThat(d.getList("components.error")).allMatch(e -> e == null);
        assertThat(d.getList("components.figure")).allMatch(f -> f != null);
        assertThat(d.getString("pattern")).isEqualTo("executive");
        assertThat(d.getString("domain")).isEqualTo("sales");
        assertThat(d.getDouble("components[0].figure.data[0].value")).isEqualTo(400.0);
        assertThat(d.getList("components.title")).contains("Total Sales", "Sales over time", "Sales by Region");
        assertThat(d.getList("insights")).isNotEmpty();

        String id = d.getString("id");
        given().auth()
                .oauth2(token)
                .get("/api/dashboards/" + id)
                .then()
                .statusCode(200)
                .body("components.size()", org.hamcrest.Matchers.equalTo(types.size()));
        given().auth()
                .oauth2(token)
                .get("/api/dashboards")
                .then()
                .statusCode(200)
                .body("[0].id", org.hamcrest.Matchers.equalTo(id));
        given().auth()
                .oauth2(TestTokens.valid("other-" + UUID.randomUUID()))
                .get("/api/dashboards/" + id)
                .then()
                .statusCode(404);
        given().auth().oauth2(token).delete("/api/dashboards/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/dashboards/" + id).then().statusCode(404);
    }
}
