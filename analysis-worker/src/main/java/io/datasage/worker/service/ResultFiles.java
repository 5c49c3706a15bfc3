package io.datasage.worker.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.storage.StorageLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * The analysis outputs of one dataset version in its folder ({@code <storage>/<datasetId>/} for version 1,
 * {@code <storage>/<datasetId>/v<N>/} after). Each file is written to a temporary
 * name of its own and moved into place, and {@code result.json} (the ready event's payload) is written last: its presence
 * for a version means the analysis of that version is complete, which makes redelivered uploads cheap.
 */
final class ResultFiles {

    static final String ARROW = StorageLayout.ARROW;
    static final String PROFILE = StorageLayout.PROFILE;
    static final String PREVIEW = StorageLayout.PREVIEW;
    static final String RESULT = "result.json";

    private final Path dir;
    private final ObjectMapper mapper;

    ResultFiles(Path dir, ObjectMapper mapper) {
        this.dir = dir;
        this.mapper = mapper;
    }

    /** Directory of the dataset. */
    Path dir() {
        return dir;
    }

    /** Creates the folder of this version's outputs. */
    void createDir() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Where the Arrow file goes. */
    Path arrow() {
        return dir.resolve(ARROW);
    }

    /** The finished result of {@code version}, if this version was already analysed. */
    Optional<DatasetReady> finished(int version) {
        Path result = dir.resolve(RESULT);
        if (!Files.exists(result)) {
            return Optional.empty();
        }
        try {
            DatasetReady ready = mapper.readValue(result.toFile(), DatasetReady.class);
            return ready.version() == version ? Optional.of(ready) : Optional.empty();
        } catch (IOException e) {
            // A damaged marker is no proof of completion: analyse again.
            return Optional.empty();
        }
    }

    /**
     * Counts one more attempt at {@code version} and returns the count including this one. Each attempt claims
     * the next number by creating its marker file, which the file system does atomically, so two workers on one
     * dataset never get the same number and a failing disk stops the analysis instead of resetting the count.
     */
    int nextAttempt(int version) {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.createFile(dir.resolve(".attempt-v" + version + "-" + attempt));
                return attempt;
            } catch (FileAlreadyExistsException taken) {
                // An earlier attempt (or a concurrent one) has this number: try the next.
            } catch (IOException e) {
                throw new UncheckedIOException("could not record an analysis attempt: " + e.getMessage(), e);
            }
        }
    }

    /** Writes a JSON document atomically. */
    void writeJson(String name, Object value) {
        try {
            writeAtomically(dir.resolve(name), mapper.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + name + ": " + e.getMessage(), e);
        }
    }

    /** Removes the analysis outputs (not the raw upload). */
    void deleteOutputs() {
        for (String name : new String[] {ARROW, PROFILE, PREVIEW, RESULT}) {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                // Best effort: a leftover output of a deleted dataset is only wasted space.
            }
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        // A name of its own, so that two workers on one dataset never write into each other's temp file.
        Path tmp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
