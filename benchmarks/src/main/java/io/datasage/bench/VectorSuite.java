package io.datasage.bench;

import io.datasage.vector.DocumentKind;
import io.datasage.vector.embedding.TextEmbedder;
import io.datasage.vector.index.IndexEntry;
import io.datasage.vector.index.IndexFilter;
import io.datasage.vector.index.VectorIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * vector-service's embedding model and Lucene HNSW index, driven as plain Java: embeddings per second, and search
 * p50 with 100,000 stored vectors. The stored vectors are real embeddings of 2,000 column and dataset descriptions,
 * each repeated 50 times with small deterministic noise (embedding 100,000 distinct texts would take minutes and
 * measure the model twice); queries are real embeddings of analyst phrases, filtered to one owner as in service.
 */
final class VectorSuite {

    private static final int BASE_TEXTS = 2_000;
    private static final int STORED = 100_000;
    private static final int OWNERS = 10;
    private static final String[] WORDS = {
        "sales", "revenue", "profit", "region", "customer", "order date", "quantity", "discount", "salary",
                "department",
        "hire date", "temperature", "humidity", "sensor", "mpg", "horsepower", "weight", "satisfaction", "country",
                "channel",
        "price", "category", "segment", "product", "campaign", "clicks", "impressions", "patient", "diagnosis", "age"
    };
    private static final String[] QUERIES = {
        "how much we sold",
        "car weight",
        "automobile fuel efficiency",
        "employee pay by team",
        "monthly revenue",
        "customer satisfaction score",
        "temperature readings over time",
        "marketing spend per channel"
    };

    private final Path dataDir;

    VectorSuite(Path dataDir) {
        this.dataDir = dataDir;
    }

    void run() throws Exception {
        Report.title("Vector: all-MiniLM-L6-v2 embeddings and Lucene HNSW search (" + STORED + " stored vectors)");
        try (TextEmbedder embedder = TextEmbedder.allMiniLm(dataDir.resolve("models"), 0, 32)) {
            List<String> texts = texts();
            embedder.embedAll(texts.subList(0, 64));
            long start = System.nanoTime();
            List<float[]> base = embedder.embedAll(texts);
            double seconds = (System.nanoTime() - start) / 1e9;
            Report.line(
                    "%-34s %.0f texts/s (%d column descriptions, batches of 32)",
                    "embeddings", texts.size() / seconds, texts.size());

            Path indexDir = dataDir.resolve("vector-bench-index");
            deleteTree(indexDir);
            try (VectorIndex index = new VectorIndex(indexDir, embedder.dimension())) {
                start = System.nanoTime();
                index.replaceAll(entries(base));
                Report.line(
                        "%-34s %.1f s for %,d vectors",
                        "index build (one commit)", (System.nanoTime() - start) / 1e9, index.count());
                double[] times = new double[400];
                List<float[]> queries = embedder.embedAll(List.of(QUERIES));
                for (int i = -100; i < times.length; i++) {
                    float[] q = queries.get(Math.floorMod(i, queries.size()));
                    IndexFilter filter = IndexFilter.owner("owner-" + Math.floorMod(i, OWNERS))
                            .kind(DocumentKind.COLUMN);
                    long t = System.nanoTime();
                    index.search(q, 10, filter);
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - t) / 1e6;
                    }
                }
                Report.line(
                        "%-34s p50 %.2f ms, p95 %.2f ms (top 10, one owner's %,d vectors)",
                        "search", Stats.median(times), Stats.percentile(times, 95), STORED / OWNERS);
                rememberOneByOne(index, queries);
            }
        }
    }

    /**
     * A question remembered alone, as chat-service sends them: committed each time, against searchable at once and
     * committed later in one go (what vector-service does). Alternated in rounds so that both see the same index size.
     */
    private static void rememberOneByOne(VectorIndex index, List<float[]> queries) {
        int rounds = 6;
        int perRound = 25;
        double[] committed = new double[rounds * perRound];
        double[] searchable = new double[rounds * perRound];
        int n = 0;
        // Round -1 warms both paths up and is not counted.
        for (int r = -1; r < rounds; r++) {
            for (int i = 0; i < perRound; i++) {
                IndexEntry a = question("c" + r + "-" + i, queries.get(i % queries.size()));
                IndexEntry b = question("s" + r + "-" + i, queries.get(i % queries.size()));
                long t = System.nanoTime();
                index.upsert(List.of(a));
                long u = System.nanoTime();
                index.upsertSearchable(List.of(b));
                long v = System.nanoTime();
                if (r >= 0) {
                    committed[n] = (u - t) / 1e6;
                    searchable[n] = (v - u) / 1e6;
                    n++;
                }
            }
            index.commitIfChanged();
        }
        Report.line(
                "%-34s p50 %.2f ms committed each, %.2f ms searchable then committed in one go",
                "remember one question", Stats.median(committed), Stats.median(searchable));
    }

    private static IndexEntry question(String id, float[] vector) {
        return new IndexEntry(id, DocumentKind.QUESTION, "owner-0", "dataset-0", id, "{}", List.of(), vector);
    }

    private static List<String> texts() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> texts = new ArrayList<>(BASE_TEXTS);
        for (int i = 0; i < BASE_TEXTS; i++) {
            texts.add("column " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                    + " (decimal) of dataset " + WORDS[random.nextInt(WORDS.length)] + " report " + i);
        }
        return texts;
    }

    private static Iterator<IndexEntry> entries(List<float[]> base) {
        SplittableRandom random = new SplittableRandom(11);
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < STORED;
            }

            @Override
            public IndexEntry next() {
                int i = next++;
                float[] v = base.get(i % base.size()).clone();
                double norm = 0;
                for (int d = 0; d < v.length; d++) {
                    v[d] += (float) (random.nextGaussian() * 0.01);
                    norm += v[d] * v[d];
                }
                float scale = (float) (1 / Math.sqrt(norm));
                for (int d = 0; d < v.length; d++) {
                    v[d] *= scale;
                }
                String owner = "owner-" + (i % OWNERS);
                return new IndexEntry(
                        "doc-" + i,
                        DocumentKind.COLUMN,
                        owner,
                        "dataset-" + (i % 500),
                        "column " + i,
                        null,
                        List.of(),
                        v);
            }
        };
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
