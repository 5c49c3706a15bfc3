package io.datasage.vector;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.datasage.infra.testing.InfraTestResource;
import io.datasage.infra.testing.SharedInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The service starts on a corrupt index directory: it detects it, rebuilds the index from the document store
 * instead of failing, and embeds what was stored but never indexed.
 */
@QuarkusTest
@TestProfile(StartupRepairTest.CorruptIndex.class)
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class StartupRepairTest {

    static final String OWNER = "iris-" + UUID.randomUUID();
    static final String DATASET = "ds-" + UUID.randomUUID();

    @Test
    void aCorruptIndexIsRebuiltAtStartAndTheStoredDatasetIsFound() {
        SearchApi.awaitReady();
        SearchApi.awaitIndexed(OWNER, DATASET);
        assertThat(SearchApi.datasetIds(OWNER, "greenhouse climate")).containsExactly(DATASET);
        assertThat(SearchApi.columns(OWNER, DATASET, "carbon dioxide").getString("matches[0].column"))
                .isEqualTo("co2_ppm");
    }

    /** Points the service at an index directory full of garbage. */
    public static class CorruptIndex implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BrokenIndexAndStoredDocuments.class));
        }
    }

    /** Writes a corrupt index and stores a dataset that was never indexed, before the service starts. */
    public static class BrokenIndexAndStoredDocuments implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                Path dir = Files.createTempDirectory(SharedInfra.get().dataDir(), "broken-index-");
                Files.writeString(dir.resolve("segments_2"), "not a lucene commit point");
                Files.write(dir.resolve("_0.cfs"), new byte[4096]);
                try (MongoClient client = MongoClients.create(SharedInfra.get().connectionString())) {
                    var documents = client.getDatabase("datasage").getCollection("vector_documents");
                    documents.insertOne(document(
                            OWNER + ":" + DATASET + ":dataset",
                            "dataset",
                            "Dataset \"greenhouse\": temperature, humidity, co2 ppm",
                            Map.of("name", "greenhouse", "columns", List.of("temperature", "humidity", "co2_ppm"))));
                    documents.insertOne(document(
                            OWNER + ":" + DATASET + ":column:2",
                            "column",
                            "co2 ppm, number, column of dataset \"greenhouse\"",
                            Map.of("name", "co2_ppm", "type", "number")));
                }
                return Map.of("datasage.vector.index-dir", dir.toString());
            } catch (Exception e) {
                throw new IllegalStateException("could not prepare the broken index: " + e.getMessage(), e);
            }
        }

        private static Document document(String id, String kind, String text, Map<String, Object> payload) {
            return new Document("_id", id)
                    .append("kind", kind)
                    .append("owner_id", OWNER)
                    .append("dataset_id", DATASET)
                    .append("text", text)
                    .append("payload", new Document(payload))
                    .append("created_at", new Date());
        }

        @Override
        public void stop() {
            // The store and the directory belong to the shared test infrastructure, removed with it.
        }
    }
}
