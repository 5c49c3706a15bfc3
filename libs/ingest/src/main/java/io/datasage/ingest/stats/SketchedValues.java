package io.datasage.ingest.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Max;
import org.apache.commons.math3.stat.descriptive.rank.Min;
import org.apache.commons.math3.stat.descriptive.summary.Sum;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.LongsSketch;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * A column too large for the exact budget, in constant memory (about 40 KB whatever the row count): a KLL sketch
 * (k = 200, about 1.3% rank error) for quantiles, histograms and outlier counts, HyperLogLog (lg k = 12, about 1.6%)
 * for distinct values, a frequent-items sketch for top values, streaming moments for mean/std/skewness/kurtosis.
 */
final class SketchedValues implements ValueSummary {

    private final KllDoublesSketch quantiles = KllDoublesSketch.newHeapInstance(200);
    private final HllSketch distinct = new HllSketch(12);
    private final LongsSketch frequent = new LongsSketch(1024);
    // Separate storeless statistics: SummaryStatistics would also take a logarithm of every value.
    private final Mean mean = new Mean();
    private final Variance variance = new Variance();
    private final Sum sum = new Sum();
    private final Min min = new Min();
    private final Max max = new Max();
    private final Skewness skewness = new Skewness();
    private final Kurtosis kurtosis = new Kurtosis();
    private final Extremes extremes = new Extremes(5);

    @Override
    public void add(double value) {
        long bits = Double.doubleToLongBits(value == 0 ? 0.0 : value);
        quantiles.update(value);
        distinct.update(bits);
        frequent.update(bits);
        mean.increment(value);
        variance.increment(value);
        sum.increment(value);
        min.increment(value);
        max.increment(value);
        skewness.increment(value);
        kurtosis.increment(value);
        extremes.add(value);
    }

    @Override
    public void seal() {
        // Sketches answer as they are.
    }

    @Override
    public boolean approximate() {
        return true;
    }

    @Override
    public long count() {
        return sum.getN();
    }

    @Override
    public double min() {
        return min.getResult();
    }

    @Override
    public double max() {
        return max.getResult();
    }

    @Override
    public double sum() {
        return sum.getResult();
    }

    @Override
    public double mean() {
        return mean.getResult();
    }

    @Override
    public double std() {
        return count() < 2 ? Double.NaN : Math.sqrt(variance.getResult());
    }

    @Override
    public double skewness() {
        return skewness.getResult();
    }

    @Override
    public double kurtosis() {
        return kurtosis.getResult();
    }

    @Override
    public double quantile(double p) {
        return quantiles.isEmpty() ? Double.NaN : quantiles.getQuantile(p, QuantileSearchCriteria.INCLUSIVE);
    }

    @Override
    public long distinct() {
        return Math.round(distinct.getEstimate());
    }

    @Override
    public boolean distinctApproximate() {
        return true;
    }

    @Override
    public List<double[]> top(int k) {
        List<double[]> out = new ArrayList<>();
        for (LongsSketch.Row row : frequent.getFrequentItems(ErrorType.NO_FALSE_POSITIVES)) {
            if (out.size() == k) {
                break;
            }
            if (row.getEstimate() >= 2) {
                out.add(new double[] {Double.longBitsToDouble(row.getItem()), row.getEstimate()});
            }
        }
        return out;
    }

    @Override
    public boolean topApproximate() {
        return true;
    }

    @Override
    public long[] countBins(double[] edges) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        if (bins == 1) {
            counts[0] = count();
            return counts;
        }
        double[] splits = new double[bins - 1];
        System.arraycopy(edges, 1, splits, 0, bins - 1);
        double[] mass = quantiles.getPMF(splits, QuantileSearchCriteria.EXCLUSIVE);
        for (int i = 0; i < bins; i++) {
            counts[i] = Math.round(mass[i] * count());
        }
        return counts;
    }

    @Override
    public long countBelow(double bound) {
        return Math.round(quantiles.getRank(bound, QuantileSearchCriteria.EXCLUSIVE) * count());
    }

    @Override
    public long countAbove(double bound) {
        return Math.round((1 - quantiles.getRank(bound, QuantileSearchCriteria.INCLUSIVE)) * count());
    }

    @Override
    public double[] lowest(int k) {
        return extremes.lowest(k);
    }

    @Override
    public double[] highest(int k) {
        return extremes.highest(k);
    }

    @Override
    public double[] spreadSample(int max) {
        int m = (int) Math.min(max, count());
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            out[i] = quantiles.getQuantile((i + 0.5) / m, QuantileSearchCriteria.INCLUSIVE);
        }
        return out;
    }
}
