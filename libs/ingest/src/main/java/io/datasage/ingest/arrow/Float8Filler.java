package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.DoubleBatch;
import org.apache.arrow.vector.Float8Vector;

/** decimal -> Float64. */
final class Float8Filler extends FixedWidthFiller<Float8Vector, DoubleBatch> {

    Float8Filler(Float8Vector vector) {
        super(vector, DoubleBatch.class);
    }

    @Override
    void set(int row, DoubleBatch values) {
        vector.set(row, values.get(row));
    }
}
