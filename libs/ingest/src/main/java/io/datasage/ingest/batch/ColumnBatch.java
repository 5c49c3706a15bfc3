package io.datasage.ingest.batch;

/** One column's typed values for the rows of one record batch; reused from batch to batch. */
public abstract class ColumnBatch {

    private final boolean[] valid;

    protected ColumnBatch(int capacity) {
        this.valid = new boolean[capacity];
    }

    /** False for nulls and invalid values. */
    public final boolean isValid(int row) {
        return valid[row];
    }

    final void setValid(int row, boolean value) {
        valid[row] = value;
    }

    public final int capacity() {
        return valid.length;
    }
}
