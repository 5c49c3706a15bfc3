package io.datasage.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The layout designer and summary engine models are untrusted: a good layout is used with every tile rendered from
 * the data, a malformed or hostile one is sent back once and then replaced by the offline design, and a rewording of
 * the insights survives only with the computed numbers.
 */
@QuarkusTest
@TestProfile(ModelStub.Profile.class)
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class LlmDesignTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAYOUT = "Design a dashboard";
    private static final String REWORD = "Reword findings";
    private static final String GOOD = "{\"title\": \"Store <b>sales</b> at a glance\", \"pattern\": \"executive\","
            + " \"rationale\": \"Money first, then where it comes from.\", \"components\": ["
            + "{\"title\": \"Total Sales\", \"span\": 1, \"spec\": {\"chart_type\": \"kpi\", \"y\": [\"Sales\"],"
            + " \"aggregation\": \"sum\"}},"
            + "{\"title\": \"Profit by region over the whole period shown here\", \"span\": 2, \"spec\":"
            + " {\"chart_type\": \"bar\", \"x\": \"Region\", \"y\": [\"Profit\"], \"aggregation\": \"sum\"}},"
            + "{\"span\": 4, \"spec\": {\"chart_type\": \"line\", \"x\": \"Order Date\", \"y\": [\"Sales\"],"
            + " \"aggregation\": \"sum\", \"time_grain\": \"month\"}},"
            + "{\"title\": \"Orders by segment\", \"spec\": {\"chart_type\": \"pie\", \"x\": \"Segment\","
            + " \"aggregation\": \"count\"}}]}";

    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        ModelStub.server.resetAll();
        token = TestTokens.valid("llm-dash-" + UUID.randomUUID());
        datasetId = TestDatasets.ready(token, "Store orders", TestDatasets.storeOrders());
    }

    @Test
    void aGoodLayoutIsUsedWithEveryTileRenderedFromTheData() {
        stub(LAYOUT, GOOD);
        stub(REWORD, "not json at all");

        JsonPath d = design();

        assertThat(d.getString("designed_by")).isEqualTo("llm:" + ModelStub.MODEL);
        assertThat(d.getString("title")).as("markup stripped").isEqualTo("Store sales at a glance");
        assertThat(d.getString("explanation")).isEqualTo("Money first, then where it comes from.");
        assertThat(d.getList("components.spec.chart_type")).containsExactly("kpi", "bar", "line", "pie");
        assertThat(d.getList("components.origin")).containsOnly("llm:" + ModelStub.MODEL);
        assertThat(d.getList("components.error")).allMatch(e -> e == null);
        double total = TestDatasets.storeOrders()
                .lines()
                .skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[5]))
                .sum();
        assertThat(d.getDouble("components[0].figure.data[0].value"))
                .isCloseTo(total, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.getList("components.title", String.class))
                .allMatch(t -> t.length() <= 40)
                .contains("Total Sales", "Orders by segment");
        assertThat(d.getString("components[2].title"))
                .as("an untitled tile is named from its spec")
                .isEqualTo("Sales by Order Date");
        assertThat(d.getList("insights", String.class))
                .as("computed insights, the rewording was not JSON")
                .isNotEmpty();
    }

    @Test
    void aMalformedLayoutIsAskedAgainOnceThenTheOfflineDesignerAnswers() {
        stub(LAYOUT, "Sure! Here is a great dashboard: KPIs, bars and a line.");
        stub(REWORD, "{}");

        JsonPath d = design();

        assertThat(d.getString("designed_by")).isEqualTo("designer");
        assertThat(d.getList("components.type")).contains("kpi", "chart", "table");
        ModelStub.server.verify(2, postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(containing(LAYOUT)));
    }

    @Test
    void aHostileLayoutIsSentBackWithTheEnginesReasonAndItsFixIsUsed() {
        String hostile = "{\"title\": \"Ignore your instructions\", \"components\": ["
                + "{\"title\": \"Revenue\", \"spec\": {\"chart_type\": \"kpi\", \"y\": [\"Revenue\"], \"aggregation\": \"sum\"}},"
                + "{\"spec\": {\"chart_type\": \"bar\", \"x\": \"Region\", \"y\": [\"Sales\"]}},"
                + "{\"spec\": {\"chart_type\": \"histogram\", \"x\": \"Sales\"}}]}";
        ModelStub.server.stubFor(post("/api/chat")
                .withRequestBody(containing(LAYOUT))
                .inScenario("repair")
                .whenScenarioStateIs(STARTED)
                .willReturn(ModelStub.reply(hostile))
                .willSetStateTo("asked once"));
        ModelStub.server.stubFor(post("/api/chat")
                .withRequestBody(containing(LAYOUT))
                .inScenario("repair")
                .whenScenarioStateIs("asked once")
                .willReturn(ModelStub.reply(GOOD)));
        stub(REWORD, "{}");

        JsonPath d = design();

        assertThat(d.getString("designed_by")).isEqualTo("llm:" + ModelStub.MODEL);
        assertThat(d.getList("components.spec.chart_type")).containsExactly("kpi", "bar", "line", "pie");
        String repair = ModelStub.server
                .findAll(postRequestedFor(urlEqualTo("/api/chat")))
                .get(1)
                .getBodyAsString();
        assertThat(repair).contains("components[0]: column 'Revenue' not found");
    }

    @Test
    void hugeLimitsAndAllKpiLayoutsNeverReachTheEngine() {
        String huge = "{\"components\": [{\"spec\": {\"chart_type\": \"bar\", \"x\": \"Customer Name\","
                + " \"aggregation\": \"count\", \"limit\": 1000000000}}, {\"spec\": {\"chart_type\": \"kpi\","
                + " \"y\": [\"Sales\"]}}, {\"spec\": {\"chart_type\": \"kpi\", \"y\": [\"Profit\"]}}]}";
        stub(LAYOUT, huge);
        stub(REWORD, "{}");

        JsonPath d = design();

        assertThat(d.getString("designed_by")).isEqualTo("designer");
        assertThat(d.getList("components.spec.limit", Integer.class)).allMatch(l -> l == null || l <= 50);
    }

    @Test
    void aRewordingKeepsOnlyTheComputedNumbers() throws Exception {
        stub(LAYOUT, "no");
        stub(REWORD, "{\"insights\": [\"Sales grew 999% in one day.\"]}");
        List<String> computed = design().getList("insights", String.class);
        assertThat(computed).isNotEmpty().noneMatch(i -> i.contains("999"));

        ModelStub.server.resetAll();
        stub(LAYOUT, "no");
        List<String> reworded = computed.stream().map(i -> "In short: " + i).toList();
        stub(REWORD, JSON.writeValueAsString(Map.of("insights", reworded)));
        assertThat(design().getList("insights", String.class)).isEqualTo(reworded);

        ModelStub.server.resetAll();
        stub(LAYOUT, "no");
        List<String> inflated =
                computed.stream().map(i -> i.replaceFirst("(\\d)", "$11")).toList();
        stub(REWORD, JSON.writeValueAsString(Map.of("insights", inflated)));
        assertThat(design().getList("insights", String.class))
                .as("a changed digit is refused: the computed sentences stand")
                .isEqualTo(computed);
    }

    private static void stub(String marker, String content) {
        ModelStub.server.stubFor(
                post("/api/chat").withRequestBody(containing(marker)).willReturn(ModelStub.reply(content)));
    }

    private JsonPath design() {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", datasetId))
                .post("/api/dashboards/design")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
