package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;

/**
 * One pass over a source's rows. The fields of the current row are valid until the next call to {@link #next()}.
 */
public interface RowCursor extends RowView, AutoCloseable {

    /** Advances to the next row (empty lines and blank spreadsheet rows may be skipped); false at the end. */
    boolean next() throws IngestException;

    /** How far through the source this pass is, 0..1. */
    double fraction();

    @Override
    void close();
}
