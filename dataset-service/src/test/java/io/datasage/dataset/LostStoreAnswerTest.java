package io.datasage.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.storage.StorageLayout;
import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.messaging.OutboxRelay;
import io.datasage.dataset.repository.DatasetEntity;
import io.datasage.dataset.repository.DatasetRepository;
import io.datasage.dataset.service.ReplaceService;
import io.datasage.dataset.service.StatusService;
import io.datasage.dataset.service.StoredFiles;
import io.datasage.dataset.service.UploadOutcome;
import io.datasage.dataset.service.UploadRequest;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.datasage.infra.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A new file whose conditional write reached the real store but whose answer was lost (the connection dropped
 * after the write was sent: a fault the test cannot time for real, so the repository throws after the real write):
 * the record decides, and the folder it points at is never deleted.
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class LostStoreAnswerTest {

    private static final Path STORAGE = SharedInfra.get().dataDir().resolve("storage");

    @Inject
    StatusService status;

    @Inject
    DatasetRepository repository;

    @Inject
    StoredFiles files;

    @Inject
    OutboxRelay relay;

    @Inject
    DatasetConfig config;

    @Test
    void aWriteThatTookKeepsItsFileAndIsAccepted() throws Exception {
        String owner = "lost-answer-" + UUID.randomUUID();
        String id = readyDataset(owner);
        byte[] content = Uploads.uniqueCsv();
        ReplaceService replace = new ReplaceService(new LosesAnswers(true), files, relay, config);

        UploadOutcome outcome = replace.replace(owner, id, request(content));

        assertThat(outcome.duplicate()).isFalse();
        DatasetEntity d = repository.findByIdAndOwner(id, owner).orElseThrow();
        assertThat(d.replacement).as("the new file the store took").isNotNull();
        assertThat(STORAGE.resolve(d.replacement.rawPath))
                .as("its file, still there")
                .hasBinaryContent(content);
    }

    @Test
    void aWriteThatDidNotTakeLeavesNoFolder() throws Exception {
        String owner = "lost-write-" + UUID.randomUUID();
        String id = readyDataset(owner);
        ReplaceService replace = new ReplaceService(new LosesAnswers(false), files, relay, config);

        assertThatThrownBy(() -> replace.replace(owner, id, request(Uploads.uniqueCsv())))
                .isInstanceOf(MongoSocketReadException.class);

        assertThat(repository.findByIdAndOwner(id, owner).orElseThrow().replacement)
                .isNull();
        try (var entries = Files.list(STORAGE.resolve(id))) {
            assertThat(entries.filter(Files::isDirectory).toList())
                    .as("no version folder left behind")
                    .isEmpty();
        }
    }

    /** The real repository, except that starting a replacement loses the store's answer (after or before writing). */
    @Vetoed // not a bean: it would inherit the repository's scope and stand beside it
    private static final class LosesAnswers extends DatasetRepository {

        private final boolean writeTakes;

        LosesAnswers(boolean writeTakes) {
            this.writeTakes = writeTakes;
        }

        @Override
        public boolean startReplacement(
                String id,
                String ownerId,
                int version,
                Integer replacing,
                DatasetEntity.ReplacementEntity replacement,
                Instant at) {
            if (writeTakes) {
                assertThat(super.startReplacement(id, ownerId, version, replacing, replacement, at))
                        .isTrue();
            }
            throw new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress());
        }
    }

    private String readyDataset(String owner) {
        String id = Uploads.upload(TestTokens.valid(owner), "served.csv", Uploads.uniqueCsv())
                .statusCode(201)
                .extract()
                .path("dataset.id");
        status.ready(new DatasetReady(
                id,
                owner,
                1,
                "served",
                null,
                3,
                1,
                List.of(new DatasetReady.ColumnSummary("region", "category", 0, 3, List.of("West"))),
                StorageLayout.arrow(id, 1),
                StorageLayout.profile(id, 1),
                List.of(),
                1.0,
                1));
        return id;
    }

    private static UploadRequest request(byte[] content) throws Exception {
        Path file = Files.createTempFile("lost-answer", ".csv");
        Files.write(file, content);
        String sha256 = HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        return new UploadRequest(file, "new.csv", content.length, sha256, null, null, null);
    }
}
