package io.datasage.ingest.batch;

import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;

/** Picks the converter for a column's type. */
public final class Converters {

    private Converters() {}

    public static ColumnConverter<?> forSpec(ColumnSpec spec, NullTokens nullTokens, int capacity) {
        switch (spec.type()) {
            case INTEGER:
                return new IntegerConverter(spec, nullTokens, capacity);
            case DECIMAL:
                return new DecimalConverter(spec, nullTokens, capacity);
            case BOOLEAN:
                return new BooleanConverter(spec, nullTokens, capacity);
            case DATE:
                return new DateConverter(spec, nullTokens, capacity);
            case DATETIME:
                return new DateTimeConverter(spec, nullTokens, capacity);
            case CATEGORY:
                return new CategoryConverter(spec, nullTokens, capacity);
            default:
                return new TextConverter(spec, nullTokens, capacity);
        }
    }
}
