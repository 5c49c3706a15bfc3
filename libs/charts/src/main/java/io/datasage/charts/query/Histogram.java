package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.data.TableData;
import java.util.Arrays;

/** Counts a numeric or temporal column's filtered, non-null values per {@link Bins bin}. */
public final class Histogram {

    /** Bins and counts; {@code bins} is null when no value matched. */
    public record Result(
            Bins bins,
            long[] counts,
            long values,
            double min,
            double max,
            long nulls,
            long rowsScanned,
            long rowsMatched) {}

    private static final int IQR_SAMPLE = 100_000;

    private Histogram() {}

    /** Receives one filtered, non-null value. */
    private interface ValueSink {
        void accept(double value);
    }

    /**
     * Two passes over the column (min, max, count and a sample for the IQR; then the counts per bin) rather than
     * collecting every value: a million-row histogram then allocates a sample, not a 12 MB array per request, which
     * in a service's small heap meant a full collection every few renders.
     */
    public static Result compute(TableData table, FilterSet filters, ColumnData column, Integer bins, int maxAutoBins) {
        long[] counters = new long[3];
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        // Every step-th value feeds the IQR, which only the automatic bin width depends on, never a count.
        long step = Math.max(1, table.rowCount() / IQR_SAMPLE);
        double[][] sample = {new double[bins == null ? (int) Math.min(IQR_SAMPLE * 2L, table.rowCount()) + 1 : 0]};
        int[] sampled = {0};
        long[] seen = {0};
        // A countdown rather than a division per value: this loop runs once per row.
        long[] untilSample = {1};
        boolean sampling = bins == null;
        forEachValue(table, filters, column, counters, v -> {
            range[0] = Math.min(range[0], v);
            range[1] = Math.max(range[1], v);
            seen[0]++;
            if (sampling && --untilSample[0] == 0) {
                untilSample[0] = step;
                if (sampled[0] == sample[0].length) {
                    sample[0] = Arrays.copyOf(sample[0], Math.max(16, sampled[0] * 2));
                }
                sample[0][sampled[0]++] = v;
            }
        });
        long n = seen[0];
        long nulls = counters[2];
        if (n == 0) {
            return new Result(null, new long[0], 0, Double.NaN, Double.NaN, nulls, counters[0], counters[1]);
        }
        double min = range[0];
        double max = range[1];
        double iqr = bins == null && n > 1 ? iqr(sample[0], sampled[0]) : 0;
        boolean integral = column.type() != ColumnType.DECIMAL;
        Bins edges = Bins.of(min, max, bins, integral, iqr, n, maxAutoBins);
        long[] counts = new long[edges.count()];
        forEachValue(table, filters, column, new long[3], v -> counts[edges.indexOf(v)]++);
        return new Result(edges, counts, n, min, max, nulls, counters[0], counters[1]);
    }

    private static double iqr(double[] sample, int size) {
        double[] quartiles = Quantiles.cont(sample, 0, size, new double[] {0.25, 0.75});
        return quartiles[1] - quartiles[0];
    }

    /** Visits the filtered, non-null values; counts rows scanned, matched and null into {@code counters}. */
    private static void forEachValue(
            TableData table, FilterSet filters, ColumnData column, long[] counters, ValueSink sink) {
        boolean integer = column.type() != ColumnType.DECIMAL;
        boolean date = column.type() == ColumnType.DATE;
        int[] ids = new int[Windows.SIZE];
        Windows.forEach(table, (batch, from, len) -> {
            counters[0] += len;
            counters[1] += filters.mask(batch, from, len, ids);
            Chunk chunk = column.chunk(batch);
            for (int i = 0; i < len; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                int row = from + i;
                if (!chunk.isValid(row)) {
                    counters[2]++;
                } else {
                    sink.accept(!integer ? chunk.getDouble(row) : date ? chunk.getInt(row) : chunk.getLong(row));
                }
            }
        });
    }
}
