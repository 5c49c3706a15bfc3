package io.datasage.charts.query;

import java.util.Arrays;

/** count with no y column: rows per group. */
final class CountRows extends Measure {

    private long[] counts = new long[0];

    CountRows() {
        super(null);
    }

    @Override
    public void grow(int groups) {
        if (groups > counts.length) {
            counts = Arrays.copyOf(counts, capacity(counts.length, groups));
        }
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        long[] c = counts;
        for (int i = 0; i < len; i++) {
            int g = gid[i];
            if (g >= 0) {
                c[g]++;
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
