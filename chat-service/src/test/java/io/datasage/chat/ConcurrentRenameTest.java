package io.datasage.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.chat.repository.ConversationRepository;
import io.datasage.chat.repository.MessageEntity;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Renames and answers of one conversation at the same time, for real against the store: the answers appended
 * meanwhile are all kept (a rename changes the title field alone, never writes back a stale message list).
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class ConcurrentRenameTest {

    private static final int TURNS = 30;

    @Inject
    ConversationRepository conversations;

    @Test
    void renamesRacingAnswersLoseNoMessage() throws Exception {
        String owner = "rename-race-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", "ds-" + UUID.randomUUID(), "title", "Sales"))
                .post("/api/chat/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> answers = CompletableFuture.runAsync(() -> {
            await(start);
            for (int i = 0; i < TURNS; i++) {
                conversations.appendMessages(id, owner, List.of(message("question " + i)), 1000, Instant.now());
            }
        });
        CompletableFuture<Void> renames = CompletableFuture.runAsync(() -> {
            await(start);
            for (int i = 0; i < TURNS; i++) {
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "Title " + i))
                        .patch("/api/chat/conversations/" + id)
                        .then()
                        .statusCode(200);
            }
        });
        start.countDown();
        CompletableFuture.allOf(answers, renames).get(120, TimeUnit.SECONDS);

        List<String> contents = given().auth()
                .oauth2(token)
                .get("/api/chat/conversations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("messages.content");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < TURNS; i++) {
            expected.add("question " + i);
        }
        assertThat(contents).as("every appended message, once, in order").isEqualTo(expected);
        given().auth()
                .oauth2(token)
                .get("/api/chat/conversations/" + id)
                .then()
                .body("title", org.hamcrest.Matchers.equalTo("Title " + (TURNS - 1)));
    }

    private static MessageEntity message(String content) {
        MessageEntity m = new MessageEntity();
        m.id = UUID.randomUUID().toString();
        m.role = "user";
        m.content = content;
        m.timestamp = Instant.now();
        return m;
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
