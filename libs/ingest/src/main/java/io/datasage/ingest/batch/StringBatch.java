package io.datasage.ingest.batch;

/** Text values as written. */
public final class StringBatch extends ColumnBatch {

    private final String[] values;

    public StringBatch(int capacity) {
        super(capacity);
        this.values = new String[capacity];
    }

    public String get(int row) {
        return values[row];
    }

    void set(int row, String value) {
        values[row] = value;
        setValid(row, true);
    }

    void clear(int row) {
        // Drop the reference so a batch never keeps old strings alive.
        values[row] = null;
    }
}
