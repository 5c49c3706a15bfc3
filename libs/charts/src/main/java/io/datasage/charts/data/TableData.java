package io.datasage.charts.data;

import io.datasage.charts.ColumnInfo;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The columns of one memory-mapped Arrow file, shared by every handle and render that uses it. Reference counted:
 * created with one reference (its opener's), unmapped when the last reference is released, so a dataset evicted
 * from the cache stays readable until the renders using it finish.
 */
public final class TableData {

    private final Path path;
    private final Schema schema;
    private final long byteSize;
    private final int[] batchLengths;
    private final long rowCount;
    private final Map<String, ColumnData> columns;
    private final List<ColumnInfo> infos;
    private final MappedByteBuffer[] segments;
    private final AtomicInteger refs = new AtomicInteger(1);

    TableData(
            Path path,
            Schema schema,
            long byteSize,
            int[] batchLengths,
            List<ColumnData> columns,
            MappedByteBuffer[] segments) {
        this.path = path;
        this.schema = schema;
        this.byteSize = byteSize;
        this.batchLengths = batchLengths;
        long rows = 0;
        for (int length : batchLengths) {
            rows += length;
        }
        this.rowCount = rows;
        Map<String, ColumnData> byName = new LinkedHashMap<>();
        List<ColumnInfo> list = new ArrayList<>();
        for (ColumnData column : columns) {
            byName.put(column.name(), column);
            list.add(column.info());
        }
        this.columns = Collections.unmodifiableMap(byName);
        this.infos = List.copyOf(list);
        this.segments = segments;
    }

    public Path path() {
        return path;
    }

    public Schema schema() {
        return schema;
    }

    /** Size of the Arrow file in bytes (what the cache budgets). */
    public long byteSize() {
        return byteSize;
    }

    public long rowCount() {
        return rowCount;
    }

    public int batchCount() {
        return batchLengths.length;
    }

    public int batchLength(int batch) {
        return batchLengths[batch];
    }

    /** Longest batch, for sizing scratch buffers. */
    public int maxBatchLength() {
        int max = 0;
        for (int length : batchLengths) {
            max = Math.max(max, length);
        }
        return max;
    }

    public List<ColumnInfo> columnInfos() {
        return infos;
    }

    /** The column with exactly this name, or null. */
    public ColumnData column(String name) {
        return columns.get(name);
    }

    /** Adds a reference; fails when the data was already unmapped. */
    public void retain() {
        while (true) {
            int current = refs.get();
            if (current <= 0) {
                throw new IllegalStateException("dataset " + path + " is closed");
            }
            if (refs.compareAndSet(current, current + 1)) {
                return;
            }
        }
    }

    /** Drops a reference; the last one unmaps the file. */
    public void release() {
        int left = refs.decrementAndGet();
        if (left == 0) {
            for (int i = 0; i < segments.length; i++) {
                Unmapper.unmap(segments[i]);
                segments[i] = null;
            }
        } else if (left < 0) {
            refs.set(0);
            throw new IllegalStateException("dataset " + path + " released more often than retained");
        }
    }

    /** Whether the file is still mapped. */
    public boolean isOpen() {
        return refs.get() > 0;
    }

    /** Current reference count (for tests and diagnostics). */
    public int references() {
        return Math.max(0, refs.get());
    }
}
