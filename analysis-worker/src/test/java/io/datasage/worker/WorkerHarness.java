package io.datasage.worker;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** Plays dataset-service's part for worker tests: stores a raw file and announces it on the real broker. */
final class WorkerHarness {

    private WorkerHarness() {}

    /** Stores {@code content} as a new dataset's raw file and publishes dataset.uploaded; returns the dataset id. */
    static String upload(byte[] content, String format) throws IOException {
        return upload(content, format, null, 1, null);
    }

    static String upload(byte[] content, String format, String sheet, int version, String id) throws IOException {
        String datasetId = id == null ? UUID.randomUUID().toString() : id;
        Path dir = Files.createDirectories(storage().resolve(datasetId));
        Files.write(dir.resolve("raw." + format), content);
        announce(datasetId, format, sheet, version, content.length);
        return datasetId;
    }

    /** Publishes dataset.uploaded for an already stored raw file. */
    static void announce(String datasetId, String format, String sheet, int version, long size) {
        DatasetUploaded event = new DatasetUploaded(
                datasetId,
                "owner-1",
                version,
                "Test " + datasetId.substring(0, 8),
                null,
                "file." + format,
                format,
                datasetId + "/raw." + format,
                size,
                "0".repeat(64),
                sheet);
        TestKafka.send(
                Topics.DATASET_UPLOADED,
                datasetId,
                EventCodec.write(CloudEvent.of("/test", EventTypes.DATASET_UPLOADED, datasetId, event)));
    }

    /** The first ready or failed event of a dataset, as JSON. */
    static String outcome(String datasetId) {
        String ready =
                TestKafka.awaitValues(Topics.DATASET_READY, v -> v.contains(datasetId), 1, Duration.ofSeconds(1))
                        .stream()
                        .findFirst()
                        .orElse(null);
        if (ready != null) {
            return ready;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            for (String topic : new String[] {Topics.DATASET_READY, Topics.DATASET_FAILED}) {
                var found = TestKafka.awaitValues(topic, v -> v.contains(datasetId), 1, Duration.ofMillis(1500));
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        throw new AssertionError("no ready or failed event for dataset " + datasetId + " within 90 s");
    }

    static Path storage() {
        return SharedInfra.get().dataDir().resolve("storage");
    }
}
