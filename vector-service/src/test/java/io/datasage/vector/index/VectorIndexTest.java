package io.datasage.vector.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datasage.vector.DocumentKind;
import io.datasage.vector.embedding.TextEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk index with real all-MiniLM-L6-v2 vectors, used as plain Java (as the benchmark does). */
class VectorIndexTest {

    static TextEmbedder embedder;
    static List<IndexEntry> entries;

    @TempDir
    Path dir;

    @BeforeAll
    static void embed() {
        embedder = TextEmbedder.allMiniLm(Path.of(System.getProperty("java.io.tmpdir"), "datasage-test-models"), 0, 32);
        List<String[]> docs = List.of(
                new String[] {
                    "alice",
                    "cars",
                    "Dataset \"cars\": mpg (miles per gallon), cylinders, horsepower, weight, model year, origin"
                },
                new String[] {
                    "alice", "weather", "Dataset \"weather\": temperature, humidity, wind speed, precipitation"
                },
                new String[] {"alice", "staff", "Dataset \"staff\": employee name, department, salary, hire date"},
                new String[] {"bob", "bob-cars", "Dataset \"used cars\": price, mileage, fuel type, engine size"});
        List<float[]> vectors = embedder.embedAll(docs.stream().map(d -> d[2]).toList());
        entries = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String[] d = docs.get(i);
            entries.add(new IndexEntry(
                    d[0] + ":" + d[1], DocumentKind.DATASET, d[0], d[1], d[1], null, List.of(), vectors.get(i)));
        }
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void ranksByMeaningWithinOneOwner() throws IOException {
        try (VectorIndex index = new VectorIndex(dir, embedder.dimension())) {
            index.upsert(entries);
            List<IndexHit> hits =
                    index.search(embedder.embed("automobile fuel efficiency"), 3, IndexFilter.owner("alice"));
            assertThat(hits)
                    .extracting(IndexHit::datasetId)
                    .containsExactly("cars", "weather", "staff")
                    .doesNotContain("bob-cars");
            assertThat(hits.get(0).similarity()).isGreaterThan(hits.get(1).similarity());
            assertThat(index.search(embedder.embed("automobile fuel efficiency"), 5, IndexFilter.owner("bob")))
                    .extracting(IndexHit::datasetId)
                    .containsExactly("bob-cars");
        }
    }

    @Test
    void survivesCloseAndReopen() throws IOException {
        float[] query = embedder.embed("employees and their pay");
        List<IndexHit> before;
        try (VectorIndex index = new VectorIndex(dir, embedder.dimension())) {
            index.upsert(entries);
            before = index.search(query, 3, IndexFilter.owner("alice"));
        }
        try (VectorIndex reopened = new VectorIndex(dir, embedder.dimension())) {
            assertThat(reopened.openState()).isEqualTo(VectorIndex.OpenState.OPENED);
            assertThat(reopened.count()).isEqualTo(entries.size());
            assertThat(reopened.search(query, 3, IndexFilter.owner("alice"))).isEqualTo(before);
            assertThat(before.get(0).datasetId()).isEqualTo("staff");
        }
    }

    @Test
    void aCorruptIndexIsDetectedResetAndRebuiltToTheSameResults() throws IOException {
        float[] query = embedder.embed("rain and wind");
        List<IndexHit> before;
        try (VectorIndex index = new VectorIndex(dir, embedder.dimension())) {
            index.upsert(entries);
            before = index.search(query, 3, IndexFilter.owner("alice"));
        }
        corruptLargestFile(dir);
        assertThat(VectorIndex.problemWith(dir)).isNotNull();

        try (VectorIndex repaired = VectorIndex.openOrReset(dir, embedder.dimension())) {
            assertThat(repaired.openState()).isEqualTo(VectorIndex.OpenState.RESET);
            assertThat(repaired.count()).isZero();
            assertThat(repaired.replaceAll(entries.iterator())).isEqualTo(entries.size());
            assertThat(repaired.search(query, 3, IndexFilter.owner("alice"))).isEqualTo(before);
        }
        assertThat(VectorIndex.problemWith(dir)).isNull();
    }

    @Test
    void aLostIndexIsCreatedEmptyAndALostCommitPointIsReset() throws IOException {
        try (VectorIndex fresh = VectorIndex.openOrReset(dir.resolve("missing"), embedder.dimension())) {
            assertThat(fresh.openState()).isEqualTo(VectorIndex.OpenState.CREATED);
        }
        try (VectorIndex index = new VectorIndex(dir, embedder.dimension())) {
            index.upsert(entries);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.delete(f);
            }
        }
        try (VectorIndex repaired = VectorIndex.openOrReset(dir, embedder.dimension())) {
            assertThat(repaired.openState()).isEqualTo(VectorIndex.OpenState.RESET);
            assertThat(repaired.count()).isZero();
        }
    }

    @Test
    void anIndexHeldByAnotherWriterIsLeftAlone() throws IOException {
        try (VectorIndex index = new VectorIndex(dir, embedder.dimension())) {
            index.upsert(entries);
            assertThatThrownBy(() -> VectorIndex.openOrReset(dir, embedder.dimension()))
                    .isInstanceOf(LockObtainFailedException.class);
            assertThat(index.count()).isEqualTo(entries.size());
        }
        try (VectorIndex reopened = VectorIndex.openOrReset(dir, embedder.dimension())) {
            assertThat(reopened.openState()).isEqualTo(VectorIndex.OpenState.OPENED);
            assertThat(reopened.count()).isEqualTo(entries.size());
        }
    }

    @Test
    void singleQuestionsAreSearchableAtOnceAndDurableAtTheNextCommitOrClose() throws IOException {
        float[] query = embedder.embed("employees and their pay");
        try (VectorIndex index = new VectorIndex(dir, embedder.dimension())) {
            index.upsert(entries.subList(0, 1));
            index.upsertSearchable(entries.subList(1, 3));
            assertThat(index.search(query, 1, IndexFilter.owner("alice")).get(0).datasetId())
                    .isEqualTo("staff");
            assertThat(committedDocs(dir)).isEqualTo(1);
            assertThat(index.commitIfChanged()).isTrue();
            assertThat(committedDocs(dir)).isEqualTo(3);
            assertThat(index.commitIfChanged()).isFalse();
            index.upsertSearchable(entries.subList(3, 4));
        }
        // Closing commits what was only searchable.
        try (VectorIndex reopened = new VectorIndex(dir, embedder.dimension())) {
            assertThat(reopened.count()).isEqualTo(entries.size());
        }
    }

    private static int committedDocs(Path dir) throws IOException {
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
                org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(d)) {
            return reader.numDocs();
        }
    }

    @Test
    void aFailedRebuildLeavesTheLastCommitInPlace() throws IOException {
        try (VectorIndex index = new VectorIndex(dir, embedder.dimension())) {
            index.upsert(entries);
            Iterator<IndexEntry> failing = Stream.concat(entries.stream().limit(1), Stream.<IndexEntry>generate(() -> {
                        throw new IllegalStateException("store went away");
                    }))
                    .iterator();
            assertThatThrownBy(() -> index.replaceAll(failing)).hasMessageContaining("store went away");
            assertThat(index.count()).isEqualTo(entries.size());
            index.deleteIds(List.of(entries.get(0).id()));
            assertThat(index.count()).isEqualTo(entries.size() - 1);
        }
    }

    @Test
    void deletesByDatasetAndReplacesById() throws IOException {
        try (VectorIndex index = new VectorIndex(dir, embedder.dimension())) {
            index.upsert(entries);
            index.upsert(List.of(entries.get(0)));
            assertThat(index.count()).isEqualTo(entries.size());
            index.delete(IndexFilter.owner("alice").dataset("cars"));
            assertThat(index.count(IndexFilter.owner("alice"))).isEqualTo(2);
            assertThat(index.count(IndexFilter.owner("bob"))).isEqualTo(1);
            assertThatThrownBy(() -> index.search(new float[3], 1, IndexFilter.owner("alice")))
                    .hasMessageContaining("3 dimensions");
        }
    }

    private static void corruptLargestFile(Path dir) throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(dir)) {
            largest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64 && i < bytes.length; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(largest, bytes);
    }
}
