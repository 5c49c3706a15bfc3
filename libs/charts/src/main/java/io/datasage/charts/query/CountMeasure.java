package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;
import java.util.Arrays;

/** What the count aggregations share: one count per group, which is also the result (0, never null). */
abstract class CountMeasure extends Measure {

    protected long[] counts = new long[0];

    CountMeasure(ColumnData column) {
        super(column);
    }

    @Override
    public final void grow(int groups) {
        if (groups > counts.length) {
            counts = Arrays.copyOf(counts, capacity(counts.length, groups));
        }
    }

    @Override
    public final Object value(int group) {
        return counts[group];
    }

    @Override
    public final double number(int group) {
        return counts[group];
    }

    @Override
    public final long count(int group) {
        return counts[group];
    }
}
