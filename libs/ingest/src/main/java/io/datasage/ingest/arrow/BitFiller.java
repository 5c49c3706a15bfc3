package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.BooleanBatch;
import org.apache.arrow.vector.BitVector;

/** boolean -> Bool. */
final class BitFiller extends FixedWidthFiller<BitVector, BooleanBatch> {

    BitFiller(BitVector vector) {
        super(vector, BooleanBatch.class);
    }

    @Override
    void set(int row, BooleanBatch values) {
        vector.set(row, values.get(row) ? 1 : 0);
    }
}
