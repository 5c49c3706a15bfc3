package io.datasage.worker.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.contracts.events.DatasetReady;
import io.datasage.contracts.storage.StorageLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The analysis outputs of one dataset version in its folder ({@code <storage>/<datasetId>/} for version 1,
 * {@code <storage>/<datasetId>/v<N>/} after). Each file is written to a temporary
 * name and moved into place, and {@code result.json} (the ready event's payload) is written last: its presence
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

    /** Counts one more attempt at {@code version} and returns the count including this one. */
    int nextAttempt(int version) {
        Path file = dir.resolve(".attempts-v" + version);
        try {
            int previous =
                    Files.exists(file) ? Integer.parseInt(Files.readString(file).trim()) : 0;
            writeAtomically(file, Integer.toString(previous + 1).getBytes());
            return previous + 1;
        } catch (IOException | NumberFormatException e) {
            return 1;
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
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
