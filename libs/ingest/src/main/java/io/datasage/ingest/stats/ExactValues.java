package io.datasage.ingest.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.summary.Sum;

/**
 * All values of a column in one {@code double[]} (8 bytes per value, sized from the first pass's count), sorted once
 * at the end: every statistic is then exact and cheap.
 */
final class ExactValues implements ValueSummary {

    private final RadixSort sorter;
    private double[] values;
    private int n;
    private int sortedUpTo;
    /** Whether mean and std are computed: the profile and the outlier check both ask (two and three passes). */
    private boolean moments;

    private double mean;
    private double std;

    ExactValues(long capacity) {
        this(capacity, new RadixSort());
    }

    /** @param sorter sorts each batch; shared by the columns fed on one thread */
    ExactValues(long capacity, RadixSort sorter) {
        this.sorter = sorter;
        this.values = new double[(int) Math.max(16, capacity)];
    }

    @Override
    public void add(double value) {
        if (n == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[n++] = value;
        moments = false;
    }

    /**
     * Sorts the values added since the last call. Done per batch on the writer thread, so that {@link #seal()} only
     * has to merge a few sorted runs (the JDK's sort detects and merges them) on the critical path.
     */
    @Override
    public void endBatch() {
        sorter.sort(values, sortedUpTo, n);
        sortedUpTo = n;
        moments = false;
    }

    @Override
    public void seal() {
        Arrays.sort(values, 0, n);
        sortedUpTo = n;
        // Sums depend on the order of the values: the moments are those of the sorted values.
        moments = false;
    }

    @Override
    public boolean approximate() {
        return false;
    }

    @Override
    public long count() {
        return n;
    }

    @Override
    public double min() {
        return n == 0 ? Double.NaN : values[0];
    }

    @Override
    public double max() {
        return n == 0 ? Double.NaN : values[n - 1];
    }

    @Override
    public double sum() {
        return new Sum().evaluate(values, 0, n);
    }

    @Override
    public double mean() {
        computeMoments();
        return mean;
    }

    @Override
    public double std() {
        computeMoments();
        return std;
    }

    private void computeMoments() {
        if (!moments) {
            mean = n == 0 ? Double.NaN : new Mean().evaluate(values, 0, n);
            std = n < 2 ? Double.NaN : Math.sqrt(new Variance().evaluate(values, 0, n));
            moments = true;
        }
    }

    @Override
    public double skewness() {
        // The storeless form updates moments with multiplications; evaluate() calls pow() per value and is ~10x slower.
        Skewness skewness = new Skewness();
        skewness.incrementAll(values, 0, n);
        return n < 3 ? Double.NaN : skewness.getResult();
    }

    @Override
    public double kurtosis() {
        Kurtosis kurtosis = new Kurtosis();
        kurtosis.incrementAll(values, 0, n);
        return n < 4 ? Double.NaN : kurtosis.getResult();
    }

    @Override
    public double quantile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return values[n - 1];
        }
        return values[lo] + (h - lo) * (values[lo + 1] - values[lo]);
    }

    @Override
    public long distinct() {
        return SortedRuns.distinct(values, n);
    }

    @Override
    public boolean distinctApproximate() {
        return false;
    }

    @Override
    public List<double[]> top(int k) {
        return SortedRuns.top(values, n, k);
    }

    @Override
    public boolean topApproximate() {
        return false;
    }

    @Override
    public long[] countBins(double[] edges) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        int bin = 0;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            while (bin < bins - 1 && v >= edges[bin + 1]) {
                bin++;
            }
            counts[bin]++;
        }
        return counts;
    }

    @Override
    public long countBelow(double bound) {
        return lowerIndex(bound);
    }

    @Override
    public long countAbove(double bound) {
        int i = lowerIndex(Math.nextUp(bound));
        return n - i;
    }

    /** First index whose value is >= {@code x}. */
    private int lowerIndex(double x) {
        return SortedRuns.firstAtLeast(values, n, x);
    }

    @Override
    public double[] lowest(int k) {
        return Arrays.copyOf(values, Math.min(k, n));
    }

    @Override
    public double[] highest(int k) {
        int m = Math.min(k, n);
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            out[i] = values[n - 1 - i];
        }
        return out;
    }

    @Override
    public double[] spreadSample(int max) {
        if (n <= max) {
            return Arrays.copyOf(values, n);
        }
        double[] out = new double[max];
        for (int i = 0; i < max; i++) {
            out[i] = values[(int) ((i + 0.5) * n / max)];
        }
        return out;
    }
}
