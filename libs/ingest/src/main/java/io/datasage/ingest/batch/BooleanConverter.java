package io.datasage.ingest.batch;

import io.datasage.ingest.infer.BooleanParser;
import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;

/** Boolean columns. */
public final class BooleanConverter extends ColumnConverter<BooleanBatch> {

    public BooleanConverter(ColumnSpec spec, NullTokens nullTokens, int capacity) {
        super(spec, nullTokens, new BooleanBatch(capacity), new BooleanBatch(capacity));
    }

    @Override
    protected boolean convert(BooleanBatch batch, int row, String raw, String trimmed) {
        int value = BooleanParser.parse(trimmed);
        if (value == BooleanParser.NOT_BOOLEAN) {
            return false;
        }
        batch.set(row, value == 1);
        return true;
    }

    @Override
    public Object preview(int row) {
        BooleanBatch batch = current();
        return batch.isValid(row) ? batch.get(row) : null;
    }
}
