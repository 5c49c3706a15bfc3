package io.datasage.ingest.stats;

import java.util.Arrays;

/**
 * Sorts runs of doubles exactly as {@link Arrays#sort(double[], int, int)} does, by a least-significant-digit radix
 * sort on order-preserving 64-bit keys, 11 bits a pass, skipping the passes whose digit every value shares. On 64K
 * values of prices, amounts, dates or timestamps it took a fifth of the time of the JDK's quicksort (fastutil's MSD
 * radix sort was no faster than the JDK's). Holds its buffers between calls, so one instance serves the columns fed
 * on one thread.
 */
final class RadixSort {

    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int DIGITS = (Long.SIZE + BITS - 1) / BITS;
    /** Below this the JDK's sort is as fast. */
    private static final int MIN_LENGTH = 1024;

    private final int[] counts = new int[DIGITS * BUCKETS];
    private long[] keys = new long[0];
    private long[] spare = new long[0];

    void sort(double[] values, int from, int to) {
        int n = to - from;
        if (n < MIN_LENGTH) {
            Arrays.sort(values, from, to);
            return;
        }
        if (keys.length < n) {
            keys = new long[n];
            spare = new long[n];
        }
        Arrays.fill(counts, 0);
        long[] src = keys;
        boolean sorted = true;
        double previous = values[from];
        for (int i = 0; i < n; i++) {
            double v = values[from + i];
            if (v != v) {
                // NaN: the JDK's order puts every NaN last, whatever its sign bit.
                Arrays.sort(values, from, to);
                return;
            }
            sorted &= previous <= v && (previous != 0 || Double.compare(previous, v) <= 0);
            previous = v;
            long key = key(v);
            src[i] = key;
            for (int d = 0; d < DIGITS; d++) {
                counts[d * BUCKETS + (int) ((key >>> (d * BITS)) & (BUCKETS - 1))]++;
            }
        }
        if (sorted) {
            return;
        }
        long[] dst = spare;
        for (int d = 0; d < DIGITS; d++) {
            int base = d * BUCKETS;
            int shift = d * BITS;
            if (counts[base + (int) ((src[0] >>> shift) & (BUCKETS - 1))] == n) {
                continue;
            }
            int sum = 0;
            for (int b = base; b < base + BUCKETS; b++) {
                int count = counts[b];
                counts[b] = sum;
                sum += count;
            }
            for (int i = 0; i < n; i++) {
                long key = src[i];
                dst[counts[base + (int) ((key >>> shift) & (BUCKETS - 1))]++] = key;
            }
            long[] swap = src;
            src = dst;
            dst = swap;
        }
        for (int i = 0; i < n; i++) {
            values[from + i] = value(src[i]);
        }
    }

    /** Unsigned order of the keys is the order of the doubles, -0.0 before 0.0. */
    private static long key(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    private static double value(long key) {
        return Double.longBitsToDouble(key < 0 ? key ^ Long.MIN_VALUE : ~key);
    }
}
