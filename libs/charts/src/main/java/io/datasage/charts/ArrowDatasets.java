package io.datasage.charts;

import io.datasage.charts.data.ArrowFileMapper;
import io.datasage.charts.data.DatasetHandle;
import io.datasage.charts.data.TableData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A size-bounded LRU of open, memory-mapped Arrow datasets, shared by every render in a service. Entries are
 * keyed by path and validated by file size, modification time and file identity (inode), so a file rewritten or
 * replaced is reopened.
 * The budget counts the bytes of the mapped files; when it is exceeded the least recently opened datasets are
 * dropped from the cache, but each stays mapped until the handles and renders still using it are done (reference
 * counting), so eviction is always safe. Thread-safe.
 *
 * <p>Dataset files must be replaced by rename (write a temporary file, then move it over the old one), never
 * truncated and rewritten in place: readers keep the old file's pages mapped, and a mapped file that shrinks under
 * them makes their reads fail.
 *
 * <pre>{@code
 * try (ArrowDatasets datasets = new ArrowDatasets(2L << 30); Dataset data = datasets.open(file)) {
 *     ChartResult result = new ChartEngine(ChartOptions.defaults()).render(data, spec);
 * }
 * }</pre>
 */
public final class ArrowDatasets implements AutoCloseable {

    private final long maxBytes;
    private final LinkedHashMap<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private boolean closed;

    /** @param maxBytes bytes of Arrow files kept open; the most recently opened file is kept even if larger */
    public ArrowDatasets(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Opens {@code arrowFile}, from the cache when its size and modification time are unchanged. The returned
     * handle should be closed when the caller is done with it (it is also released when garbage-collected).
     *
     * @throws UncheckedIOException when the file cannot be read or is not an Arrow IPC file
     */
    public synchronized Dataset open(Path arrowFile) {
        if (closed) {
            throw new IllegalStateException("ArrowDatasets is closed");
        }
        Path key = arrowFile.toAbsolutePath().normalize();
        BasicFileAttributes attributes = attributes(key);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Object fileKey = attributes.fileKey();
        Entry entry = entries.get(key);
        if (entry != null
                && entry.size == size
                && entry.modified == modified
                && Objects.equals(entry.fileKey, fileKey)) {
            return new DatasetHandle(entry.table);
        }
        if (entry != null) {
            drop(key);
        }
        TableData table = map(key);
        entries.put(key, new Entry(size, modified, fileKey, table));
        bytes += table.byteSize();
        DatasetHandle handle = new DatasetHandle(table);
        evict(key);
        return handle;
    }

    /**
     * Opens {@code arrowFile} into the cache ahead of its first render (the footer, dictionaries and column
     * buffers' bounds read once); false when it cannot be read, which the first render will then report.
     */
    public boolean prepare(Path arrowFile) {
        try (Dataset ignored = open(arrowFile)) {
            return true;
        } catch (UncheckedIOException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * Opens a file outside any cache: the data is unmapped when the returned handle is closed (or collected).
     * Handy for tools, tests and benchmarks.
     */
    public static Dataset openUncached(Path arrowFile) {
        TableData table = map(arrowFile.toAbsolutePath().normalize());
        DatasetHandle handle = new DatasetHandle(table);
        table.release();
        return handle;
    }

    /** Bytes of the files currently held by the cache. */
    public synchronized long cachedBytes() {
        return bytes;
    }

    /** Number of datasets currently held by the cache. */
    public synchronized int size() {
        return entries.size();
    }

    /** Drops {@code arrowFile} from the cache (e.g. after the dataset was deleted); open handles stay usable. */
    public synchronized void invalidate(Path arrowFile) {
        drop(arrowFile.toAbsolutePath().normalize());
    }

    /**
     * Drops every cached file under {@code dir} (a dataset's folder, all its versions: the dataset was deleted or
     * replaced); open handles stay usable. Returns how many were dropped.
     */
    public synchronized int invalidateUnder(Path dir) {
        Path prefix = dir.toAbsolutePath().normalize();
        List<Path> under = new ArrayList<>();
        for (Path key : entries.keySet()) {
            if (key.startsWith(prefix)) {
                under.add(key);
            }
        }
        under.forEach(this::drop);
        return under.size();
    }

    /** Drops every cached dataset; open handles stay usable until closed. */
    @Override
    public synchronized void close() {
        closed = true;
        for (Entry entry : entries.values()) {
            entry.table.release();
        }
        entries.clear();
        bytes = 0;
    }

    private void evict(Path keep) {
        Iterator<Map.Entry<Path, Entry>> it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<Path, Entry> eldest = it.next();
            if (eldest.getKey().equals(keep)) {
                continue;
            }
            it.remove();
            bytes -= eldest.getValue().table.byteSize();
            eldest.getValue().table.release();
        }
    }

    private void drop(Path key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.table.byteSize();
            old.table.release();
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset file " + file + ": " + e.getMessage(), e);
        }
    }

    private static TableData map(Path file) {
        try {
            return ArrowFileMapper.map(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open dataset " + file + ": " + e.getMessage(), e);
        }
    }

    private record Entry(long size, long modified, Object fileKey, TableData table) {}
}
