package io.datasage.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records serialise to JSON that their published schemas accept, and broken events are caught. */
class EventSchemasTest {

    private static final String SHA = "a".repeat(64);

    @Test
    void everyEventTypeMatchesItsSchema() {
        assertValid(
                Topics.DATASET_UPLOADED,
                CloudEvent.of(
                        "/datasage/dataset-service",
                        EventTypes.DATASET_UPLOADED,
                        "d1",
                        new DatasetUploaded(
                                "d1", "u1", 1, "Sales", null, "sales.csv", "csv", "d1/raw.csv", 10, SHA, null)));
        assertValid(
                Topics.DATASET_PROGRESS,
                CloudEvent.of(
                        "/datasage/analysis-worker",
                        EventTypes.DATASET_PROGRESS,
                        "d1",
                        new DatasetProgress("d1", "u1", 1, "parsing", 40, 1000, null)));
        assertValid(
                Topics.DATASET_READY,
                CloudEvent.of(
                        "/datasage/analysis-worker",
                        EventTypes.DATASET_READY,
                        "d1",
                        new DatasetReady(
                                "d1",
                                "u1",
                                1,
                                "Sales",
                                "desc",
                                3,
                                2,
                                List.of(new DatasetReady.ColumnSummary("region", "category", 0, 3, List.of("West"))),
                                "d1/data.arrow",
                                "d1/profile.json",
                                List.of("sales"),
                                0.98,
                                120)));
        assertValid(
                Topics.DATASET_FAILED,
                CloudEvent.of(
                        "/datasage/analysis-worker",
                        EventTypes.DATASET_FAILED,
                        "d1",
                        new DatasetFailed("d1", "u1", 1, "parsing", "row 1042 has 7 fields, expected 5")));
        assertValid(
                Topics.DATASET_DELETED,
                CloudEvent.of(
                        "/datasage/dataset-service", EventTypes.DATASET_DELETED, "d1", new DatasetDeleted("d1", "u1")));
    }

    @Test
    void aBrokenEventIsReported() {
        String json = EventCodec.write(CloudEvent.of(
                "/x", EventTypes.DATASET_PROGRESS, "d1", new DatasetProgress("d1", "u1", 1, "parsing", 140, 10, null)));
        assertThat(EventSchemas.violations(Topics.DATASET_PROGRESS, json)).anyMatch(v -> v.contains("percent"));
        String wrongType = EventCodec.write(
                CloudEvent.of("/x", EventTypes.DATASET_READY, "d1", new DatasetFailed("d1", "u1", 1, "parsing", "x")));
        assertThat(EventSchemas.violations(Topics.DATASET_FAILED, wrongType)).isNotEmpty();
    }

    @Test
    void codecRoundTripsSnakeCasePayloads() {
        CloudEvent<DatasetFailed> event = CloudEvent.of(
                "/x", EventTypes.DATASET_FAILED, "d9", new DatasetFailed("d9", "u1", 2, "parsing", "bad"));
        String json = EventCodec.write(event);
        assertThat(json).contains("\"dataset_id\":\"d9\"").contains("\"specversion\":\"1.0\"");
        CloudEvent<DatasetFailed> back = EventCodec.read(json, DatasetFailed.class);
        assertThat(back.data()).isEqualTo(event.data());
        assertThat(back.time()).isEqualTo(event.time());
    }

    private static void assertValid(String topic, CloudEvent<?> event) {
        assertThat(EventSchemas.violations(topic, EventCodec.write(event)))
                .as(topic)
                .isEmpty();
    }
}
