package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;
import java.util.Arrays;

/** What min and max share over any column type: the direction and how many values each group has seen. */
abstract class MinMax extends Measure {

    protected final boolean max;
    protected long[] counts = new long[0];

    MinMax(ColumnData column, boolean max) {
        super(column);
        this.max = max;
    }

    @Override
    public final void grow(int groups) {
        if (groups > counts.length) {
            int capacity = capacity(counts.length, groups);
            counts = Arrays.copyOf(counts, capacity);
            growBest(capacity);
        }
    }

    /** Resizes the per-group best values to {@code capacity}, as {@link #grow} did the counts. */
    abstract void growBest(int capacity);

    @Override
    public final long count(int group) {
        return counts[group];
    }
}
