package io.datasage.vector.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * A BERT-style ONNX embedding model whose runtime session gives memory back between requests: no CPU arena (which
 * keeps the largest batch's buffers for the life of the process) and no memory-pattern planning (which keeps one
 * plan per input shape), and as many intra-op threads as the service's embedding pool. Otherwise the same as
 * LangChain4j's {@code OnnxEmbeddingModel}, whose constructors take no session options.
 */
final class LeanOnnxModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    LeanOnnxModel(Path model, Path tokenizer, int threads, Executor pool) {
        super(pool);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokens = Files.newInputStream(tokenizer)) {
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            options.setIntraOpNumThreads(threads);
            OrtSession session = environment.createSession(model.toString(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokens, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + model + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + tokenizer + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}
