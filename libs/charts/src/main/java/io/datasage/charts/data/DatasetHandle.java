package io.datasage.charts.data;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.Dataset;
import java.lang.ref.Cleaner;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * One caller's reference to a mapped table. Closing it (or losing it to the garbage collector) releases the
 * reference exactly once; the table is unmapped when its last reference goes.
 */
public final class DatasetHandle implements Dataset {

    private static final Cleaner CLEANER = Cleaner.create();

    private final TableData table;
    private final Release release;
    private final Cleaner.Cleanable cleanable;

    /** Takes a new reference on {@code table}. */
    public DatasetHandle(TableData table) {
        table.retain();
        this.table = table;
        this.release = new Release(table);
        this.cleanable = CLEANER.register(this, release);
    }

    /** The handle behind a {@link Dataset} the engine was given. */
    public static DatasetHandle of(Dataset dataset) {
        if (dataset instanceof DatasetHandle) {
            return (DatasetHandle) dataset;
        }
        throw new IllegalArgumentException(
                "datasets must come from ArrowDatasets.open or ArrowDatasets.openUncached, got " + dataset.getClass());
    }

    /**
     * The table, with an extra reference the caller must {@link TableData#release() release}: a render holds it so
     * that eviction or a concurrent close cannot unmap the data under it.
     */
    public TableData acquire() {
        if (release.done.get()) {
            throw new IllegalStateException("dataset " + table.path() + " was closed by its caller");
        }
        table.retain();
        return table;
    }

    @Override
    public Schema schema() {
        return table.schema();
    }

    @Override
    public long rowCount() {
        return table.rowCount();
    }

    @Override
    public List<ColumnInfo> columns() {
        return table.columnInfos();
    }

    @Override
    public List<String> categoryValues(String column) {
        TableData data = acquire();
        try {
            ColumnData c = data.column(column);
            return c == null || c.categories() == null ? List.of() : List.of(c.categories());
        } finally {
            data.release();
        }
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    /** Whether the data behind this handle is still mapped (for diagnostics and tests). */
    public boolean isMapped() {
        return table.isOpen();
    }

    /** References on the data: the cache's, open handles' and running renders' (for diagnostics and tests). */
    public int references() {
        return table.references();
    }

    @Override
    public String toString() {
        return "Dataset[" + table.path() + ", " + table.rowCount() + " rows]";
    }

    /** Runs once, from close() or from the cleaner; must not reference the handle. */
    private static final class Release implements Runnable {
        private final TableData table;
        private final AtomicBoolean done = new AtomicBoolean();

        Release(TableData table) {
            this.table = table;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                table.release();
            }
        }
    }
}
