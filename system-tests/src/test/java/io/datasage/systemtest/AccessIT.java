package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.datasage.infra.KeyPairs;
import io.datasage.infra.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admins only by command, admin endpoints never through the gateway, audiences, production settings. */
class AccessIT {

    private static final List<String> SERVICES = List.of("gateway", "dataset", "worker", "chat", "dashboard", "vector");
    private static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.get();
        RestAssured.baseURI = topology.gatewayUrl();
    }

    private static String login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Test
    void anAdminIsMadeByTheCommandAndReachesAdminEndpointsOnlyOnTheService() throws Exception {
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String output =
                topology.run(Map.of("DATASAGE_ADMIN_PASSWORD", "admin-password"), 120, "admin", "create", email);
        assertThat(output).contains("Created the admin account " + email);
        String admin = login(email, "admin-password");
        given().auth().oauth2(admin).get("/api/auth/me").then().statusCode(200).body("groups", hasItem("admin"));

        String vector = "http://localhost:" + topology.port("vector");
        given().auth().oauth2(admin).post("/api/search/admin/reindex").then().statusCode(404);
        given().baseUri(vector)
                .auth()
                .oauth2(admin)
                .post("/api/search/admin/reindex")
                .then()
                .statusCode(202);
        String user = Api.newUser();
        given().auth().oauth2(user).post("/api/search/admin/reindex").then().statusCode(404);
        given().baseUri(vector)
                .auth()
                .oauth2(user)
                .post("/api/search/admin/reindex")
                .then()
                .statusCode(403);

        assertThat(topology.run(120, "admin", "revoke", email)).contains("no longer an admin");
        given().auth()
                .oauth2(login(email, "admin-password"))
                .get("/api/auth/me")
                .then()
                .body("groups", not(hasItem("admin")));
    }

    @Test
    void registeringNeverMakesAnAdmin() {
        String token = Api.newUser();
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(200).body("groups", not(hasItem("admin")));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        "x-" + UUID.randomUUID() + "@example.com",
                        "password",
                        "long-enough",
                        "groups",
                        List.of("admin")))
                .post("/api/auth/register")
                .then()
                .statusCode(201)
                .body("user.groups", not(hasItem("admin")));
    }

    @Test
    void everyServiceRefusesATokenForAnotherAudience() {
        PrivateKey key =
                TestTokens.readPrivateKey(topology.dataDir().resolve("keys").resolve(KeyPairs.PRIVATE_KEY));
        String otherAudience = TestTokens.sign("someone", 600, key, "datasage-share", List.of("user"));
        String noAudience = TestTokens.sign("someone", 600, key, null, List.of("user"));
        String right = TestTokens.sign("someone", 600, key, TestTokens.AUDIENCE, List.of("user"));
        for (String path :
                List.of("/api/datasets", "/api/chat/conversations", "/api/dashboards", "/api/search/datasets?q=x")) {
            given().auth().oauth2(right).get(path).then().statusCode(200);
            given().auth().oauth2(otherAudience).get(path).then().statusCode(401);
            given().auth().oauth2(noAudience).get(path).then().statusCode(401);
        }
        given().auth().oauth2(otherAudience).get("/api/auth/me").then().statusCode(401);
    }

    @Test
    void swaggerUiIsOffInProductionButTheOpenApiDocumentStays() {
        for (String service : SERVICES) {
            String base = "http://localhost:" + topology.port(service);
            given().baseUri(base).get("/q/swagger-ui/").then().statusCode(404);
            given().baseUri(base).get("/q/openapi").then().statusCode(200);
        }
    }

    @Test
    void productionRefusesToStartWithTheDevelopmentKeyPair() throws Exception {
        Path devKeys = topology.root()
                .resolve("libs/platform/src/test/resources/io/datasage/platform/security/published-dev-keys");
        Path log = Files.createTempFile("gateway-dev-keys", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-Dquarkus.http.port=0",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.mongodb.connection-string=" + topology.mongoUri(),
                "-Dmp.jwt.verify.publickey.location=file:" + devKeys.resolve("jwt-public.pem"),
                "-Dsmallrye.jwt.sign.key.location=file:" + devKeys.resolve("jwt-private.pem"),
                "-jar",
                topology.root()
                        .resolve("gateway-service/target/quarkus-app/quarkus-run.jar")
                        .toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("the gateway should stop by itself")
                    .isTrue();
            assertThat(process.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("is the development key pair");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
