package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.DoubleBatch;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;

/** decimal -> Float64. */
final class Float8Filler implements VectorFiller {

    private final Float8Vector vector;

    Float8Filler(Float8Vector vector) {
        this.vector = vector;
    }

    @Override
    public FieldVector vector() {
        return vector;
    }

    @Override
    public void fill(ColumnBatch batch, int rows) {
        DoubleBatch values = (DoubleBatch) batch;
        vector.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
            if (values.isValid(i)) {
                vector.set(i, values.get(i));
            } else {
                vector.setNull(i);
            }
        }
        vector.setValueCount(rows);
    }
}
