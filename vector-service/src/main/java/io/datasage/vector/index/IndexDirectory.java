package io.datasage.vector.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/** Inspects and repairs an index directory before the index is opened: missing, damaged, or held by another process. */
final class IndexDirectory {

    private static final String WRITE_LOCK = "write.lock";

    private IndexDirectory() {}

    static VectorIndex openOrReset(Path dir, int dimension) throws IOException {
        if (!hasIndex(dir)) {
            boolean leftovers = hasFilesBesidesLock(dir);
            if (leftovers) {
                deleteRecursively(dir);
                return new VectorIndex(dir, dimension, VectorIndex.OpenState.RESET, "files without a commit point");
            }
            return new VectorIndex(dir, dimension, VectorIndex.OpenState.CREATED, null);
        }
        String problem = problemWith(dir);
        if (problem == null) {
            try {
                return new VectorIndex(dir, dimension, VectorIndex.OpenState.OPENED, null);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                problem = e.toString();
            }
        }
        deleteRecursively(dir);
        return new VectorIndex(dir, dimension, VectorIndex.OpenState.RESET, problem);
    }

    static String problemWith(Path dir) throws LockObtainFailedException {
        try (Directory d = FSDirectory.open(dir);
                CheckIndex check = new CheckIndex(d)) {
            // Checksums catch torn or overwritten files at a fraction of a full check's cost.
            check.setChecksumsOnly(true);
            CheckIndex.Status status = check.checkIndex();
            return status.clean
                    ? null
                    : "index check failed: " + status.numBadSegments + " bad segment(s), missing segments: "
                            + status.missingSegments;
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    static boolean hasIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    private static boolean hasFilesBesidesLock(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> !f.getFileName().toString().equals(WRITE_LOCK));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
