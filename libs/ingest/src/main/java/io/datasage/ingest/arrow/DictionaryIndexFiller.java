package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.IndexBatch;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;

/** category -> Int32 indexes into the column's Utf8 dictionary. */
final class DictionaryIndexFiller implements VectorFiller {

    private final IntVector vector;

    DictionaryIndexFiller(IntVector vector) {
        this.vector = vector;
    }

    @Override
    public FieldVector vector() {
        return vector;
    }

    @Override
    public void fill(ColumnBatch batch, int rows) {
        IndexBatch values = (IndexBatch) batch;
        vector.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
            if (values.isValid(i)) {
                vector.set(i, values.get(i));
            } else {
                vector.setNull(i);
            }
        }
        vector.setValueCount(rows);
    }
}
