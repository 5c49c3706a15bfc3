package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * sum and mean of an integer (or boolean: true counts 1) column in 128-bit arithmetic, so totals are exact even
 * past the range of a long; a sum that fits a long is returned as a Long, a larger one as a BigInteger.
 */
final class SumLong extends Measure {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private final boolean mean;
    private final boolean bits;
    private long[] lows = new long[0];
    private long[] highs = new long[0];
    private long[] counts = new long[0];

    SumLong(ColumnData column, boolean mean) {
        super(column);
        this.mean = mean;
        this.bits = column.type() == ColumnType.BOOLEAN;
    }

    @Override
    public void grow(int groups) {
        if (groups > lows.length) {
            int capacity = capacity(lows.length, groups);
            lows = Arrays.copyOf(lows, capacity);
            highs = Arrays.copyOf(highs, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        Chunk chunk = column.chunk(batch);
        long validity = chunk.validity;
        long[] lo = lows;
        long[] hi = highs;
        long[] n = counts;
        if (bits) {
            for (int i = 0; i < len; i++) {
                int g = gid[i];
                if (g >= 0) {
                    int row = from + i;
                    if (validity != 0 && !Chunk.isSet(validity, row)) {
                        nulls++;
                    } else {
                        lo[g] += chunk.getBit(row) ? 1 : 0;
                        n[g]++;
                    }
                }
            }
            return;
        }
        long base = chunk.data + ((long) from << 3);
        for (int i = 0; i < len; i++) {
            int g = gid[i];
            if (g >= 0) {
                if (validity != 0 && !Chunk.isSet(validity, from + i)) {
                    nulls++;
                    continue;
                }
                long v = MemoryUtil.getLong(base + ((long) i << 3));
                long before = lo[g];
                long after = before + v;
                lo[g] = after;
                hi[g] += (v >> 63) + (Long.compareUnsigned(after, before) < 0 ? 1 : 0);
                n[g]++;
            }
        }
    }

    @Override
    public Object value(int group) {
        if (counts[group] == 0) {
            return null;
        }
        if (mean) {
            return number(group);
        }
        long lo = lows[group];
        long hi = highs[group];
        if (hi == (lo >> 63)) {
            return lo;
        }
        return big(group);
    }

    @Override
    public double number(int group) {
        long n = counts[group];
        if (n == 0) {
            return Double.NaN;
        }
        long lo = lows[group];
        boolean small = highs[group] == (lo >> 63);
        if (!mean) {
            return small ? (double) lo : big(group).doubleValue();
        }
        if (small && Math.abs(lo) < (1L << 53)) {
            return (double) lo / n;
        }
        BigDecimal total = small ? BigDecimal.valueOf(lo) : new BigDecimal(big(group));
        return total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
    }

    private BigInteger big(int group) {
        BigInteger low = BigInteger.valueOf(lows[group]);
        if (lows[group] < 0) {
            low = low.add(TWO_64);
        }
        return BigInteger.valueOf(highs[group]).shiftLeft(64).add(low);
    }

    @Override
    public long count(int group) {
        return counts[group];
    }
}
