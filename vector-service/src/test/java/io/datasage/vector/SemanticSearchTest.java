package io.datasage.vector;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Datasets arrive as real dataset.ready events on the real broker and are found by meaning, per owner. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class SemanticSearchTest {

    @BeforeEach
    void ready() {
        SearchApi.awaitReady();
    }

    static DatasetReady cars(String owner) {
        return DatasetEvents.ready(
                owner,
                "cars",
                "Vehicle specifications from the 1970s and 80s",
                "mpg:number",
                "cylinders:integer",
                "horsepower:number",
                "weight:number",
                "model_year:integer",
                "origin:string");
    }

    static DatasetReady weather(String owner) {
        return DatasetEvents.ready(
                owner,
                "weather",
                "Daily observations",
                "temperature:number",
                "humidity:number",
                "wind_speed:number",
                "precipitation:number");
    }

    static DatasetReady orders(String owner) {
        return DatasetEvents.ready(
                owner,
                "orders",
                "Store orders",
                "order_date:date",
                "region:string",
                "product:string",
                "sales:number",
                "quantity:integer",
                "discount:number",
                "profit:number");
    }

    @Test
    void automobileFuelEfficiencyFindsTheCarsDatasetFirst() {
        String alice = "alice-" + UUID.randomUUID();
        DatasetReady cars = cars(alice);
        DatasetReady weather = weather(alice);
        DatasetEvents.publish(weather);
        DatasetEvents.publish(cars);
        SearchApi.awaitIndexed(alice, cars.datasetId(), weather.datasetId());

        JsonPath result = SearchApi.datasets(alice, "automobile fuel efficiency");
        assertThat(result.getString("query")).isEqualTo("automobile fuel efficiency");
        assertThat(result.getList("results.dataset_id", String.class))
                .containsExactly(cars.datasetId(), weather.datasetId());
        assertThat(result.getString("results[0].name")).isEqualTo("cars");
        assertThat(result.getDouble("results[0].score")).isGreaterThan(result.getDouble("results[1].score"));
        assertThat(result.getList("results[0].matching_columns", String.class)).contains("mpg");

        assertThat(SearchApi.datasetIds(alice, "rain and wind")).first().isEqualTo(weather.datasetId());
    }

    @Test
    void phrasesMapToTheRightColumnsAndExactNamesWin() {
        String bob = "bob-" + UUID.randomUUID();
        DatasetReady orders = orders(bob);
        DatasetReady cars = cars(bob);
        DatasetReady finance = DatasetEvents.ready(
                bob, "finance", null, "Revenue :number", "total_revenue:number", "income:number", "month:date");
        DatasetEvents.publish(orders);
        DatasetEvents.publish(cars);
        DatasetEvents.publish(finance);
        SearchApi.awaitIndexed(bob, orders.datasetId(), cars.datasetId(), finance.datasetId());

        JsonPath sold = SearchApi.columns(bob, orders.datasetId(), "how much we sold");
        assertThat(sold.getString("dataset_id")).isEqualTo(orders.datasetId());
        assertThat(sold.getString("matches[0].column")).isEqualTo("sales");
        assertThat(sold.getString("matches[0].type")).isEqualTo("number");

        JsonPath weight = SearchApi.columns(bob, cars.datasetId(), "car weight");
        assertThat(weight.getString("matches[0].column")).isEqualTo("weight");
        assertThat(weight.getString("matches[0].match")).isEqualTo("near");

        JsonPath revenue = SearchApi.columns(bob, finance.datasetId(), "revenue");
        assertThat(revenue.getList("matches.column", String.class)).startsWith("Revenue ", "total_revenue");
        assertThat(revenue.getList("matches.match", String.class)).startsWith("exact", "near");
        assertThat(revenue.getList("matches.score", Double.class)).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        // Across datasets, the one with a column of that exact name comes first.
        assertThat(SearchApi.datasets(bob, "revenue").getString("results[0].dataset_id"))
                .isEqualTo(finance.datasetId());
    }

    @Test
    void usersNeverSeeEachOthersDatasets() {
        String carol = "carol-" + UUID.randomUUID();
        String dave = "dave-" + UUID.randomUUID();
        DatasetReady carolsCars = cars(carol);
        DatasetReady davesWeather = weather(dave);
        DatasetEvents.publish(carolsCars);
        DatasetEvents.publish(davesWeather);
        SearchApi.awaitIndexed(carol, carolsCars.datasetId());
        SearchApi.awaitIndexed(dave, davesWeather.datasetId());

        assertThat(SearchApi.datasetIds(dave, "automobile fuel efficiency")).containsExactly(davesWeather.datasetId());
        assertThat(SearchApi.datasetIds(carol, "weather")).containsExactly(carolsCars.datasetId());
        given().auth()
                .oauth2(TestTokens.valid(dave))
                .queryParam("dataset_id", carolsCars.datasetId())
                .queryParam("q", "mpg")
                .get("/api/search/columns")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().auth()
                .oauth2(TestTokens.valid(dave))
                .queryParam("dataset_id", carolsCars.datasetId())
                .queryParam("q", "mpg")
                .get("/api/search/questions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.valid(dave))
                .contentType("application/json")
                .body(Map.of(
                        "dataset_id",
                        carolsCars.datasetId(),
                        "question",
                        "average mpg",
                        "chart_spec",
                        Map.of("chart_type", "bar")))
                .post("/api/search/questions")
                .then()
                .statusCode(404);
    }

    @Test
    void aDeletedDatasetDisappearsFromSearch() {
        String erin = "erin-" + UUID.randomUUID();
        DatasetReady cars = cars(erin);
        DatasetReady weather = weather(erin);
        DatasetEvents.publish(cars);
        DatasetEvents.publish(weather);
        SearchApi.awaitIndexed(erin, cars.datasetId(), weather.datasetId());

        DatasetEvents.publishDeleted(erin, cars.datasetId());
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        SearchApi.datasetIds(erin, "automobile fuel efficiency").equals(List.of(weather.datasetId())));
        given().auth()
                .oauth2(TestTokens.valid(erin))
                .queryParam("dataset_id", cars.datasetId())
                .queryParam("q", "mpg")
                .get("/api/search/columns")
                .then()
                .statusCode(404);
    }

    @Test
    void aNewVersionOfADatasetReplacesItsColumns() {
        String hank = "hank-" + UUID.randomUUID();
        DatasetReady first = DatasetEvents.ready(hank, "survey", null, "age:integer", "income:number", "city:string");
        DatasetEvents.publish(first);
        SearchApi.awaitIndexed(hank, first.datasetId());
        DatasetEvents.publish(first);
        DatasetReady second = new DatasetReady(
                first.datasetId(),
                hank,
                2,
                "survey",
                null,
                100,
                2,
                List.of(
                        first.columns().get(0),
                        new DatasetReady.ColumnSummary("country", "string", 0, 5, List.of("France", "Peru"))),
                null,
                null,
                List.of(),
                0.9,
                10);
        DatasetEvents.publish(second);

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(SearchApi.columns(hank, first.datasetId(), "where do they live")
                                .getList("matches.column", String.class))
                        .containsExactlyInAnyOrder("country", "age"));
        assertThat(SearchApi.datasetIds(hank, "survey")).containsExactly(first.datasetId());
    }

    @Test
    void malformedEventsAreDeadLetteredAndLaterOnesIndexed() {
        String frank = "frank-" + UUID.randomUUID();
        DatasetReady cars = cars(frank);
        // Same key, hence the same partition: the good event queues behind the bad ones.
        DatasetEvents.send(Topics.DATASET_READY, cars.datasetId(), "{this is not json");
        DatasetEvents.send(
                Topics.DATASET_READY,
                cars.datasetId(),
                "{\"specversion\":\"1.0\",\"type\":\"io.datasage.dataset.ready\"}");
        DatasetEvents.send(
                Topics.DATASET_READY, cars.datasetId(), "{\"specversion\":\"1.0\",\"data\":{\"name\":\"no ids\"}}");
        DatasetEvents.send(Topics.DATASET_DELETED, cars.datasetId(), "[1, 2, 3]");
        DatasetEvents.publish(cars);

        SearchApi.awaitIndexed(frank, cars.datasetId());
        given().get("/q/health/ready").then().statusCode(200);
        assertThat(TestKafka.awaitRecord(
                                Topics.DATASET_DLQ,
                                r -> cars.datasetId().equals(r.key())
                                        && r.value().equals("[1, 2, 3]"),
                                Duration.ofSeconds(30))
                        .map(r -> TestKafka.header(r, "dead-letter-topic")))
                .as("the unreadable deletion, parked with where it came from")
                .contains(Topics.DATASET_DELETED);
        assertThat(TestKafka.valuesNow(Topics.DATASET_DLQ, "{this is not json"::equals))
                .isNotEmpty();
    }

    @Test
    void anEventTheStoreCannotTakeIsDeadLetteredAndTheConsumerGoesOn() {
        String ivan = "ivan-" + UUID.randomUUID();
        DatasetReady stranded = weather(ivan);
        DatasetReady later = cars(ivan);
        SharedInfra infra = SharedInfra.get();
        infra.stopStore();
        try {
            DatasetEvents.publish(stranded);
            assertThat(TestKafka.awaitRecord(
                            Topics.DATASET_DLQ, r -> stranded.datasetId().equals(r.key()), Duration.ofSeconds(90)))
                    .as("the event that met a stopped store, dead-lettered")
                    .isPresent();
        } finally {
            infra.startStore();
        }
        DatasetEvents.publish(later);
        SearchApi.awaitIndexed(ivan, later.datasetId());
    }

    @Test
    void badRequestsAreExplained() {
        String token = TestTokens.valid("grace-" + UUID.randomUUID());
        given().auth()
                .oauth2(token)
                .get("/api/search/datasets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .queryParam("q", "sales")
                .queryParam("limit", 0)
                .get("/api/search/datasets")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(token)
                .queryParam("q", "sales")
                .get("/api/search/columns")
                .then()
                .statusCode(400);
        given().queryParam("q", "sales").get("/api/search/datasets").then().statusCode(401);
    }
}
