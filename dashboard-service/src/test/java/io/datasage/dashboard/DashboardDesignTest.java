package io.datasage.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One click designs a dashboard from the real columns, every tile rendered from the Arrow file. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class DashboardDesignTest {

    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        token = TestTokens.valid("dash-" + UUID.randomUUID());
        datasetId = TestDatasets.ready(token, "Store orders", TestDatasets.storeOrders());
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
        assertThat(d.getList("components.title")).contains("Monthly Sales", "Sales over time");
        // The key measure's KPI: its latest month against the month before, as the CSV has them.
        int monthly = d.getList("components.title").indexOf("Monthly Sales");
        List<String[]> rows = TestDatasets.storeOrders()
                .lines()
                .skip(1)
                .map(l -> l.split(","))
                .toList();
        String latest = rows.stream()
                .map(r -> r[1].substring(0, 7))
                .max(String::compareTo)
                .orElseThrow();
        String before = java.time.YearMonth.parse(latest).minusMonths(1).toString();
        assertThat(d.getString("components[" + monthly + "].figure.data[0].mode"))
                .isEqualTo("number+delta");
        assertThat(d.getDouble("components[" + monthly + "].figure.data[0].value"))
                .isCloseTo(monthSum(rows, latest), org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.getDouble("components[" + monthly + "].figure.data[0].delta.reference"))
                .isCloseTo(monthSum(rows, before), org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.getString("components[" + monthly + "].summary")).contains(" on " + before + " (");
        assertThat(d.getList("components.title", String.class)).anyMatch(t -> t.startsWith("Sales by "));
        // In these orders Sales hardly differs between segments or regions: said as such, with the figures.
        assertThat(d.getString("explanation"))
                .contains(
                        "No breakdown explains much of the variation in Sales (eta squared: Segment 0.5%, Region 0.1%)");
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

    private static double monthSum(List<String[]> rows, String month) {
        return rows.stream()
                .filter(r -> r[1].startsWith(month))
                .mapToDouble(r -> Double.parseDouble(r[5]))
                .sum();
    }
}
