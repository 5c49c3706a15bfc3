package io.datasage.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A worker event that cannot be applied (the store is down past the bounded retries) or read goes to
 * {@code datasage.dataset.dlq} with where it came from and why, and the consumer keeps consuming.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class DeadLetterTest {

    private static String progress(String id, String owner, int percent) {
        return EventCodec.write(CloudEvent.of(
                "/datasage/analysis-worker",
                EventTypes.DATASET_PROGRESS,
                id,
                new DatasetProgress(id, owner, 1, "parsing", percent, percent, null)));
    }

    @Test
    void anEventTheStoreCannotTakeIsDeadLetteredAndTheNextOneIsApplied() {
        String owner = "dlq-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "dlq.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        String stranded = progress(id, owner, 30);
        SharedInfra infra = SharedInfra.get();
        ConsumerRecord<String, String> dead;
        infra.stopStore();
        try {
            // Meanwhile a request gets a clear 503 to retry, not a 500.
            given().auth()
                    .oauth2(token)
                    .get("/api/datasets/" + id)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("detail", containsString("Try again in a few seconds"));
            TestKafka.send(Topics.DATASET_PROGRESS, id, stranded);
            dead = TestKafka.awaitRecord(Topics.DATASET_DLQ, r -> r.value().equals(stranded), Duration.ofSeconds(60))
                    .orElse(null);
        } finally {
            infra.startStore();
        }
        assertThat(dead).as("the event that met a stopped store, dead-lettered").isNotNull();
        assertThat(dead.key()).isEqualTo(id);
        assertThat(TestKafka.header(dead, "dead-letter-topic")).isEqualTo(Topics.DATASET_PROGRESS);
        assertThat(TestKafka.header(dead, "dead-letter-reason")).isNotBlank();

        TestKafka.send(Topics.DATASET_PROGRESS, id, progress(id, owner, 60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROCESSING"))
                .body("progress.percent", equalTo(60)));
    }

    @Test
    void anUnreadableEventIsDeadLetteredAtOnce() {
        String owner = "dlq-bad-" + UUID.randomUUID();
        String token = TestTokens.valid(owner);
        String id = Uploads.upload(token, "dlq-bad.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        String garbage = "{\"not\": \"an event\", \"marker\": \"" + UUID.randomUUID() + "\"}";
        TestKafka.send(Topics.DATASET_PROGRESS, id, garbage);
        ConsumerRecord<String, String> dead = TestKafka.awaitRecord(
                        Topics.DATASET_DLQ, r -> r.value().equals(garbage), Duration.ofSeconds(30))
                .orElse(null);
        assertThat(dead).isNotNull();
        assertThat(TestKafka.header(dead, "dead-letter-reason")).contains("no 'type' attribute");

        TestKafka.send(Topics.DATASET_PROGRESS, id, progress(id, owner, 45));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(token)
                .get("/api/datasets/" + id)
                .then()
                .body("progress.percent", equalTo(45)));
    }
}
