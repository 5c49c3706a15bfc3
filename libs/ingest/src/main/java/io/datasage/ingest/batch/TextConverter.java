package io.datasage.ingest.batch;

import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;

/** Text columns: values as written. */
public final class TextConverter extends ColumnConverter<StringBatch> {

    public TextConverter(ColumnSpec spec, NullTokens nullTokens, int capacity) {
        super(spec, nullTokens, new StringBatch(capacity), new StringBatch(capacity));
    }

    @Override
    protected boolean convert(StringBatch batch, int row, String raw, String trimmed) {
        batch.set(row, raw);
        return true;
    }

    @Override
    protected void clear(StringBatch batch, int row) {
        super.clear(batch, row);
        batch.clear(row);
    }

    @Override
    public Object preview(int row) {
        StringBatch batch = current();
        return batch.isValid(row) ? batch.get(row) : null;
    }
}
