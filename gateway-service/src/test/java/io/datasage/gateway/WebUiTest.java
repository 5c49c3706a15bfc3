package io.datasage.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.datasage.infra.testing.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The web UI and the Plotly.js bundle the build took from npm are served by the gateway itself (nothing from a
 * CDN). What the UI does is tested in a real browser by system-tests' BrowserIT.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class WebUiTest {

    @Test
    void servesThePageItsModulesAndPlotly() {
        given().get("/").then().statusCode(200).body(containsString("<title>DataSage</title>"));
        given().get("/js/main.js").then().statusCode(200).body(containsString("./datasets.js"));
        given().get("/js/api.js").then().statusCode(200).body(containsString("text/event-stream"));
        given().get("/vendor/plotly/plotly-cartesian.min.js")
                .then()
                .statusCode(200)
                .body(containsString("plotly.js (cartesian - minified) v4.1.1"));
    }
}
