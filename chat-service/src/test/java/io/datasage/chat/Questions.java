package io.datasage.chat;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Asks a question over HTTP as the UI does, optionally in an existing conversation. */
final class Questions {

    private Questions() {}

    static ValidatableResponse ask(String token, String datasetId, String message, String conversationId) {
        Map<String, Object> body = conversationId == null
                ? Map.of("message", message)
                : Map.of("message", message, "conversation_id", conversationId);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/chat/" + datasetId)
                .then();
    }
}
