package io.datasage.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registration, login and {@code me} against the real document store. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class AuthResourceTest {

    private static String newEmail() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void registerLoginAndMe() {
        String email = newEmail();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "s3cret-pass", "full_name", "Ada Analyst"))
                .post("/api/auth/register")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/auth/me"))
                .body("user.email", equalTo(email))
                .body("user.groups", contains("user"))
                .body("access_token", notNullValue());

        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", email.toUpperCase(), "password", "s3cret-pass"))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3000))
                .extract()
                .path("access_token");

        given().auth()
                .oauth2(token)
                .get("/api/auth/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("full_name", equalTo("Ada Analyst"));

        // Services accept only tokens for the API audience; a registered account is never an admin.
        io.restassured.path.json.JsonPath claims = io.restassured.path.json.JsonPath.from(new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(claims.getString("aud")).isEqualTo("datasage-api");
        org.assertj.core.api.Assertions.assertThat(claims.getList("groups")).containsExactly("user");
    }

    @Test
    void duplicateEmailIsAConflict() {
        String email = newEmail();
        Map<String, String> body = Map.of("email", email, "password", "password-1");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/register")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/register")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("already exists"));
    }

    @Test
    void badEmailAndShortPasswordAreRejected() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "password", "long-enough"))
                .post("/api/auth/register")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not an e-mail address"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", newEmail(), "password", "short"))
                .post("/api/auth/register")
                .then()
                .statusCode(400)
                .body("detail", containsString("at least 8 characters"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSameAnswer() {
        String email = newEmail();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "right-password"))
                .post("/api/auth/register")
                .then()
                .statusCode(201);
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "wrong-password"))
                .post("/api/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .path("detail");
        String unknownEmail = given().contentType(ContentType.JSON)
                .body(Map.of("email", newEmail(), "password", "wrong-password"))
                .post("/api/auth/login")
                .then()
                .statusCode(401)
                .extract()
                .path("detail");
        org.assertj.core.api.Assertions.assertThat(wrongPassword).isEqualTo(unknownEmail);
    }

    @Test
    void meNeedsAValidToken() {
        given().get("/api/auth/me").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.forged("someone"))
                .get("/api/auth/me")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.expired("someone"))
                .get("/api/auth/me")
                .then()
                .statusCode(401);
    }
}
