package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.LongBatch;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;

/** date -> Date(DAY), days since 1970-01-01. */
final class DateDayFiller implements VectorFiller {

    private final DateDayVector vector;

    DateDayFiller(DateDayVector vector) {
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
                vector.set(i, (int) values.get(i));
            } else {
                vector.setNull(i);
            }
        }
        vector.setValueCount(rows);
    }
}
