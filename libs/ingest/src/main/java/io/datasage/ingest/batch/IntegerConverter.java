package io.datasage.ingest.batch;

import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.infer.NumberParser;

/** Integer columns: whole numbers in the column's separator style, with currency or percent signs dropped. */
public final class IntegerConverter extends ColumnConverter<LongBatch> {

    private final NumberParser parser = new NumberParser();

    public IntegerConverter(ColumnSpec spec, NullTokens nullTokens, int capacity) {
        super(spec, nullTokens, new LongBatch(capacity), new LongBatch(capacity));
    }

    @Override
    protected boolean convert(LongBatch batch, int row, String raw, String trimmed) {
        if (!parser.parse(trimmed, spec().numberStyle())
                || !parser.ok(spec().numberStyle())
                || !parser.integral(spec().numberStyle())) {
            return false;
        }
        batch.set(row, parser.longValue(spec().numberStyle()));
        return true;
    }

    @Override
    public Object preview(int row) {
        LongBatch batch = current();
        return batch.isValid(row) ? batch.get(row) : null;
    }
}
