package io.datasage.ingest.batch;

import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.infer.TemporalParser;
import java.time.LocalDate;

/** Date columns, stored as days since 1970-01-01. */
public final class DateConverter extends ColumnConverter<LongBatch> {

    private final TemporalParser parser = new TemporalParser();
    private final DateShapes shapes = new DateShapes();

    public DateConverter(ColumnSpec spec, NullTokens nullTokens, int capacity) {
        super(spec, nullTokens, new LongBatch(capacity), new LongBatch(capacity));
    }

    @Override
    protected boolean convert(LongBatch batch, int row, String raw, String trimmed) {
        int mask = parser.parse(trimmed);
        if ((mask & spec().dateStyle().bit()) == 0 || parser.hasTime()) {
            return false;
        }
        batch.set(row, parser.epochDay(spec().dateStyle()));
        shapes.add(trimmed);
        return true;
    }

    @Override
    public Object preview(int row) {
        LongBatch batch = current();
        return batch.isValid(row) ? LocalDate.ofEpochDay(batch.get(row)) : null;
    }

    public DateShapes shapes() {
        return shapes;
    }
}
