package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.util.Arrays;

/** count(y): non-null values per group. */
final class CountValues extends Measure {

    private long[] counts = new long[0];

    CountValues(ColumnData column) {
        super(column);
    }

    @Override
    public void grow(int groups) {
        if (groups > counts.length) {
            counts = Arrays.copyOf(counts, capacity(counts.length, groups));
        }
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        Chunk chunk = column.chunk(batch);
        long[] c = counts;
        long validity = chunk.validity;
        for (int i = 0; i < len; i++) {
            int g = gid[i];
            if (g >= 0) {
                if (validity == 0 || Chunk.isSet(validity, from + i)) {
                    c[g]++;
                } else {
                    nulls++;
                }
            }
        }
    }

    @Override
    public Object value(int group) {
        return counts[group];
    }

    @Override
    public double number(int group) {
        return counts[group];
    }

    @Override
    public long count(int group) {
        return counts[group];
    }
}
