package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;

/** median: the 0.5 quantile by linear interpolation (DuckDB's {@code median} / {@code quantile_cont(0.5)}). */
final class Median extends Measure {

    private final ValueCollector collector;
    private double[] medians;
    private long[] counts;

    Median(ColumnData column) {
        super(column);
        this.collector = new ValueCollector(column);
    }

    @Override
    public void grow(int groups) {}

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        collector.add(batch, from, len, gid);
    }

    @Override
    public void finish(int groups) {
        collector.layOut(groups);
        medians = new double[groups];
        counts = new long[groups];
        double[] values = collector.values();
        for (int g = 0; g < groups; g++) {
            int from = collector.from(g);
            int to = collector.to(g);
            counts[g] = to - from;
            medians[g] = to > from ? Quantiles.cont(values, from, to, 0.5) : Double.NaN;
        }
        nulls = collector.nulls();
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
