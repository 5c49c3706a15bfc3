package io.datasage.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestTokens;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.Ingestor;
import io.datasage.ingest.SourceFormat;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/charts over a real Arrow file written by the ingest library, with dataset-service stubbed. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class ChartResourceTest {

    private static final String CSV = """
            order_date,region,segment,sales,quantity
            2024-01-05,West,Consumer,100.50,2
            2024-01-20,East,Corporate,80.00,1
            2024-02-03,West,Corporate,200.25,4
            2024-02-14,South,Consumer,,3
            2024-03-01,East,Consumer,50.00,1
            2024-03-09,West,Home Office,400.00,5
            """;

    private String owner;
    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        owner = "u-" + UUID.randomUUID();
        token = TestTokens.valid(owner);
        datasetId = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(
                SharedInfra.get().dataDir().resolve("storage").resolve(datasetId));
        Path raw = Files.writeString(dir.resolve("raw.csv"), CSV);
        new Ingestor(IngestOptions.defaults()).ingest(raw, SourceFormat.CSV, dir.resolve("data.arrow"), null);
        PeerServicesStub.server.stubFor(get(urlEqualTo("/api/datasets/" + datasetId))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + datasetId
                                + "\",\"name\":\"Sales\",\"status\":\"READY\",\"version\":1,\"row_count\":6}")));
    }

    private io.restassured.response.ValidatableResponse render(String auth, String spec) {
        // Exact numbers: read JSON decimals as doubles, not floats.
        return given().config(io.restassured.config.RestAssuredConfig.config()
                        .jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                                .numberReturnType(
                                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth()
                .oauth2(auth)
                .contentType(ContentType.JSON)
                .body("{\"dataset_id\":\"" + datasetId + "\",\"spec\":" + spec + "}")
                .post("/api/charts")
                .then();
    }

    @Test
    void aBarChartHasExactNumbersAndIsCachedTheSecondTime() {
        String spec = "{\"chart_type\":\"bar\",\"x\":\"Region\",\"y\":[\"sales\"],\"aggregation\":\"sum\"}";
        Map<String, Object> first = render(token, spec)
                .statusCode(200)
                .body("cached", is(false))
                .body("spec.x", is("region"))
                .body("figure.data[0].type", is("bar"))
                .body("figure.data[0].x", hasSize(3))
                .body("figure.data[0].x[0]", is("West"))
                .body("figure.data[0].y[0]", closeTo(700.75, 1e-9))
                .body("figure.layout.yaxis.title.text", containsString("Sum of sales"))
                .body("summary", containsString("West"))
                .body("stats.nulls_skipped.sales", is(1))
                .extract()
                .jsonPath()
                .getMap("$");
        Map<String, Object> again = render(token, spec)
                .statusCode(200)
                .body("cached", is(true))
                .body("figure.data[0].y[0]", closeTo(700.75, 1e-9))
                .extract()
                .jsonPath()
                .getMap("$");
        // Served from memory as the bytes kept: the same chart in every field but the cache mark.
        first.remove("cached");
        again.remove("cached");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void everyChartTypeRenders() {
        for (String spec : new String[] {
            "{\"chart_type\":\"line\",\"x\":\"order_date\",\"y\":[\"sales\"],\"time_grain\":\"month\"}",
            "{\"chart_type\":\"pie\",\"x\":\"segment\",\"y\":[\"sales\"]}",
            "{\"chart_type\":\"scatter\",\"x\":\"quantity\",\"y\":[\"sales\"],\"series\":\"region\"}",
            "{\"chart_type\":\"histogram\",\"x\":\"sales\",\"bins\":4}",
            "{\"chart_type\":\"heatmap\"}",
            "{\"chart_type\":\"grouped_bar\",\"x\":\"region\",\"y\":[\"sales\"],\"series\":\"segment\"}",
            "{\"chart_type\":\"stacked_bar\",\"x\":\"region\",\"y\":[\"quantity\"],\"series\":\"segment\"}",
            "{\"chart_type\":\"area\",\"x\":\"order_date\",\"y\":[\"quantity\"],\"time_grain\":\"month\"}",
            "{\"chart_type\":\"box\",\"x\":\"region\",\"y\":[\"sales\"]}",
            "{\"chart_type\":\"kpi\",\"y\":[\"sales\"],\"aggregation\":\"mean\"}",
            "{\"chart_type\":\"table\",\"columns\":[\"region\",\"sales\"]}"
        }) {
            render(token, spec)
                    .statusCode(200)
                    .body("figure.data", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        }
    }

    @Test
    void aSpecThatDoesNotFitTheDataIsA422ThatHelps() {
        render(token, "{\"chart_type\":\"bar\",\"x\":\"regoin\",\"y\":[\"sales\"]}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("region"));
        render(token, "{\"chart_type\":\"bar\",\"x\":\"segment\",\"y\":[\"region\"],\"aggregation\":\"sum\"}")
                .statusCode(422)
                .body("detail", containsString("sales"));
    }

    @Test
    void aChartHeldInMemoryIsStillNotAnotherUsers() {
        // The owner's render is held in memory and answered on the request's thread; another caller asking for the
        // same chart of the same dataset must not get it from there.
        String spec = "{\"chart_type\":\"bar\",\"x\":\"segment\",\"y\":[\"quantity\"],\"aggregation\":\"sum\"}";
        render(token, spec).statusCode(200);
        render(token, spec).statusCode(200).body("cached", is(true));
        render(TestTokens.valid("eve-" + UUID.randomUUID()), spec)
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherUsersDatasetIsNotFound() {
        // The stub knows the dataset only for its owner's token, as dataset-service would: anyone else gets 404.
        String other = TestTokens.valid("mallory-" + UUID.randomUUID());
        render(other, "{\"chart_type\":\"kpi\",\"y\":[\"sales\"]}")
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("dataset_id", datasetId))
                .post("/api/charts")
                .then()
                .statusCode(401);
    }
}
