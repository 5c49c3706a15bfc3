package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;

/** median: the 0.5 quantile by linear interpolation (DuckDB's {@code median} / {@code quantile_cont(0.5)}). */
final class Median extends CollectedMeasure {

    private double[] medians;
    private long[] counts;

    Median(ColumnData column) {
        super(column);
    }

    @Override
    void prepare(int groups) {
        medians = new double[groups];
        counts = new long[groups];
    }

    @Override
    void summarise(int group, double[] values, int from, int to) {
        counts[group] = to - from;
        medians[group] = to > from ? Quantiles.cont(values, from, to, 0.5) : Double.NaN;
    }

    @Override
    public Object value(int group) {
        return counts[group] == 0 ? null : medians[group];
    }

    @Override
    public double number(int group) {
        return medians[group];
    }

    @Override
    public long count(int group) {
        return counts[group];
    }
}
