package io.datasage.ingest.batch;

import io.datasage.ingest.infer.ColumnSpec;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.infer.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts one column's raw values into typed values in the second pass, counting nulls and invalid values.
 *
 * <p>Each converter owns two batches and alternates between them ({@link #take()}), so one batch can be written and
 * profiled while the next is filled.
 *
 * @param <B> the batch type
 */
public abstract class ColumnConverter<B extends ColumnBatch> {

    private static final int EXAMPLES = 5;

    private final ColumnSpec spec;
    private final NullTokens nullTokens;
    private final List<B> buffers;
    private final List<String> invalidExamples = new ArrayList<>(EXAMPLES);
    private int current;
    private long nulls;
    private long invalid;

    protected ColumnConverter(ColumnSpec spec, NullTokens nullTokens, B first, B second) {
        this.spec = spec;
        this.nullTokens = nullTokens;
        this.buffers = List.of(first, second);
    }

    public final ColumnSpec spec() {
        return spec;
    }

    /** @param raw the field as written, or null when the row had no such field */
    public final void convert(int row, String raw) {
        B batch = buffers.get(current);
        if (raw == null) {
            nulls++;
            clear(batch, row);
            return;
        }
        String trimmed = Whitespace.trim(raw);
        if (nullTokens.isNull(trimmed)) {
            nulls++;
            clear(batch, row);
            return;
        }
        if (!convert(batch, row, raw, trimmed)) {
            invalid++;
            clear(batch, row);
            if (invalidExamples.size() < EXAMPLES && !invalidExamples.contains(raw)) {
                invalidExamples.add(raw);
            }
        }
    }

    /** Stores the value at {@code row}; false when it is not a valid value of the column's type. */
    protected abstract boolean convert(B batch, int row, String raw, String trimmed);

    /** The value at {@code row} of the batch being filled, as a Java object for previews (null for nulls). */
    public abstract Object preview(int row);

    /** Marks {@code row} null. */
    protected void clear(B batch, int row) {
        batch.setValid(row, false);
    }

    /** The batch being filled. */
    public final B current() {
        return buffers.get(current);
    }

    /** Hands over the filled batch and starts filling the other one. */
    public final B take() {
        B filled = buffers.get(current);
        current = 1 - current;
        return filled;
    }

    public final long nulls() {
        return nulls;
    }

    public final long invalid() {
        return invalid;
    }

    public final List<String> invalidExamples() {
        return List.copyOf(invalidExamples);
    }
}
