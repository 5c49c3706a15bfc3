package io.datasage.ingest.batch;

/** Category values as indexes into the column's dictionary. */
public final class IndexBatch extends ColumnBatch {

    private final int[] values;

    public IndexBatch(int capacity) {
        super(capacity);
        this.values = new int[capacity];
    }

    public int get(int row) {
        return values[row];
    }

    void set(int row, int value) {
        values[row] = value;
        setValid(row, true);
    }
}
