package io.datasage.ingest.arrow;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.StringBatch;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

/** text -> Utf8. */
final class Utf8Filler implements VectorFiller {

    private final VarCharVector vector;

    Utf8Filler(VarCharVector vector) {
        this.vector = vector;
    }

    @Override
    public FieldVector vector() {
        return vector;
    }

    @Override
    public void fill(ColumnBatch batch, int rows) {
        StringBatch values = (StringBatch) batch;
        vector.allocateNew(rows * 16L, rows);
        for (int i = 0; i < rows; i++) {
            if (values.isValid(i)) {
                vector.setSafe(i, values.get(i).getBytes(StandardCharsets.UTF_8));
            } else {
                vector.setNull(i);
            }
        }
        vector.setValueCount(rows);
    }
}
