package io.datasage.ingest.stats;

import io.datasage.ingest.batch.ColumnBatch;

/** Accumulates one column's statistics from its typed batches in the second pass. */
public abstract class ColumnStats {

    /** Adds the first {@code rows} rows of a batch. */
    public abstract void accept(ColumnBatch batch, int rows);

    /** Fills the type-specific parts of the column's profile; called once, after the last batch. */
    abstract void finish(ColumnProfileParts parts);
}
