package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;

/** Collects a numeric column per group and summarises each group as a {@link BoxStats}; its value is the median. */
public final class BoxMeasure extends Measure {

    private final ValueCollector collector;
    private final int maxOutliers;
    private BoxStats[] stats;

    public BoxMeasure(ColumnData column, int maxOutliers) {
        super(column);
        this.collector = new ValueCollector(column);
        this.maxOutliers = maxOutliers;
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
        stats = new BoxStats[groups];
        double[] values = collector.values();
        for (int g = 0; g < groups; g++) {
            int from = collector.from(g);
            int to = collector.to(g);
            stats[g] = to > from ? BoxStats.of(values, from, to, maxOutliers) : null;
        }
        nulls = collector.nulls();
    }

    /** The box of a group, or null when the group has no values. */
    public BoxStats stats(int group) {
        return stats[group];
    }

    @Override
    public Object value(int group) {
        return stats[group] == null ? null : stats[group].median();
    }

    @Override
    public double number(int group) {
        return stats[group] == null ? Double.NaN : stats[group].median();
    }

    @Override
    public long count(int group) {
        return stats[group] == null ? 0 : stats[group].n();
    }
}
