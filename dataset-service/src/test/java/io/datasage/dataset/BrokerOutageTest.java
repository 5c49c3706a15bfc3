package io.datasage.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An upload accepted while the broker is down is announced once it is back: nothing is lost. */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class BrokerOutageTest {

    @Test
    void uploadsDuringAnOutageArePublishedWhenTheBrokerReturns() {
        String token = TestTokens.valid("outage-" + UUID.randomUUID());
        SharedInfra infra = SharedInfra.get();
        String id;
        infra.stopKafka();
        try {
            id = Uploads.upload(token, "during-outage.csv", Uploads.uniqueCsv())
                    .statusCode(201)
                    .body("dataset.status", equalTo("UPLOADED"))
                    .extract()
                    .path("dataset.id");
            given().auth().oauth2(token).get("/api/datasets/" + id).then().statusCode(200);
        } finally {
            infra.startKafka();
        }
        String published = TestKafka.awaitValue(Topics.DATASET_UPLOADED, v -> v.contains(id), Duration.ofSeconds(90))
                .orElse(null);
        assertThat(published)
                .as("dataset.uploaded of the upload accepted during the outage")
                .isNotNull();
    }
}
