package io.datasage.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * When a dataset is deleted its conversations go too (only that owner's, only that dataset's), and the consumer
 * survives failures: what meets a stopped store is retried, then parked in the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class DatasetDeletedTest {

    private static String conversation(String token, String datasetId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("dataset_id", datasetId, "title", "About " + datasetId))
                .post("/api/chat/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String deleted(String datasetId, String ownerId) {
        return EventCodec.write(CloudEvent.of(
                "/datasage/dataset-service",
                EventTypes.DATASET_DELETED,
                datasetId,
                new DatasetDeleted(datasetId, ownerId)));
    }

    @Test
    void theConversationsOfADeletedDatasetAreRemoved() {
        String alice = "alice-" + UUID.randomUUID();
        String aliceToken = TestTokens.valid(alice);
        String gone = "ds-" + UUID.randomUUID();
        String kept = "ds-" + UUID.randomUUID();
        String first = conversation(aliceToken, gone);
        conversation(aliceToken, gone);
        String other = conversation(aliceToken, kept);

        TestKafka.send(Topics.DATASET_DELETED, gone, deleted(gone, alice));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(aliceToken)
                .get("/api/chat/conversations")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", org.hamcrest.Matchers.equalTo(other)));
        given().auth()
                .oauth2(aliceToken)
                .get("/api/chat/conversations/" + first)
                .then()
                .statusCode(404);
    }

    @Test
    void aStoreOutageParksTheEventAndTheNextDeletionIsApplied() {
        String bob = "bob-" + UUID.randomUUID();
        String bobToken = TestTokens.valid(bob);
        String stranded = "ds-" + UUID.randomUUID();
        String next = "ds-" + UUID.randomUUID();
        String conversation = conversation(bobToken, next);
        String event = deleted(stranded, bob);
        SharedInfra infra = SharedInfra.get();
        infra.stopStore();
        try {
            TestKafka.send(Topics.DATASET_DELETED, stranded, event);
            assertThat(TestKafka.awaitRecord(Topics.DATASET_DLQ, r -> r.value().equals(event), Duration.ofSeconds(60)))
                    .as("the deletion that met a stopped store, dead-lettered")
                    .isPresent();
        } finally {
            infra.startStore();
        }
        TestKafka.send(Topics.DATASET_DELETED, next, deleted(next, bob));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(bobToken)
                .get("/api/chat/conversations/" + conversation)
                .then()
                .statusCode(404));
    }
}
