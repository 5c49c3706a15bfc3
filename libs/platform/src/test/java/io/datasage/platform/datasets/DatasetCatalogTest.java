package io.datasage.platform.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datasage.platform.problem.ProblemException;
import jakarta.ws.rs.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog answers repeated lookups from memory and forgets a dataset on the events that change it. */
class DatasetCatalogTest {

    /** dataset-service as far as the catalog sees it: datasets by id for one owner's token, counting the calls. */
    private static final class Datasets implements DatasetServiceApi {
        final Map<String, DatasetInfo> byId = new HashMap<>();
        final AtomicInteger calls = new AtomicInteger();
        Runnable duringCall = () -> {};

        @Override
        public DatasetInfo get(String id, String authorization) {
            calls.incrementAndGet();
            duringCall.run();
            DatasetInfo d = byId.get(id);
            if (d == null || !authorization.equals("Bearer ada-token")) {
                throw new NotFoundException();
            }
            return d;
        }
    }

    private final Datasets service = new Datasets();
    private final DatasetCatalog catalog = new DatasetCatalog(new DatasetsClient(service), 100, Optional.empty());

    private static DatasetInfo dataset(String status, int version) {
        return new DatasetInfo("d1", "Sales", null, status, version, 10L, 2, null, null, null, null, null, null);
    }

    private static String event(String type, String datasetId, int version) {
        return "{\"specversion\":\"1.0\",\"type\":\"io.datasage.dataset." + type + "\",\"data\":{\"dataset_id\":\""
                + datasetId + "\",\"owner_id\":\"ada\",\"version\":" + version + "}}";
    }

    @Test
    void aSecondLookupOfTheOwnerNeedsNoCall() {
        service.byId.put("d1", dataset("READY", 1));
        assertThat(catalog.requireReady("d1", "ada", "ada-token").version()).isEqualTo(1);
        assertThat(catalog.requireReady("d1", "ada", "ada-token").version()).isEqualTo(1);
        assertThat(service.calls).hasValue(1);
    }

    @Test
    void anotherUserIsAlwaysAskedAboutAndGets404() {
        service.byId.put("d1", dataset("READY", 1));
        catalog.requireReady("d1", "ada", "ada-token");
        assertThatThrownBy(() -> catalog.requireReady("d1", "mallory", "mallory-token"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("No dataset");
        assertThat(service.calls).hasValue(2);
    }

    @Test
    void aDatasetNotReadyIsNotKept() {
        service.byId.put("d1", dataset("PROCESSING", 1));
        assertThatThrownBy(() -> catalog.requireReady("d1", "ada", "ada-token"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("still being analysed");
        service.byId.put("d1", dataset("READY", 1));
        assertThat(catalog.requireReady("d1", "ada", "ada-token").ready()).isTrue();
        assertThat(service.calls).hasValue(2);
    }

    @Test
    void aNewVersionReadyDropsTheDatasetAndTheNextLookupSeesIt() {
        service.byId.put("d1", dataset("READY", 1));
        catalog.requireReady("d1", "ada", "ada-token");
        service.byId.put("d1", dataset("READY", 2));
        assertThat(catalog.requireReady("d1", "ada", "ada-token").version()).isEqualTo(1);

        assertThat(catalog.apply(event("ready", "d1", 2))).isEqualTo("d1");

        assertThat(catalog.requireReady("d1", "ada", "ada-token").version()).isEqualTo(2);
    }

    @Test
    void aRepeatedReadyOfTheKnownVersionAndProgressKeepIt() {
        service.byId.put("d1", dataset("READY", 1));
        catalog.requireReady("d1", "ada", "ada-token");
        assertThat(catalog.apply(event("ready", "d1", 1))).isNull();
        assertThat(catalog.apply(event("progress", "d1", 2))).isNull();
        assertThat(catalog.knows("d1")).isTrue();
    }

    @Test
    void aReplacementUploadedOrFailingKeepsTheServedVersion() {
        service.byId.put("d1", dataset("READY", 1));
        catalog.requireReady("d1", "ada", "ada-token");
        assertThat(catalog.apply(event("uploaded", "d1", 2))).isNull();
        assertThat(catalog.apply(event("failed", "d1", 2))).isNull();
        assertThat(catalog.requireReady("d1", "ada", "ada-token").version()).isEqualTo(1);
        assertThat(service.calls).hasValue(1);
    }

    @Test
    void deletionAndEventsAboutTheServedVersionItselfDropIt() {
        service.byId.put("d1", dataset("READY", 1));
        for (String type : new String[] {"deleted", "uploaded", "failed"}) {
            catalog.requireReady("d1", "ada", "ada-token");
            assertThat(catalog.knows("d1")).isTrue();
            assertThat(catalog.apply(event(type, "d1", 1))).isEqualTo("d1");
            assertThat(catalog.knows("d1")).as(type).isFalse();
        }
        service.byId.remove("d1");
        assertThatThrownBy(() -> catalog.requireReady("d1", "ada", "ada-token"))
                .hasMessageContaining("No dataset with id d1");
    }

    @Test
    void aKnownVersionWhoseFileIsGoneIsLookedUpAgain(@TempDir Path storage) throws Exception {
        DatasetCatalog onStorage = new DatasetCatalog(new DatasetsClient(service), 100, Optional.of(storage));
        service.byId.put("d1", dataset("READY", 1));
        Path v1 = storage.resolve("d1/data.arrow");
        Files.createDirectories(v1.getParent());
        Files.writeString(v1, "arrow");
        Files.createDirectories(storage.resolve("d1/v2"));
        Files.writeString(storage.resolve("d1/v2/data.arrow"), "arrow");
        assertThat(onStorage.requireReady("d1", "ada", "ada-token").version()).isEqualTo(1);
        assertThat(onStorage.requireReady("d1", "ada", "ada-token").version()).isEqualTo(1);
        assertThat(service.calls).hasValue(1);

        // Version 2 became current and version 1's files were removed; the event saying so is still on its way.
        service.byId.put("d1", dataset("READY", 2));
        Files.delete(v1);

        assertThat(onStorage.requireReady("d1", "ada", "ada-token").version()).isEqualTo(2);
        assertThat(onStorage.requireReady("d1", "ada", "ada-token").version()).isEqualTo(2);
        assertThat(service.calls).hasValue(2);
    }

    @Test
    void aLookupOverlappingAnEventIsNotKept() {
        service.byId.put("d1", dataset("READY", 1));
        // The event arrives while dataset-service is answering: the answer may predate it, so it is not kept.
        service.duringCall = () -> catalog.apply(event("deleted", "d1", 1));
        catalog.requireReady("d1", "ada", "ada-token");
        assertThat(catalog.knows("d1")).isFalse();
    }

    @Test
    void malformedOrForeignEventsAreIgnored() {
        assertThat(catalog.apply("not json")).isNull();
        assertThat(catalog.apply("{\"type\":\"io.datasage.dataset.ready\",\"data\":{}}"))
                .isNull();
        assertThat(catalog.apply("{\"type\":\"other.thing\",\"data\":{\"dataset_id\":\"d1\"}}"))
                .isNull();
    }

    /** A {@code dataset.ready} as the worker writes it, sent {@code minutesAgo} minutes ago. */
    private static String readyEvent(String datasetId, int version, long minutesAgo) {
        String dir = version == 1 ? datasetId : datasetId + "/v" + version;
        return "{\"specversion\":\"1.0\",\"type\":\"io.datasage.dataset.ready\",\"time\":\""
                + java.time.OffsetDateTime.now().minusMinutes(minutesAgo) + "\",\"data\":{\"dataset_id\":\""
                + datasetId + "\",\"owner_id\":\"ada\",\"version\":" + version + ",\"name\":\"Sales\","
                + "\"row_count\":10,\"column_count\":2,\"columns\":[{\"name\":\"region\",\"type\":\"category\","
                + "\"null_count\":0,\"distinct_count\":4,\"samples\":[\"West\"]}],\"arrow_path\":\"" + dir
                + "/data.arrow\",\"profile_path\":\"" + dir + "/profile.json\",\"domain_hints\":[\"sales\"],"
                + "\"original_filename\":\"sales.csv\",\"format\":\"csv\"}}";
    }

    private static void writeFiles(Path storage, String dir) throws Exception {
        Files.createDirectories(storage.resolve(dir));
        Files.writeString(storage.resolve(dir + "/data.arrow"), "arrow");
        Files.writeString(storage.resolve(dir + "/profile.json"), "{\"rows\":10,\"columns\":2}");
    }

    @Test
    void aFreshReadyEventIsLearntSoTheOwnersFirstLookupNeedsNoCall(@TempDir Path storage) throws Exception {
        DatasetCatalog onStorage = new DatasetCatalog(new DatasetsClient(service), 100, Optional.of(storage));
        writeFiles(storage, "d1");
        Path arrow = onStorage.learn(readyEvent("d1", 1, 0), java.time.Duration.ofMinutes(2));
        assertThat(arrow).isEqualTo(storage.resolve("d1/data.arrow"));
        DatasetInfo learnt = onStorage.requireReady("d1", "ada", "ada-token");
        assertThat(service.calls).hasValue(0);
        assertThat(learnt.version()).isEqualTo(1);
        assertThat(learnt.columns()).extracting(DatasetInfo.Column::name).containsExactly("region");
        assertThat(learnt.profile()).containsEntry("rows", 10);
        assertThat(learnt.originalFilename()).isEqualTo("sales.csv");
        // Someone else is still asked about, where ownership is checked.
        assertThatThrownBy(() -> onStorage.requireReady("d1", "mallory", "mallory-token"))
                .isInstanceOf(ProblemException.class);
        assertThat(service.calls).hasValue(1);
    }

    @Test
    void anOldReadyEventOrOneWithoutItsFilesIsNotLearnt(@TempDir Path storage) throws Exception {
        DatasetCatalog onStorage = new DatasetCatalog(new DatasetsClient(service), 100, Optional.of(storage));
        writeFiles(storage, "d1");
        // A new instance reads the topic from its start: those replays are not learnt.
        assertThat(onStorage.learn(readyEvent("d1", 1, 10), java.time.Duration.ofMinutes(2)))
                .isNull();
        // Files not (or no longer) on the storage.
        assertThat(onStorage.learn(readyEvent("d2", 1, 0), java.time.Duration.ofMinutes(2)))
                .isNull();
        assertThat(onStorage.knows("d1")).isFalse();
        assertThat(onStorage.knows("d2")).isFalse();
        // Without a storage root nothing is learnt.
        assertThat(catalog.learn(readyEvent("d1", 1, 0), java.time.Duration.ofMinutes(2)))
                .isNull();
    }

    @Test
    void aReplayedReadyOfAnOlderVersionDoesNotReplaceTheNewer(@TempDir Path storage) throws Exception {
        DatasetCatalog onStorage = new DatasetCatalog(new DatasetsClient(service), 100, Optional.of(storage));
        writeFiles(storage, "d1");
        writeFiles(storage, "d1/v2");
        onStorage.learn(readyEvent("d1", 2, 0), java.time.Duration.ofMinutes(2));
        onStorage.learn(readyEvent("d1", 1, 0), java.time.Duration.ofMinutes(2));
        assertThat(onStorage.requireReady("d1", "ada", "ada-token").version()).isEqualTo(2);
        assertThat(service.calls).hasValue(0);
    }
}
