package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.BooleanBatch;
import io.datasage.ingest.batch.ColumnBatch;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;

/** boolean -> Bool. */
final class BitFiller implements VectorFiller {

    private final BitVector vector;

    BitFiller(BitVector vector) {
        this.vector = vector;
    }

    @Override
    public FieldVector vector() {
        return vector;
    }

    @Override
    public void fill(ColumnBatch batch, int rows) {
        BooleanBatch values = (BooleanBatch) batch;
        vector.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
            if (values.isValid(i)) {
                vector.set(i, values.get(i) ? 1 : 0);
            } else {
                vector.setNull(i);
            }
        }
        vector.setValueCount(rows);
    }
}
