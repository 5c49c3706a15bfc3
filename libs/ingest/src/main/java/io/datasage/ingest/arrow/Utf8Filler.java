package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.StringBatch;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.vector.VarCharVector;

/** text -> Utf8. */
final class Utf8Filler extends VectorFiller<VarCharVector, StringBatch> {

    Utf8Filler(VarCharVector vector) {
        super(vector, StringBatch.class);
    }

    @Override
    void allocate(int rows) {
        vector.allocateNew(rows * 16L, rows);
    }

    @Override
    void set(int row, StringBatch values) {
        vector.setSafe(row, values.get(row).getBytes(StandardCharsets.UTF_8));
    }
}
