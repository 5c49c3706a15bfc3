package io.datasage.charts.query;

import java.util.Arrays;

/**
 * Quantiles by linear interpolation between closest ranks (type 7; DuckDB's {@code quantile_cont}): position
 * {@code p = q (n - 1)}, value {@code lo + (hi - lo) (p - floor p)}. Computed by selection, O(n), reordering the
 * range in place.
 */
public final class Quantiles {

    private Quantiles() {}

    /** The q-quantile of {@code a[from, to)} (non-empty); reorders that range. */
    public static double cont(double[] a, int from, int to, double q) {
        return cont(a, from, to, new double[] {q})[0];
    }

    /**
     * Several quantiles (ascending {@code qs}) of {@code a[from, to)}; each selection only searches the part of the
     * range above the previous one, so quartiles cost little more than one median.
     */
    public static double[] cont(double[] a, int from, int to, double[] qs) {
        double[] out = new double[qs.length];
        int low = from;
        for (int i = 0; i < qs.length; i++) {
            out[i] = cont(a, from, to, qs[i], low);
            low = from + (int) Math.floor(qs[i] * (to - from - 1));
        }
        return out;
    }

    /** The q-quantile, knowing that {@code a[from, low)} already holds values not above it. */
    private static double cont(double[] a, int from, int to, double q, int searchFrom) {
        int n = to - from;
        double position = q * (n - 1);
        int lower = (int) Math.floor(position);
        int k = from + lower;
        select(a, searchFrom, to, k);
        double low = a[k];
        double fraction = position - lower;
        if (fraction == 0 || k + 1 >= to) {
            return low;
        }
        double high = a[k + 1];
        for (int i = k + 2; i < to; i++) {
            if (a[i] < high) {
                high = a[i];
            }
        }
        return low + (high - low) * fraction;
    }

    /** Partially orders {@code a[from, to)} so that {@code a[k]} is its (k - from)-th smallest value. */
    static void select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        int depth = 0;
        while (hi > lo) {
            if (hi - lo < 24 || ++depth > 48) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            int mid = (lo + hi) >>> 1;
            order(a, lo, mid);
            order(a, mid, hi);
            order(a, lo, mid);
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void order(double[] a, int i, int j) {
        if (a[j] < a[i]) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
