package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.util.Arrays;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * sum and mean of a decimal column with Neumaier (improved Kahan) compensation, so a million-row total is exact
 * to the last representable digit rather than drifting with row order.
 */
final class SumDouble extends Measure {

    private final boolean mean;
    private double[] sums = new double[0];
    private double[] compensations = new double[0];
    private long[] counts = new long[0];

    SumDouble(ColumnData column, boolean mean) {
        super(column);
        this.mean = mean;
    }

    @Override
    public void grow(int groups) {
        if (groups > sums.length) {
            int capacity = capacity(sums.length, groups);
            sums = Arrays.copyOf(sums, capacity);
            compensations = Arrays.copyOf(compensations, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        Chunk chunk = column.chunk(batch);
        long base = chunk.data + ((long) from << 3);
        long validity = chunk.validity;
        double[] s = sums;
        double[] c = compensations;
        long[] n = counts;
        if (validity == 0) {
            for (int i = 0; i < len; i++) {
                int g = gid[i];
                if (g >= 0) {
                    accumulate(s, c, n, g, Double.longBitsToDouble(MemoryUtil.getLong(base + ((long) i << 3))));
                }
            }
            return;
        }
        for (int i = 0; i < len; i++) {
            int g = gid[i];
            if (g >= 0) {
                if (!Chunk.isSet(validity, from + i)) {
                    nulls++;
                    continue;
                }
                accumulate(s, c, n, g, Double.longBitsToDouble(MemoryUtil.getLong(base + ((long) i << 3))));
            }
        }
    }

    /** One Neumaier step for both loops; a small private static method, so the JIT inlines it into each. */
    private static void accumulate(double[] sums, double[] compensations, long[] counts, int g, double v) {
        double sum = sums[g];
        double t = sum + v;
        compensations[g] += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
        sums[g] = t;
        counts[g]++;
    }

    @Override
    public Object value(int group) {
        return counts[group] == 0 ? null : number(group);
    }

    @Override
    public double number(int group) {
        if (counts[group] == 0) {
            return Double.NaN;
        }
        double total = sums[group] + compensations[group];
        return mean ? total / counts[group] : total;
    }

    @Override
    public long count(int group) {
        return counts[group];
    }
}
