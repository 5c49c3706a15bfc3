package io.datasage.charts.query;

/**
 * Five-number summary of one box: quartiles by linear interpolation (DuckDB {@code quantile_cont}), whiskers at
 * the most extreme values within 1.5 IQR of the box, and the values beyond them (the most extreme ones first
 * when there are more than the cap).
 */
public record BoxStats(
        long n,
        double min,
        double q1,
        double median,
        double q3,
        double max,
        double mean,
        double lowerWhisker,
        double upperWhisker,
        long outlierCount,
        double[] outliers) {

    /** Statistics of {@code a[from, to)} (non-empty; reorders the range). */
    static BoxStats of(double[] a, int from, int to, int maxOutliers) {
        int n = to - from;
        double[] quartiles = Quantiles.cont(a, from, to, new double[] {0.25, 0.5, 0.75});
        double q1 = quartiles[0];
        double median = quartiles[1];
        double q3 = quartiles[2];
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr;
        double highFence = q3 + 1.5 * iqr;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double compensation = 0;
        int outside = 0;
        for (int i = from; i < to; i++) {
            double v = a[i];
            min = Math.min(min, v);
            max = Math.max(max, v);
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
            if (v < lowFence || v > highFence) {
                outside++;
            } else {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        double[] outliers = new double[outside];
        int k = 0;
        for (int i = from; i < to && k < outside; i++) {
            if (a[i] < lowFence || a[i] > highFence) {
                outliers[k++] = a[i];
            }
        }
        java.util.Arrays.sort(outliers);
        if (outliers.length > maxOutliers) {
            outliers = extremes(outliers, maxOutliers, median);
        }
        return new BoxStats(n, min, q1, median, q3, max, (sum + compensation) / n, low, high, outside, outliers);
    }

    /** Keeps the {@code keep} outliers farthest from the median, in ascending order. */
    private static double[] extremes(double[] sorted, int keep, double median) {
        int lo = 0;
        int hi = sorted.length - 1;
        boolean[] taken = new boolean[sorted.length];
        for (int i = 0; i < keep; i++) {
            if (median - sorted[lo] >= sorted[hi] - median) {
                taken[lo++] = true;
            } else {
                taken[hi--] = true;
            }
        }
        double[] kept = new double[keep];
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (taken[i]) {
                kept[k++] = sorted[i];
            }
        }
        return kept;
    }
}
