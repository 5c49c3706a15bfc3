package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.infra.KeyPairs;
import io.datasage.infra.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Through the gateway of a topology started by {@code ./datasage up}: auth, routing and isolation. */
class GatewayAuthIT {

    /** One routed, authenticated read endpoint per service behind the gateway. */
    private static final List<String> ROUTED =
            List.of("/api/datasets", "/api/chat/conversations", "/api/dashboards", "/api/search/datasets?q=sales");

    private static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static String register(String email) {
        return json().body(Map.of("email", email, "password", "correct-horse", "full_name", "Test User"))
                .post("/api/auth/register")
                .then()
                .statusCode(201)
                .extract()
                .path("access_token");
    }

    private static String newEmail() {
        return "sys-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void registerLoginAndMe() {
        String email = newEmail();
        register(email);
        String token = json().body(Map.of("email", email, "password", "correct-horse"))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(200).body("email", equalTo(email));
        json().body(Map.of("email", email, "password", "wrong-horse-1"))
                .post("/api/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void everyRoutedServiceChecksTheToken() throws Exception {
        String token = register(newEmail());
        String userId = given().auth()
                .oauth2(token)
                .get("/api/auth/me")
                .then()
                .extract()
                .path("id");
        String expired = TestTokens.sign(
                userId,
                -3600,
                TestTokens.readPrivateKey(topology.dataDir().resolve("keys").resolve(KeyPairs.PRIVATE_KEY)));
        String forged = TestTokens.sign(userId, 3000, KeyPairs.generate().getPrivate());
        for (String path : ROUTED) {
            given().auth().oauth2(token).get(path).then().statusCode(200);
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(forged).get(path).then().statusCode(401);
            given().auth().oauth2(expired).get(path).then().statusCode(401);
        }
    }

    @Test
    void servicesRefuseDirectCallsWithoutAToken() {
        for (String service : List.of("dataset", "chat", "dashboard", "vector")) {
            String base = "http://localhost:" + topology.port(service);
            String path =
                    ROUTED.get(List.of("dataset", "chat", "dashboard", "vector").indexOf(service));
            given().baseUri(base).get(path).then().statusCode(401);
        }
    }

    @Test
    void anotherUserGets404ForMyConversation() {
        String alice = register(newEmail());
        String bob = register(newEmail());
        String id = given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Alice's"))
                .post("/api/chat/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(bob)
                .get("/api/chat/conversations/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(alice)
                .get("/api/chat/conversations/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Alice's"));
    }

    @Test
    void statusShowsEveryComponentReady() throws Exception {
        String status = topology.run(60, "status");
        for (String component : List.of("gateway", "dataset", "worker", "chat", "dashboard", "vector")) {
            assertThat(status).containsPattern(component + "\\s+\\d+\\s+running\\s+\\d+\\s+ready");
        }
        assertThat(status).containsPattern("kafka\\s+\\d+\\s+running");
        assertThat(status).containsPattern("store\\s+\\d+\\s+running");
    }

    @Test
    void unknownApiPathIsAProblem() {
        given().get("/api/auth/nothing-here").then().statusCode(404).contentType(containsString("json"));
    }
}
