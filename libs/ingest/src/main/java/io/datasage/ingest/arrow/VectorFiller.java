package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import org.apache.arrow.vector.FieldVector;

/**
 * Copies one column's batch into its Arrow vector: the loop and the nulls are here, one small subclass per column type
 * says how the vector is sized and how one value is set.
 *
 * @param <V> the Arrow vector of the column's type
 * @param <B> the batch the column's converter fills
 */
abstract class VectorFiller<V extends FieldVector, B extends ColumnBatch> {

    protected final V vector;
    private final Class<B> batchType;

    VectorFiller(V vector, Class<B> batchType) {
        this.vector = vector;
        this.batchType = batchType;
    }

    final void fill(ColumnBatch batch, int rows) {
        B values = batchType.cast(batch);
        allocate(rows);
        // One virtual call per cell, as in ColumnConverter: next to parsing the cell it does not show in the ingest
        // time, unlike the chart engine's scans, which keep a loop per type.
        for (int i = 0; i < rows; i++) {
            if (values.isValid(i)) {
                set(i, values);
            } else {
                vector.setNull(i);
            }
        }
        vector.setValueCount(rows);
    }

    /** Makes room for {@code rows} values. */
    abstract void allocate(int rows);

    /** Sets the (valid) value at {@code row}. */
    abstract void set(int row, B values);
}
