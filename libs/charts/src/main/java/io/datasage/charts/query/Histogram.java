package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.data.TableData;

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

    /**
     * The interquartile range, from every k-th value when there are more than {@value #IQR_SAMPLE} (only the
     * automatic bin width depends on it, never a count).
     */
    private static double iqr(double[] values) {
        int n = values.length;
        double[] sample = values;
        if (n > IQR_SAMPLE) {
            int step = n / IQR_SAMPLE;
            sample = new double[n / step];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = values[i * step];
            }
        }
        double[] quartiles = Quantiles.cont(sample, 0, sample.length, new double[] {0.25, 0.75});
        return quartiles[1] - quartiles[0];
    }

    public static Result compute(TableData table, FilterSet filters, ColumnData column, Integer bins, int maxAutoBins) {
        ValueCollector collector = new ValueCollector(column);
        int[] ids = new int[Windows.SIZE];
        long[] counters = new long[2];
        Windows.forEach(table, (batch, from, len) -> {
            counters[0] += len;
            counters[1] += filters.mask(batch, from, len, ids);
            collector.add(batch, from, len, ids);
        });
        collector.layOut(1);
        double[] values = collector.values();
        int n = values.length;
        if (n == 0) {
            return new Result(
                    null, new long[0], 0, Double.NaN, Double.NaN, collector.nulls(), counters[0], counters[1]);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double iqr = bins == null && n > 1 ? iqr(values) : 0;
        boolean integral = column.type() != ColumnType.DECIMAL;
        Bins edges = Bins.of(min, max, bins, integral, iqr, n, maxAutoBins);
        long[] counts = new long[edges.count()];
        for (double v : values) {
            counts[edges.indexOf(v)]++;
        }
        return new Result(edges, counts, n, min, max, collector.nulls(), counters[0], counters[1]);
    }
}
