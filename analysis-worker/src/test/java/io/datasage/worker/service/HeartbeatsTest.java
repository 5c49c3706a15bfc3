package io.datasage.worker.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.contracts.events.DatasetProgress;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.TestKafka;
import io.datasage.worker.messaging.EventPublisher;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * While an analysis runs, its latest progress goes out again every heartbeat interval even when the analysis
 * reports nothing new (a long phase), and stops when it ends: the lease dataset-service holds for it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class HeartbeatsTest {

    @Inject
    Heartbeats heartbeats;

    @Inject
    EventPublisher publisher;

    @Test
    void aRunningAnalysisBeatsUntilItEnds() throws Exception {
        String id = UUID.randomUUID().toString();
        DatasetUploaded upload =
                new DatasetUploaded(id, "owner-1", 3, "Slow", null, "s.csv", "csv", id + "/raw.csv", 1, null, null);
        ThrottledProgress progress = new ThrottledProgress(publisher, upload, Duration.ofMillis(1));
        try (Heartbeats.Registration beating = heartbeats.register(progress)) {
            progress.progress("profiling", 42, 1000);
            List<String> beats =
                    TestKafka.awaitValues(Topics.DATASET_PROGRESS, v -> v.contains(id), 3, Duration.ofSeconds(30));
            assertThat(beats).hasSize(3);
            assertThat(beats).allSatisfy(v -> {
                DatasetProgress p = EventCodec.read(v, DatasetProgress.class).data();
                assertThat(p.version()).isEqualTo(3);
                assertThat(p.phase()).isEqualTo("profiling");
                assertThat(p.percent()).isEqualTo(42);
            });
        }
        Thread.sleep(500);
        int afterEnd = TestKafka.valuesNow(Topics.DATASET_PROGRESS, v -> v.contains(id))
                .size();
        Thread.sleep(1500);
        assertThat(TestKafka.valuesNow(Topics.DATASET_PROGRESS, v -> v.contains(id)))
                .as("no heartbeat after the analysis ended")
                .hasSize(afterEnd);
    }
}
