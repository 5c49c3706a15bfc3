package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import org.apache.arrow.vector.BaseFixedWidthVector;

/** A filler for fixed-width vectors, which the row count alone sizes. */
abstract class FixedWidthFiller<V extends BaseFixedWidthVector, B extends ColumnBatch> extends VectorFiller<V, B> {

    FixedWidthFiller(V vector, Class<B> batchType) {
        super(vector, batchType);
    }

    @Override
    final void allocate(int rows) {
        vector.allocateNew(rows);
    }
}
