package io.datasage.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Conversation CRUD, scoped to the caller, against the real document store. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ConversationResourceTest {

    @Test
    void createListRenameDelete() {
        String alice = TestTokens.valid("alice-" + UUID.randomUUID());
        String id = given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", "ds-1", "title", "Sales questions"))
                .post("/api/chat/conversations")
                .then()
                .statusCode(201)
                .body("title", equalTo("Sales questions"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(alice)
                .get("/api/chat/conversations")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(id));

        given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Renamed"))
                .patch("/api/chat/conversations/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Renamed"));

        given().auth()
                .oauth2(alice)
                .delete("/api/chat/conversations/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(alice)
                .get("/api/chat/conversations/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherUserGets404NotTheConversation() {
        String alice = TestTokens.valid("alice-" + UUID.randomUUID());
        String bob = TestTokens.valid("bob-" + UUID.randomUUID());
        String id = given().auth()
                .oauth2(alice)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Mine"))
                .post("/api/chat/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().auth().oauth2(bob).get("/api/chat/conversations/" + id).then().statusCode(404);
        given().auth()
                .oauth2(bob)
                .delete("/api/chat/conversations/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(bob)
                .get("/api/chat/conversations")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth().oauth2(alice).get("/api/chat/conversations/" + id).then().statusCode(200);
    }

    @Test
    void tokensAreVerifiedByTheServiceItself() {
        given().get("/api/chat/conversations").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.forged("mallory"))
                .get("/api/chat/conversations")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.expired("alice"))
                .get("/api/chat/conversations")
                .then()
                .statusCode(401);
    }
}
