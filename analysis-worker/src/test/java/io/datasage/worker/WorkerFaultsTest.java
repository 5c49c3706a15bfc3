package io.datasage.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.datasage.contracts.events.CloudEvent;
import io.datasage.contracts.events.DatasetFailed;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.events.DatasetUploaded;
import io.datasage.contracts.events.EventCodec;
import io.datasage.contracts.events.EventTypes;
import io.datasage.contracts.events.Topics;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SizeLimitedDir;
import io.datasage.infra.testing.TestKafka;
import io.datasage.worker.service.AnalysisService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The worker under faults: a full storage root, two workers on one dataset, records it cannot read, a storage
 * folder it cannot use. It never leaves a partial file visible, never loses its place in the topic, and parks
 * what it cannot process in the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class WorkerFaultsTest {

    @Inject
    AnalysisService analysis;

    private static byte[] salesCsv(int rows) {
        StringBuilder csv = new StringBuilder("order_id,region,sales,quantity,order_date\n");
        String[] regions = {"West", "East", "North", "South"};
        for (int i = 0; i < rows; i++) {
            csv.append(i)
                    .append(',')
                    .append(regions[i % 4])
                    .append(',')
                    .append(i % 997)
                    .append('.')
                    .append(i % 100)
                    .append(',')
                    .append(i % 13)
                    .append(",2024-")
                    .append(1 + i % 12)
                    .append("-")
                    .append(1 + i % 28)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long arrowRows(Path arrow) throws Exception {
        try (RootAllocator allocator = new RootAllocator();
                FileChannel channel = FileChannel.open(arrow, StandardOpenOption.READ);
                ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
            long rows = 0;
            while (reader.loadNextBatch()) {
                rows += reader.getVectorSchemaRoot().getRowCount();
            }
            return rows;
        }
    }

    private static List<String> tempFiles(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp"))
                    .toList();
        }
    }

    @Test
    void aFullStorageRootFailsWithAReasonLeavesNoPartialFileAndTheDatasetCanBeRetried() throws Exception {
        assumeTrue(SizeLimitedDir.supported(), "mounting a size-limited tmpfs needs root (CAP_SYS_ADMIN)");
        String id = UUID.randomUUID().toString();
        byte[] csv = salesCsv(20_000);
        Path dir = WorkerHarness.storage().resolve(id);
        // Room for the upload and a little more, not for its Arrow file.
        try (SizeLimitedDir disk = SizeLimitedDir.mount(dir, csv.length + 64 * 1024)) {
            Files.write(dir.resolve("raw.csv"), csv);
            WorkerHarness.announce(id, "csv", null, 1, csv.length);

            CloudEvent<DatasetFailed> failed = EventCodec.read(WorkerHarness.outcome(id), DatasetFailed.class);
            assertThat(failed.type()).isEqualTo(EventTypes.DATASET_FAILED);
            assertThat(failed.data().reason()).contains("The storage is full").contains("/retry");
            assertThat(dir.resolve("data.arrow")).doesNotExist();
            assertThat(dir.resolve("profile.json")).doesNotExist();
            assertThat(tempFiles(dir)).isEmpty();
            assertThat(dir.resolve("raw.csv")).hasBinaryContent(csv);

            // Space is freed and the owner retries: the next version is analysed in full.
            disk.resize(64L << 20);
            WorkerHarness.announce(id, "csv", null, 2, csv.length);
            String ready = TestKafka.awaitValue(
                            Topics.DATASET_READY,
                            v -> v.contains(id) && v.contains("\"version\":2"),
                            Duration.ofSeconds(90))
                    .orElseThrow(() -> new AssertionError("no dataset.ready of version 2"));
            assertThat(EventCodec.read(ready, DatasetReady.class).data().rowCount())
                    .isEqualTo(20_000);
            // Version 2 has its own folder; the failed version 1 left nothing beside the upload.
            Path v2 = WorkerHarness.storage().resolve(StorageLayout.versionDir(id, 2));
            assertThat(arrowRows(WorkerHarness.storage().resolve(StorageLayout.arrow(id, 2))))
                    .isEqualTo(20_000);
            assertThat(tempFiles(v2)).isEmpty();
            assertThat(tempFiles(dir)).isEmpty();
            assertThat(dir.resolve("data.arrow")).doesNotExist();
        }
    }

    @Test
    void twoWorkersOnOneDatasetBothFinishWithOneCompleteArrowFile() throws Exception {
        byte[] csv = salesCsv(60_000);
        String id = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(WorkerHarness.storage().resolve(id));
        Files.write(dir.resolve("raw.csv"), csv);
        DatasetUploaded upload = new DatasetUploaded(
                id, "owner-1", 1, "Twice", null, "twice.csv", "csv", id + "/raw.csv", csv.length, null, null);
        // As during a rebalance: the same upload handed to two workers at the same moment.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    analysis.analyse(upload);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(TestKafka.valuesNow(Topics.DATASET_FAILED, v -> v.contains(id)))
                .as("failures of the doubly analysed dataset")
                .isEmpty();
        List<String> readies = TestKafka.valuesNow(Topics.DATASET_READY, v -> v.contains(id));
        assertThat(readies).isNotEmpty();
        assertThat(readies)
                .allMatch(v -> EventCodec.read(v, DatasetReady.class).data().rowCount() == 60_000);
        assertThat(arrowRows(dir.resolve("data.arrow"))).isEqualTo(60_000);
        assertThat(tempFiles(dir)).isEmpty();
    }

    @Test
    void anUnreadableUploadIsDeadLetteredAndTheWorkerGoesOn() throws Exception {
        String garbage = "{\"specversion\":\"1.0\",\"type\":\"io.datasage.dataset.uploaded\",\"marker\":\""
                + UUID.randomUUID() + "\"}";
        TestKafka.send(Topics.DATASET_UPLOADED, "garbage", garbage);
        ConsumerRecord<String, String> unreadable = TestKafka.awaitRecord(
                        Topics.DATASET_DLQ, r -> r.value().equals(garbage), Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the unreadable upload was not dead-lettered"));
        assertThat(TestKafka.header(unreadable, "dead-letter-topic")).isEqualTo(Topics.DATASET_UPLOADED);

        String ok = WorkerHarness.upload("x,y\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8), "csv");
        assertThat(EventCodec.read(WorkerHarness.outcome(ok), DatasetReady.class)
                        .data()
                        .rowCount())
                .isEqualTo(2);
    }

    @Test
    void anUploadWhoseFolderCannotBeWrittenIsRetriedThenDeadLettered() throws Exception {
        assumeTrue(SizeLimitedDir.supported(), "mounting a read-only folder needs root (CAP_SYS_ADMIN)");
        String id = UUID.randomUUID().toString();
        Path dir = WorkerHarness.storage().resolve(id);
        try (SizeLimitedDir disk = SizeLimitedDir.mount(dir, 1 << 20)) {
            Files.writeString(dir.resolve("raw.csv"), "a,b\n1,2\n");
            disk.readOnly();
            WorkerHarness.announce(id, "csv", null, 1, 8);
            ConsumerRecord<String, String> parked = TestKafka.awaitRecord(
                            Topics.DATASET_DLQ, r -> r.value().contains(id), Duration.ofSeconds(90))
                    .orElseThrow(() -> new AssertionError("the upload with a read-only folder was not dead-lettered"));
            assertThat(TestKafka.header(parked, "dead-letter-reason")).contains("could not record an analysis attempt");
        }
        String ok = WorkerHarness.upload("x,y\n5,6\n".getBytes(StandardCharsets.UTF_8), "csv");
        assertThat(EventCodec.read(WorkerHarness.outcome(ok), DatasetReady.class)
                        .data()
                        .rowCount())
                .isEqualTo(1);
    }
}
