package io.datasage.charts;

import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * An open dataset the engine can render charts from. A dataset obtained from {@link ArrowDatasets} is a handle
 * on shared, memory-mapped data: closing the handle tells the cache this caller is done (the data stays mapped
 * while the cache or any other handle or running render still uses it). Handles that are never closed are
 * released when garbage-collected, so forgetting {@code close()} leaks nothing for long.
 */
public interface Dataset extends AutoCloseable {

    /** The Arrow schema of the file, including columns the engine cannot chart. */
    Schema schema();

    /** Number of rows in the file. */
    long rowCount();

    /** The chartable columns in file order. */
    List<ColumnInfo> columns();

    /**
     * The distinct values of a category column (its dictionary), in dictionary order; empty for other columns.
     * Lets a planner recognise "for Technology" as a filter value without scanning rows.
     */
    List<String> categoryValues(String column);

    /** Releases this handle; idempotent. Rendering with a closed handle fails with IllegalStateException. */
    @Override
    void close();
}
