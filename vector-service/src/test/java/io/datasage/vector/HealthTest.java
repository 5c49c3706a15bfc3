package io.datasage.vector;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.datasage.infra.testing.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The service reports ready only with its real dependencies reachable and its index open, and publishes its OpenAPI. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class HealthTest {

    @Test
    void readyWithItsDependencies() {
        SearchApi.awaitReady();
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", hasItem(containsString("Kafka")))
                .body("checks.name", hasItem("Vector index"));
    }

    @Test
    void publishesOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
    }
}
