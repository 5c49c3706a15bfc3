package io.datasage.ingest.batch;

import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.infer.NumberParser;

/** Decimal columns: any number in the column's separator style, with currency or percent signs dropped. */
public final class DecimalConverter extends ColumnConverter<DoubleBatch> {

    private final NumberParser parser = new NumberParser();

    public DecimalConverter(ColumnSpec spec, NullTokens nullTokens, int capacity) {
        super(spec, nullTokens, new DoubleBatch(capacity), new DoubleBatch(capacity));
    }

    @Override
    protected boolean convert(DoubleBatch batch, int row, String raw, String trimmed) {
        if (!parser.parse(trimmed, spec().numberStyle()) || !parser.ok(spec().numberStyle())) {
            return false;
        }
        batch.set(row, parser.value(spec().numberStyle()));
        return true;
    }

    @Override
    public Object preview(int row) {
        DoubleBatch batch = current();
        return batch.isValid(row) ? batch.get(row) : null;
    }
}
