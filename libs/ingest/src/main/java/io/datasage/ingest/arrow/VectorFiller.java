package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import org.apache.arrow.vector.FieldVector;

/** Copies one column's batch into its Arrow vector; one small implementation per column type. */
interface VectorFiller {

    FieldVector vector();

    void fill(ColumnBatch batch, int rows);
}
