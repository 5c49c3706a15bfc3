package io.datasage.vector;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.contracts.events.DatasetReady;
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

/** Answered questions are remembered per owner and recalled as few-shot examples, most similar first. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class QuestionMemoryTest {

    static final String[] ORDER_COLUMNS = {
        "order_date:date", "region:string", "product:string", "sales:number", "quantity:integer", "profit:number"
    };

    @BeforeEach
    void ready() {
        SearchApi.awaitReady();
    }

    @Test
    void theMostSimilarQuestionComesFirstAndOtherUsersNeverAppear() {
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        DatasetReady orders = DatasetEvents.ready(alice, "orders", null, ORDER_COLUMNS);
        DatasetReady bobsOrders = DatasetEvents.ready(bob, "orders", null, ORDER_COLUMNS);
        DatasetEvents.publish(orders);
        DatasetEvents.publish(bobsOrders);
        SearchApi.awaitIndexed(alice, orders.datasetId());
        SearchApi.awaitIndexed(bob, bobsOrders.datasetId());

        String id = remember(
                alice,
                orders.datasetId(),
                "total sales by region",
                Map.of("chart_type", "bar", "x", "region", "y", List.of("sales"), "aggregation", "sum"));
        remember(
                alice,
                orders.datasetId(),
                "monthly profit trend",
                Map.of("chart_type", "line", "x", "order_date", "y", List.of("profit"), "time_grain", "month"));
        remember(
                alice,
                orders.datasetId(),
                "top 10 products by quantity",
                Map.of("chart_type", "bar", "x", "product", "y", List.of("quantity"), "limit", 10));
        remember(
                bob,
                bobsOrders.datasetId(),
                "sales per region",
                Map.of("chart_type", "pie", "x", "region", "y", List.of("sales")));

        JsonPath examples = examples(alice, orders.datasetId(), "revenue for each region", 5);
        assertThat(examples.getList("examples.question", String.class))
                .containsExactlyInAnyOrder(
                        "total sales by region", "monthly profit trend", "top 10 products by quantity")
                .first()
                .isEqualTo("total sales by region");
        assertThat(examples.getString("examples[0].chart_spec.x")).isEqualTo("region");
        assertThat(examples.getList("examples[0].chart_spec.y", String.class)).containsExactly("sales");
        assertThat(examples.getList("examples.same_dataset", Boolean.class)).containsOnly(true);
        assertThat(examples.getList("examples.dataset_id", String.class)).containsOnly(orders.datasetId());
        assertThat(examples.getList("examples.score", Double.class))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));

        assertThat(examples(alice, orders.datasetId(), "how did profit develop over time", 1)
                        .getList("examples.question", String.class))
                .containsExactly("monthly profit trend");

        given().auth()
                .oauth2(TestTokens.valid(alice))
                .get("/api/search/questions/" + id)
                .then()
                .statusCode(200)
                .body("question", equalTo("total sales by region"))
                .body("chart_spec.chart_type", equalTo("bar"));
        given().auth()
                .oauth2(TestTokens.valid(bob))
                .get("/api/search/questions/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void questionsAboutDatasetsWithASimilarSchemaFollowTheDatasetsOwn() {
        String carol = "carol-" + UUID.randomUUID();
        DatasetReady orders2024 = DatasetEvents.ready(carol, "orders 2024", null, ORDER_COLUMNS);
        DatasetReady orders2025 = DatasetEvents.ready(carol, "orders 2025", null, ORDER_COLUMNS);
        DatasetReady cars = SemanticSearchTest.cars(carol);
        DatasetEvents.publish(orders2024);
        DatasetEvents.publish(orders2025);
        DatasetEvents.publish(cars);
        SearchApi.awaitIndexed(carol, orders2024.datasetId(), orders2025.datasetId(), cars.datasetId());

        remember(
                carol,
                orders2025.datasetId(),
                "profit by product",
                Map.of("chart_type", "bar", "x", "product", "y", List.of("profit")));
        remember(
                carol,
                orders2024.datasetId(),
                "sales by region",
                Map.of("chart_type", "bar", "x", "region", "y", List.of("sales")));
        remember(
                carol,
                cars.datasetId(),
                "average horsepower by origin",
                Map.of("chart_type", "bar", "x", "origin", "y", List.of("horsepower")));

        JsonPath examples = examples(carol, orders2024.datasetId(), "which products make the most profit", 5);
        assertThat(examples.getList("examples.question", String.class))
                .containsExactly("sales by region", "profit by product");
        assertThat(examples.getList("examples.same_dataset", Boolean.class)).containsExactly(true, false);
        assertThat(examples.getString("examples[1].dataset_id")).isEqualTo(orders2025.datasetId());
    }

    @Test
    void askingTheSameQuestionAgainReplacesItsSpecAndBadBodiesAreRejected() {
        String dave = "dave-" + UUID.randomUUID();
        DatasetReady orders = DatasetEvents.ready(dave, "orders", null, ORDER_COLUMNS);
        DatasetEvents.publish(orders);
        SearchApi.awaitIndexed(dave, orders.datasetId());

        String first =
                remember(dave, orders.datasetId(), "Sales by region", Map.of("chart_type", "bar", "x", "region"));
        String second =
                remember(dave, orders.datasetId(), "sales  by region?", Map.of("chart_type", "pie", "x", "region"));
        assertThat(second).isEqualTo(first);
        JsonPath examples = examples(dave, orders.datasetId(), "sales by region", 5);
        assertThat(examples.getList("examples.chart_spec.chart_type", String.class))
                .containsExactly("pie");

        String token = TestTokens.valid(dave);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", orders.datasetId(), "question", "sales"))
                .post("/api/search/questions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{not json")
                .post("/api/search/questions")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(token)
                .queryParam("dataset_id", orders.datasetId())
                .queryParam("q", "sales")
                .queryParam("k", 0)
                .get("/api/search/questions")
                .then()
                .statusCode(400);
    }

    private static String remember(String user, String datasetId, String question, Map<String, Object> spec) {
        return given().auth()
                .oauth2(TestTokens.valid(user))
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", datasetId, "question", question, "chart_spec", spec))
                .post("/api/search/questions")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/search/questions/"))
                .body("dataset_id", equalTo(datasetId))
                .extract()
                .path("id");
    }

    private static JsonPath examples(String user, String datasetId, String q, int k) {
        return given().auth()
                .oauth2(TestTokens.valid(user))
                .queryParam("dataset_id", datasetId)
                .queryParam("q", q)
                .queryParam("k", k)
                .get("/api/search/questions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
