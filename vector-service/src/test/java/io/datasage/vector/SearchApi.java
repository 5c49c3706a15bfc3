package io.datasage.vector;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.datasage.infra.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;

/** The search endpoints as a test calls them, with waits bounded in time. */
public final class SearchApi {

    private SearchApi() {}

    /** Waits until the model is loaded and the index open. */
    public static void awaitReady() {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    /** {@code GET /api/search/datasets} as {@code userId}, expecting 200. */
    public static JsonPath datasets(String userId, String q) {
        return given().auth()
                .oauth2(TestTokens.valid(userId))
                .queryParam("q", q)
                .get("/api/search/datasets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The dataset ids a search returns, best first. */
    public static List<String> datasetIds(String userId, String q) {
        return datasets(userId, q).getList("results.dataset_id", String.class);
    }

    /** {@code GET /api/search/columns}, expecting 200. */
    public static JsonPath columns(String userId, String datasetId, String q) {
        return given().auth()
                .oauth2(TestTokens.valid(userId))
                .queryParam("dataset_id", datasetId)
                .queryParam("q", q)
                .get("/api/search/columns")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Waits until every one of the owner's datasets is found by a search. */
    public static void awaitIndexed(String userId, String... datasetIds) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> datasetIds(userId, "data").containsAll(List.of(datasetIds)));
    }
}
