package io.datasage.dataset;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Helpers for tests that upload files as a user would. */
final class Uploads {

    private Uploads() {}

    /** A small CSV whose content is unique to this call (so it is never a duplicate by accident). */
    static byte[] uniqueCsv() {
        return ("region,sales,date\nWest,100.5,2024-01-03\nEast,80,2024-01-04\n# " + UUID.randomUUID()
                        + ",1,2024-01-05\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** POST /api/datasets with one file. */
    static ValidatableResponse upload(String token, String filename, byte[] content) {
        return given().auth()
                .oauth2(token)
                .multiPart("file", filename, content, "application/octet-stream")
                .multiPart("name", "Test data")
                .post("/api/datasets")
                .then();
    }
}
