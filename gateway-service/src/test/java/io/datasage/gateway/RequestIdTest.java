package io.datasage.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.datasage.infra.testing.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every answer names its request id: the caller's when it sent a sane one, a new one otherwise. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class RequestIdTest {

    @Test
    void theCallersRequestIdIsKept() {
        given().header("X-Request-Id", "req-42.a")
                .get("/api/auth/me")
                .then()
                .statusCode(401)
                .header("X-Request-Id", equalTo("req-42.a"));
    }

    @Test
    void aMissingOrMalformedRequestIdIsReplaced() {
        given().get("/q/health/live").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "bad id\twith spaces")
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
