package io.datasage.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing under If-Match, pinning chat answers and specs, starting from a pin, regenerating around pins. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PeerServicesStub.class, restrictToAnnotatedClass = false)
class DashboardEditingTest {

    private static final String BY_REGION =
            "{\"chart_type\":\"bar\",\"x\":\"Region\",\"y\":[\"Sales\"],\"aggregation\":\"sum\"}";

    private String token;
    private String datasetId;

    @BeforeEach
    void readyDataset() throws Exception {
        token = TestTokens.valid("edit-" + UUID.randomUUID());
        datasetId = TestDatasets.ready(token, "Store orders", TestDatasets.storeOrders());
    }

    @Test
    void anEditNeedsTheCurrentETagAndAStaleOneIs412() {
        Response designed = Dashboards.design(token, datasetId);
        String etag = designed.header("ETag");
        assertThat(etag).isEqualTo("\"1\"");
        String id = designed.path("id");
        List<String> ids = designed.path("components.id");
        String first = ids.get(0);
        String last = ids.get(ids.size() - 1);

        // Reorder (last first), drop the rest but one, widen it, rename the dashboard.
        Response edited = put(
                id,
                etag,
                Map.of(
                        "title",
                        "Orders at a glance",
                        "components",
                        List.of(Map.of("id", last), Map.of("id", first, "span", 4))));
        edited.then().statusCode(200).header("ETag", "\"2\"");
        JsonPath d = edited.jsonPath();
        assertThat(d.getString("title")).isEqualTo("Orders at a glance");
        assertThat(d.getList("components.id")).containsExactly(last, first);
        assertThat(d.getInt("components[1].span")).isEqualTo(4);
        assertThat(d.getDouble("components[1].figure.data[0].value")).isEqualTo(400.0);

        put(id, etag, Map.of("title", "Lost update"))
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("revision 1"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "No precondition"))
                .put("/api/dashboards/" + id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(token)
                .get("/api/dashboards/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("title", equalTo("Orders at a glance"));
    }

    @Test
    void ofTwoConcurrentEditsOfOneRevisionExactlyOneWins() throws Exception {
        Response designed = Dashboards.design(token, datasetId);
        String id = designed.path("id");
        String etag = designed.header("ETag");
        int editors = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String title = "Editor " + i;
            Callable<Integer> edit = () -> {
                start.await();
                return put(id, etag, Map.of("title", title)).statusCode();
            };
            statuses.add(pool.submit(edit));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).containsOnly(200, 412);
        assertThat(codes.stream().filter(c -> c == 200).count()).isEqualTo(1);
        given().auth().oauth2(token).get("/api/dashboards/" + id).then().header("ETag", "\"2\"");
    }

    @Test
    void aTileThatDoesNotFitIsRefusedAndNothingIsSaved() {
        Response designed = Dashboards.design(token, datasetId);
        String id = designed.path("id");
        put(
                        id,
                        designed.header("ETag"),
                        Map.of(
                                "components",
                                List.of(Map.of(
                                        "title",
                                        "Typo",
                                        "spec",
                                        Map.of("chart_type", "bar", "x", "Regoin", "y", List.of("Sales"))))))
                .then()
                .statusCode(422)
                .body("detail", containsString("components[0] ('Typo')"))
                .body("detail", containsString("Region"));
        put(id, designed.header("ETag"), Map.of("components", List.of(Map.of("id", "nope"))))
                .then()
                .statusCode(422)
                .body("detail", containsString("'nope'"));
        given().auth().oauth2(token).get("/api/dashboards/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void aChatAnswerIsPinnedWithTheEnginesNumbers() throws Exception {
        String conversation = stubConversation(token, datasetId);
        Response designed = Dashboards.design(token, datasetId);
        String id = designed.path("id");
        Response pinned = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("conversation_id", conversation, "message_id", "m2", "position", 0))
                .post("/api/dashboards/" + id + "/components");
        pinned.then().statusCode(201).header("ETag", "\"2\"");
        JsonPath d = pinned.jsonPath();
        assertThat(d.getBoolean("components[0].pinned")).isTrue();
        assertThat(d.getString("components[0].origin")).isEqualTo("chat");
        assertThat(d.getString("components[0].spec.x")).isEqualTo("Region");
        List<Float> expected = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"dataset_id\":\"" + datasetId + "\",\"spec\":" + BY_REGION + "}")
                .post("/api/charts")
                .then()
                .statusCode(200)
                .extract()
                .path("figure.data[0].y");
        assertThat(d.getList("components[0].figure.data[0].y", Float.class)).isEqualTo(expected);

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("conversation_id", conversation, "message_id", "m1"))
                .post("/api/dashboards/" + id + "/components")
                .then()
                .statusCode(422)
                .body("detail", containsString("no chart"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("conversation_id", conversation, "message_id", "m9"))
                .post("/api/dashboards/" + id + "/components")
                .then()
                .statusCode(404);
        String stranger = TestTokens.valid("stranger-" + UUID.randomUUID());
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .body(Map.of("conversation_id", conversation, "message_id", "m2"))
                .post("/api/dashboards")
                .then()
                .statusCode(404);
    }

    @Test
    void aNewDashboardStartsFromOnePinnedAnswer() throws Exception {
        String conversation = stubConversation(token, datasetId);
        Response created = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("conversation_id", conversation, "message_id", "m2"))
                .post("/api/dashboards");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/dashboards/"))
                .header("ETag", "\"1\"")
                .body("dataset_id", equalTo(datasetId))
                .body("title", equalTo("Total sales by region"))
                .body("components.size()", equalTo(1))
                .body("components[0].pinned", equalTo(true))
                .body("components[0].title", containsString("Sales"));
    }

    @Test
    void regenerateKeepsPinnedTilesWhereTheyWere() {
        Response designed = Dashboards.design(token, datasetId);
        String id = designed.path("id");
        int designedCount = designed.path("components.size()");
        Response pinned = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(
                        "{\"spec\":{\"chart_type\":\"pie\",\"x\":\"Segment\",\"y\":[\"Quantity\"],\"aggregation\":\"sum\"},"
                                + "\"title\":\"Units by segment\",\"position\":1}")
                .post("/api/dashboards/" + id + "/components");
        pinned.then().statusCode(201);
        String pinId = pinned.path("components[1].id");

        Response regenerated = given().auth().oauth2(token).post("/api/dashboards/" + id + "/regenerate");
        regenerated.then().statusCode(200).header("ETag", "\"3\"");
        JsonPath d = regenerated.jsonPath();
        assertThat(d.getString("components[1].id")).isEqualTo(pinId);
        assertThat(d.getString("components[1].title")).isEqualTo("Units by segment");
        assertThat(d.getBoolean("components[1].pinned")).isTrue();
        assertThat(d.getList("components").size()).isEqualTo(designedCount + 1);
        assertThat(d.getList("components.pinned").stream()
                        .filter(Boolean.TRUE::equals)
                        .count())
                .isEqualTo(1);
        assertThat(d.getList("components.error")).allMatch(e -> e == null);
    }

    private Response put(String id, String ifMatch, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .header("If-Match", ifMatch)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/dashboards/" + id);
    }

    /** A conversation as chat-service stores it: a question and the planner's answer with its spec. */
    static String stubConversation(String token, String datasetId) throws Exception {
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"dataset_id\":\"" + datasetId + "\",\"title\":\"Sales\",\"messages\":["
                + "{\"id\":\"m1\",\"role\":\"user\",\"content\":\"total sales by region\"},"
                + "{\"id\":\"m2\",\"role\":\"assistant\",\"content\":\"West leads.\",\"chart_spec\":" + BY_REGION
                + ",\"confidence\":\"High\",\"source\":\"planner\"}]}";
        PeerServicesStub.server.stubFor(get(urlEqualTo("/api/chat/conversations/" + id))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
        PeerServicesStub.server.stubFor(get(urlEqualTo("/api/chat/conversations/" + id))
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404}")));
        return id;
    }
}
