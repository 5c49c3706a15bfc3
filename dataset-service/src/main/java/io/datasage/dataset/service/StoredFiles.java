package io.datasage.dataset.service;

import io.datasage.contracts.storage.StorageLayout;
import io.datasage.dataset.config.DatasetConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** The storage root on disk: where raw uploads go and analysis results are read from. */
@ApplicationScoped
public class StoredFiles {

    private final Path root;

    public StoredFiles(DatasetConfig config) {
        this.root = config.storageRoot().toAbsolutePath().normalize();
    }

    /** The storage root. */
    public Path root() {
        return root;
    }

    /** A path under the root from a stored relative path; refuses anything that would leave the root. */
    public Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("path escapes the storage root: " + relative);
        }
        return path;
    }

    /** Moves an uploaded temporary file to {@code <root>/<datasetId>/raw.<ext>}; returns the relative path. */
    public String storeRaw(Path upload, String datasetId, String extension) {
        try {
            Path dir = Files.createDirectories(root.resolve(datasetId));
            Path target = dir.resolve("raw." + extension);
            try {
                Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Upload directory on another file system: copy, then remove the temporary file.
                Files.copy(upload, target, StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(upload);
            }
            return root.relativize(target).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload: " + e.getMessage(), e);
        }
    }

    /** Moves an uploaded temporary file to {@code relative} under the root (a version's raw file). */
    public String storeRawAt(Path upload, String relative) {
        try {
            Path target = resolve(relative);
            Files.createDirectories(target.getParent());
            try {
                Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.copy(upload, target, StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(upload);
            }
            return root.relativize(target).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the raw file {@code from} a second name {@code to} (a hard link, or a copy where the file system has
     * none), for a retry that analyses the same upload as a new version; returns {@code to}.
     */
    public String linkRaw(String from, String to) {
        Path source = resolve(from);
        Path target = resolve(to);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, source);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Path tmp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
                try {
                    Files.copy(source, tmp);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return root.relativize(target).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the upload for a retry: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the files of one version of a dataset: version 1's are the files directly in the dataset folder,
     * a later version's its {@code v<N>} folder. Other versions are left alone.
     */
    public void deleteVersion(String datasetId, int version) {
        Path dir = resolve(StorageLayout.versionDir(datasetId, version));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = version <= 1 ? Files.list(dir).filter(Files::isRegularFile) : Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete version " + version + " of dataset " + datasetId, e);
        }
    }

    /** Deletes everything stored for a dataset. */
    public void deleteDataset(String datasetId) {
        Path dir = root.resolve(datasetId).normalize();
        if (!dir.startsWith(root) || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the files of dataset " + datasetId, e);
        }
    }
}
