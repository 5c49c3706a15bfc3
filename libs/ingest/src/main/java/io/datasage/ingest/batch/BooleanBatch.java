package io.datasage.ingest.batch;

/** Booleans. */
public final class BooleanBatch extends ColumnBatch {

    private final boolean[] values;

    public BooleanBatch(int capacity) {
        super(capacity);
        this.values = new boolean[capacity];
    }

    public boolean get(int row) {
        return values[row];
    }

    void set(int row, boolean value) {
        values[row] = value;
        setValid(row, true);
    }
}
