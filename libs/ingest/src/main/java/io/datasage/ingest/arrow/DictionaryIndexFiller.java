package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.IndexBatch;
import org.apache.arrow.vector.IntVector;

/** category -> Int32 indexes into the column's Utf8 dictionary. */
final class DictionaryIndexFiller extends FixedWidthFiller<IntVector, IndexBatch> {

    DictionaryIndexFiller(IntVector vector) {
        super(vector, IndexBatch.class);
    }

    @Override
    void set(int row, IndexBatch values) {
        vector.set(row, values.get(row));
    }
}
