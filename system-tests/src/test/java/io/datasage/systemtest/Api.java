package io.datasage.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Calls through the gateway the way a user's browser or curl would. */
final class Api {

    private Api() {}

    /** Registers a fresh user and returns their token. */
    static String newUser() {
        String email = "sys-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "correct-horse", "full_name", "System Test"))
                .post("/api/auth/register")
                .then()
                .statusCode(201)
                .extract()
                .path("access_token");
    }

    /** Uploads a file and returns the new dataset's id. */
    static String upload(String token, String filename, byte[] content) {
        return given().auth()
                .oauth2(token)
                .multiPart("file", filename, content, "application/octet-stream")
                .post("/api/datasets")
                .then()
                .statusCode(201)
                .extract()
                .path("dataset.id");
    }

    /** Waits until the dataset is READY or FAILED and returns its details. */
    static JsonPath awaitDone(String token, String id, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(300)).until(() -> {
            String status = given().auth()
                    .oauth2(token)
                    .get("/api/datasets/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("status");
            return "READY".equals(status) || "FAILED".equals(status);
        });
        return given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .extract()
                .jsonPath();
    }
}
