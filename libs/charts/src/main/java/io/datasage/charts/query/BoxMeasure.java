package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;

/** Collects a numeric column per group and summarises each group as a {@link BoxStats}; its value is the median. */
public final class BoxMeasure extends CollectedMeasure {

    private final int maxOutliers;
    private BoxStats[] stats;

    public BoxMeasure(ColumnData column, int maxOutliers) {
        super(column);
        this.maxOutliers = maxOutliers;
    }

    @Override
    void prepare(int groups) {
        stats = new BoxStats[groups];
    }

    @Override
    void summarise(int group, double[] values, int from, int to) {
        stats[group] = to > from ? BoxStats.of(values, from, to, maxOutliers) : null;
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
