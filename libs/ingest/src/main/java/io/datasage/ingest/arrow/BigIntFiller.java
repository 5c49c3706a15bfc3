package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.LongBatch;
import org.apache.arrow.vector.BigIntVector;

/** integer -> Int64. */
final class BigIntFiller extends FixedWidthFiller<BigIntVector, LongBatch> {

    BigIntFiller(BigIntVector vector) {
        super(vector, LongBatch.class);
    }

    @Override
    void set(int row, LongBatch values) {
        vector.set(row, values.get(row));
    }
}
