package io.datasage.dashboard;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** What tests do to dashboards over HTTP, as a user would. */
final class Dashboards {

    private Dashboards() {}

    /** {@code POST /api/dashboards/design} for the dataset, checked to be 201. */
    static Response design(String token, String datasetId) {
        Response r = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", datasetId))
                .post("/api/dashboards/design");
        r.then().statusCode(201);
        return r;
    }

    /** A new read-only link to the dashboard. */
    static Response share(String token, String dashboardId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/dashboards/" + dashboardId + "/shares");
    }
}
