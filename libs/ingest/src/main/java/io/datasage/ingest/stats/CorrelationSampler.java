package io.datasage.ingest.stats;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.profile.Correlations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Pearson and Spearman matrices of the numeric columns, from every k-th row so that the kept sample stays within
 * {@link #MAX_ROWS} rows and {@link #CELL_BUDGET} values; files small enough are used whole.
 */
final class CorrelationSampler {

    /** 2 million values (16 MB), or a 64th of a smaller heap. */
    static final long CELL_BUDGET =
            Math.max(100_000, Math.min(2_000_000, Runtime.getRuntime().maxMemory() / 64 / Double.BYTES));
    /** Enough rows for correlations to about +-0.005; more only costs ranking time. */
    static final long MAX_ROWS = 50_000;

    private final NumericColumns columns;
    private final long step;
    private final double[][] samples;
    private int size;
    private long rowIndex;

    CorrelationSampler(NumericColumns columns, long rows) {
        this.columns = columns;
        int k = Math.max(1, columns.size());
        long target = Math.max(1, Math.min(Math.min(rows, MAX_ROWS), CELL_BUDGET / k));
        this.step = Math.max(1, (rows + target - 1) / target);
        int capacity = (int) Math.min(target, (rows + step - 1) / step);
        this.samples = new double[columns.size() < 2 ? 0 : columns.size()][capacity];
    }

    void accept(List<? extends ColumnBatch> batches, int rows) {
        if (samples.length == 0) {
            rowIndex += rows;
            return;
        }
        long first = (step - rowIndex % step) % step;
        for (long r = first; r < rows && size < samples[0].length; r += step) {
            int row = (int) r;
            for (int c = 0; c < samples.length; c++) {
                samples[c][size] = columns.isValid(batches, c, row) ? columns.value(batches, c, row) : Double.NaN;
            }
            size++;
        }
        rowIndex += rows;
    }

    /** @return null with fewer than two numeric columns */
    Correlations compute() {
        if (samples.length == 0) {
            return null;
        }
        int k = samples.length;
        double[][] data = new double[k][];
        double[][] ranks = new double[k][];
        for (int c = 0; c < k; c++) {
            data[c] = Arrays.copyOf(samples[c], size);
            ranks[c] = ranks(data[c]);
        }
        return new Correlations(columns.names(), matrix(data), matrix(ranks), size, step > 1, columns.omitted());
    }

    /**
     * Ranks from 1 with ties given their average rank and missing values (NaN) left missing, as commons-math's
     * {@code NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE)} ranks them, from one sorted primitive copy: that
     * ranking boxes and sorts an object per value, which a profile of 100K-row uploads showed at a tenth of the
     * worker's time. Each value finds its rank in a {@link RankTable} (a binary search per value was most of the
     * ranking time).
     */
    static double[] ranks(double[] values) {
        double[] sorted = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sorted[n++] = v;
            }
        }
        Arrays.sort(sorted, 0, n);
        // The average rank of each run of equal values.
        RankTable table = new RankTable(n);
        for (int first = 0; first < n; ) {
            int end = first + 1;
            while (end < n && sorted[end] == sorted[first]) {
                end++;
            }
            table.put(sorted[first], (first + end - 1) / 2.0 + 1);
            first = end;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            out[i] = Double.isNaN(v) ? Double.NaN : table.get(v);
        }
        return out;
    }

    private static List<List<Double>> matrix(double[][] data) {
        int k = data.length;
        Double[][] m = new Double[k][k];
        for (int i = 0; i < k; i++) {
            m[i][i] = 1.0;
            for (int j = i + 1; j < k; j++) {
                Double r = pairwise(data[i], data[j]);
                m[i][j] = r;
                m[j][i] = r;
            }
        }
        List<List<Double>> out = new ArrayList<>();
        for (Double[] row : m) {
            out.add(Arrays.asList(row));
        }
        return out;
    }

    /** Pearson over the rows where both values are present; null when undefined. */
    private static Double pairwise(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
            }
        }
        if (n < 3) {
            return null;
        }
        double[] a = x;
        double[] b = y;
        if (n < x.length) {
            // Copies only when values are missing: 15 pairs of 50,000-row copies per matrix were most of its garbage.
            a = new double[n];
            b = new double[n];
            int j = 0;
            for (int i = 0; i < x.length; i++) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                    a[j] = x[i];
                    b[j] = y[i];
                    j++;
                }
            }
        }
        double r = new PearsonsCorrelation().correlation(a, b);
        return NumberText.finite(r);
    }
}
