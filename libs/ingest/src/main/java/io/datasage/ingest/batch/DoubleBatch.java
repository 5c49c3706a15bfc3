package io.datasage.ingest.batch;

/** Decimal numbers. */
public final class DoubleBatch extends ColumnBatch {

    private final double[] values;

    public DoubleBatch(int capacity) {
        super(capacity);
        this.values = new double[capacity];
    }

    public double get(int row) {
        return values[row];
    }

    void set(int row, double value) {
        values[row] = value;
        setValid(row, true);
    }
}
