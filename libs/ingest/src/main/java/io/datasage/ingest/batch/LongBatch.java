package io.datasage.ingest.batch;

/** Integers, dates (days since 1970-01-01) or date-times (UTC milliseconds since the epoch). */
public final class LongBatch extends ColumnBatch {

    private final long[] values;

    public LongBatch(int capacity) {
        super(capacity);
        this.values = new long[capacity];
    }

    public long get(int row) {
        return values[row];
    }

    void set(int row, long value) {
        values[row] = value;
        setValid(row, true);
    }
}
