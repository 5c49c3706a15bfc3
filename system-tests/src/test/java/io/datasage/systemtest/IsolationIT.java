package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The isolation sweep: Alice owns a dataset, a conversation, a dashboard, a rendered chart and a remembered question;
 * Bob calls every endpoint with her ids through the gateway and gets 404 (never her data, never 403, which would
 * confirm the id exists); then Alice still has all of it. Add a probe here for every endpoint that takes an id.
 */
class IsolationIT {

    private static final String CSV = "region,product,sales,order_date\n"
            + "North,Widget,120.5,2024-01-03\nSouth,Gadget,80,2024-01-09\nNorth,Gadget,42.25,2024-02-11\n"
            + "East,Widget,300,2024-02-20\nSouth,Widget,15,2024-03-02\n";

    private static String alice;
    private static String bob;
    private static String dataset;
    private static String conversation;
    private static String message;
    private static String dashboard;
    private static String question;

    @BeforeAll
    static void aliceOwnsOneOfEverything() {
        RestAssured.baseURI = Topology.get().gatewayUrl();
        alice = Api.newUser();
        bob = Api.newUser();
        dataset = Api.upload(alice, "isolation.csv", CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(Api.awaitDone(alice, dataset, Duration.ofSeconds(60)).getString("status"))
                .isEqualTo("READY");
        io.restassured.path.json.JsonPath reply = as(alice)
                .body(Map.of("message", "total sales by region"))
                .post("/api/chat/" + dataset)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        conversation = reply.getString("conversation_id");
        message = reply.getString("message_id");
        as(alice).body(chartRequest(dataset)).post("/api/charts").then().statusCode(200);
        dashboard = as(alice)
                .body(Map.of("dataset_id", dataset))
                .post("/api/dashboards/design")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // vector-service indexes the dataset from its dataset.ready event: wait for that, bounded.
        Map<String, Object> remember = Map.of(
                "dataset_id",
                dataset,
                "question",
                "total sales by region",
                "chart_spec",
                Map.of("chart_type", "bar", "x", "region", "y", List.of("sales")));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() ->
                        as(alice).body(remember).post("/api/search/questions").statusCode() == 201);
        question = as(alice)
                .body(remember)
                .post("/api/search/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> chartRequest(String datasetId) {
        return Map.of(
                "dataset_id",
                datasetId,
                "spec",
                Map.of("chart_type", "bar", "x", "region", "y", List.of("sales"), "aggregation", "sum"));
    }

    /** One call Bob makes with Alice's ids. */
    private record Probe(String name, java.util.function.Function<RequestSpecification, Response> call) {}

    private static List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        // datasets
        probes.add(new Probe("GET dataset", r -> r.get("/api/datasets/" + dataset)));
        probes.add(new Probe("GET preview", r -> r.get("/api/datasets/" + dataset + "/preview?rows=5")));
        probes.add(new Probe("GET progress events", r -> r.get("/api/datasets/" + dataset + "/events")));
        probes.add(new Probe("DELETE dataset", r -> r.delete("/api/datasets/" + dataset)));
        // chat
        probes.add(new Probe(
                "POST chat", r -> r.body(Map.of("message", "sales by region")).post("/api/chat/" + dataset)));
        probes.add(new Probe("POST chat stream", r -> r.body(Map.of("message", "sales by region"))
                .post("/api/chat/" + dataset + "/stream")));
        probes.add(new Probe("GET conversation", r -> r.get("/api/chat/conversations/" + conversation)));
        probes.add(new Probe("PATCH conversation", r -> r.body(Map.of("title", "Bob was here"))
                .patch("/api/chat/conversations/" + conversation)));
        probes.add(new Probe("DELETE conversation", r -> r.delete("/api/chat/conversations/" + conversation)));
        // charts and dashboards
        probes.add(new Probe(
                "POST chart render", r -> r.body(chartRequest(dataset)).post("/api/charts")));
        probes.add(new Probe("POST dashboard design", r -> r.body(Map.of("dataset_id", dataset))
                .post("/api/dashboards/design")));
        probes.add(new Probe("GET dashboard", r -> r.get("/api/dashboards/" + dashboard)));
        probes.add(new Probe("DELETE dashboard", r -> r.delete("/api/dashboards/" + dashboard)));
        probes.add(new Probe("POST dashboard for the dataset", r -> r.body(Map.of("dataset_id", dataset))
                .post("/api/dashboards")));
        probes.add(new Probe("POST dashboard from a pinned answer", r -> r.body(
                        Map.of("conversation_id", conversation, "message_id", message))
                .post("/api/dashboards")));
        probes.add(new Probe("PUT dashboard", r -> r.header("If-Match", "\"1\"")
                .body(Map.of("title", "Bob was here"))
                .put("/api/dashboards/" + dashboard)));
        probes.add(new Probe("POST pin to dashboard", r -> r.header("If-Match", "\"1\"")
                .body(Map.of("spec", Map.of("chart_type", "bar", "x", "region", "y", List.of("sales"))))
                .post("/api/dashboards/" + dashboard + "/components")));
        probes.add(new Probe("POST regenerate dashboard", r -> r.header("If-Match", "\"1\"")
                .post("/api/dashboards/" + dashboard + "/regenerate")));
        // search
        probes.add(
                new Probe("GET column search", r -> r.get("/api/search/columns?dataset_id=" + dataset + "&q=sales")));
        probes.add(new Probe("GET remembered question", r -> r.get("/api/search/questions/" + question)));
        probes.add(new Probe(
                "GET similar questions", r -> r.get("/api/search/questions?dataset_id=" + dataset + "&q=sales")));
        probes.add(new Probe("POST remember question", r -> r.body(
                        Map.of("dataset_id", dataset, "question", "sales", "chart_spec", Map.of("chart_type", "bar")))
                .post("/api/search/questions")));
        return probes;
    }

    @Test
    void everyEndpointAnswers404ToAnotherUser() {
        SoftAssertions soft = new SoftAssertions();
        for (Probe probe : probes()) {
            Response response = probe.call().apply(as(bob));
            soft.assertThat(response.statusCode()).as(probe.name()).isEqualTo(404);
            soft.assertThat(response.contentType()).as(probe.name()).startsWith("application/problem+json");
            soft.assertThat(response.asString()).as(probe.name() + " body").doesNotContain("North");
        }
        soft.assertAll();
    }

    @Test
    void listsAndSearchesNeverShowAnotherUsersThings() {
        assertThat(as(bob).get("/api/datasets").then().statusCode(200).extract().asString())
                .doesNotContain(dataset);
        assertThat(as(bob).get("/api/chat/conversations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(conversation);
        assertThat(as(bob).get("/api/dashboards")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(dashboard);
        assertThat(as(bob).get("/api/search/datasets?q=sales%20by%20region")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(dataset);
    }

    @Test
    void aliceStillHasEverythingAfterBobsAttempts() {
        everyEndpointAnswers404ToAnotherUser();
        as(alice).get("/api/datasets/" + dataset).then().statusCode(200);
        as(alice).get("/api/chat/conversations/" + conversation).then().statusCode(200);
        as(alice).get("/api/dashboards/" + dashboard).then().statusCode(200);
        as(alice).get("/api/search/questions/" + question).then().statusCode(200);
    }
}
