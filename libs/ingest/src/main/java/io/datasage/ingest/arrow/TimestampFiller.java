package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.LongBatch;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampMilliVector;

/** datetime -> Timestamp(MILLISECOND, no zone), holding UTC wall-clock milliseconds. */
final class TimestampFiller implements VectorFiller {

    private final TimeStampMilliVector vector;

    TimestampFiller(TimeStampMilliVector vector) {
        this.vector = vector;
    }

    @Override
    public FieldVector vector() {
        return vector;
    }

    @Override
    public void fill(ColumnBatch batch, int rows) {
        LongBatch values = (LongBatch) batch;
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
