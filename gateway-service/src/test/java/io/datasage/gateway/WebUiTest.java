package io.datasage.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.datasage.infra.testing.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The web UI and the Plotly bundle it needs are served by the gateway itself (nothing from a CDN). */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class WebUiTest {

    @Test
    void servesThePageItsScriptAndPlotly() {
        given().get("/").then().statusCode(200).body(containsString("<title>DataSage</title>"));
        given().get("/app.js").then().statusCode(200).body(containsString("/api/datasets"));
        given().get("/webjars/plotly.js/1.54.1/dist/plotly.min.js").then().statusCode(200);
    }
}
