package io.datasage.ingest.stats;

import java.util.Arrays;

/** The few smallest and largest values seen, for outlier examples when a column is only sketched. */
final class Extremes {

    private final double[] low;
    private final double[] high;
    private int lowCount;
    private int highCount;

    Extremes(int k) {
        this.low = new double[k];
        this.high = new double[k];
    }

    void add(double v) {
        lowCount = insert(low, lowCount, v, true);
        highCount = insert(high, highCount, v, false);
    }

    /** Keeps {@code kept} sorted (ascending for lows, descending for highs); returns the new size. */
    private static int insert(double[] kept, int size, double v, boolean ascending) {
        if (size == kept.length && (ascending ? v >= kept[size - 1] : v <= kept[size - 1])) {
            return size;
        }
        int i = Math.min(size, kept.length - 1);
        while (i > 0 && (ascending ? kept[i - 1] > v : kept[i - 1] < v)) {
            kept[i] = kept[i - 1];
            i--;
        }
        kept[i] = v;
        return Math.min(size + 1, kept.length);
    }

    double[] lowest(int k) {
        return Arrays.copyOf(low, Math.min(k, lowCount));
    }

    double[] highest(int k) {
        return Arrays.copyOf(high, Math.min(k, highCount));
    }
}
