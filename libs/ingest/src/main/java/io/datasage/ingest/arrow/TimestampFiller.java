package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.LongBatch;
import org.apache.arrow.vector.TimeStampMilliVector;

/** datetime -> Timestamp(MILLISECOND, no zone), holding UTC wall-clock milliseconds. */
final class TimestampFiller extends FixedWidthFiller<TimeStampMilliVector, LongBatch> {

    TimestampFiller(TimeStampMilliVector vector) {
        super(vector, LongBatch.class);
    }

    @Override
    void set(int row, LongBatch values) {
        vector.set(row, values.get(row));
    }
}
