package io.datasage.ingest.batch;

import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.infer.TemporalParser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Date-time columns, stored as UTC milliseconds; values without a time are midnight. */
public final class DateTimeConverter extends ColumnConverter<LongBatch> {

    private final TemporalParser parser = new TemporalParser();
    private final DateShapes shapes = new DateShapes();

    public DateTimeConverter(ColumnSpec spec, NullTokens nullTokens, int capacity) {
        super(spec, nullTokens, new LongBatch(capacity), new LongBatch(capacity));
    }

    @Override
    protected boolean convert(LongBatch batch, int row, String raw, String trimmed) {
        int mask = parser.parse(trimmed);
        if ((mask & spec().dateStyle().bit()) == 0) {
            return false;
        }
        batch.set(row, parser.epochMillis(spec().dateStyle()));
        shapes.add(trimmed);
        return true;
    }

    @Override
    public Object preview(int row) {
        LongBatch batch = current();
        return batch.isValid(row)
                ? LocalDateTime.ofInstant(Instant.ofEpochMilli(batch.get(row)), ZoneOffset.UTC)
                : null;
    }

    public DateShapes shapes() {
        return shapes;
    }
}
