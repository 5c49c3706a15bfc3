package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.LongBatch;
import org.apache.arrow.vector.DateDayVector;

/** date -> Date(DAY), days since 1970-01-01. */
final class DateDayFiller extends FixedWidthFiller<DateDayVector, LongBatch> {

    DateDayFiller(DateDayVector vector) {
        super(vector, LongBatch.class);
    }

    @Override
    void set(int row, LongBatch values) {
        vector.set(row, (int) values.get(row));
    }
}
