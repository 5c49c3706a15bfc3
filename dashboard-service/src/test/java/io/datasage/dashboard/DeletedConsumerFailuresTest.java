package io.datasage.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetDeleted;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.dashboard.repository.DashboardEntity;
import io.datasage.dashboard.repository.DashboardRepository;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The {@code dataset.deleted} consumer survives failures: an event that meets a stopped store is retried, then
 * parked in the dead-letter topic, and the next deletion is still applied.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class DeletedConsumerFailuresTest {

    @Inject
    DashboardRepository dashboards;

    private static String deleted(String datasetId, String ownerId) {
        return EventCodec.write(CloudEvent.of(
                "/datasage/dataset-service",
                EventTypes.DATASET_DELETED,
                datasetId,
                new DatasetDeleted(datasetId, ownerId)));
    }

    private String dashboard(String datasetId, String ownerId) {
        DashboardEntity d = new DashboardEntity();
        d.id = UUID.randomUUID().toString();
        d.ownerId = ownerId;
        d.datasetId = datasetId;
        d.title = "Sales";
        d.componentsJson = "[]";
        d.createdAt = Instant.now();
        d.updatedAt = d.createdAt;
        dashboards.persist(d);
        return d.id;
    }

    @Test
    void aStoreOutageParksTheEventAndTheNextDeletionIsApplied() {
        String owner = "owner-" + UUID.randomUUID();
        String stranded = "ds-" + UUID.randomUUID();
        String next = "ds-" + UUID.randomUUID();
        String event = deleted(stranded, owner);
        SharedInfra infra = SharedInfra.get();
        ConsumerRecord<String, String> dead;
        infra.stopStore();
        try {
            TestKafka.send(Topics.DATASET_DELETED, stranded, event);
            dead = TestKafka.awaitRecord(Topics.DATASET_DLQ, r -> r.value().equals(event), Duration.ofSeconds(60))
                    .orElse(null);
        } finally {
            infra.startStore();
        }
        assertThat(dead)
                .as("the deletion that met a stopped store, dead-lettered")
                .isNotNull();
        assertThat(TestKafka.header(dead, "dead-letter-topic")).isEqualTo(Topics.DATASET_DELETED);

        String board = dashboard(next, owner);
        TestKafka.send(Topics.DATASET_DELETED, next, deleted(next, owner));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dashboards.findByIdAndOwner(board, owner).isEmpty());
    }

    @Test
    void anUnreadableEventIsParkedAtOnce() {
        String garbage = "{\"type\":\"io.datasage.dataset.deleted\",\"marker\":\"" + UUID.randomUUID() + "\"}";
        TestKafka.send(Topics.DATASET_DELETED, "garbage", garbage);
        assertThat(TestKafka.awaitRecord(Topics.DATASET_DLQ, r -> r.value().equals(garbage), Duration.ofSeconds(30)))
                .isPresent();
    }
}
