package io.datasage.ingest.stats;

import io.datasage.ingest.profile.OutlierCount;
import io.datasage.ingest.profile.OutlierReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Outliers by the IQR rule ({@code [p25 - 1.5 IQR, p75 + 1.5 IQR]}) and by z-score ({@code |z| > 3}), with up to
 * five of the most extreme values as examples.
 */
final class OutlierDetector {

    private static final int EXAMPLES = 5;
    private static final double Z = 3;

    private OutlierDetector() {}

    /** @return null when the column has fewer than four values */
    static OutlierReport detect(String column, ValueSummary values) {
        if (values.count() < 4) {
            return null;
        }
        double q1 = values.quantile(0.25);
        double q3 = values.quantile(0.75);
        double iqr = q3 - q1;
        OutlierCount byIqr = count(values, q1 - 1.5 * iqr, q3 + 1.5 * iqr);
        double std = values.std();
        OutlierCount byZ = null;
        if (Double.isFinite(std) && std > 0) {
            double mean = values.mean();
            byZ = count(values, mean - Z * std, mean + Z * std);
        }
        return new OutlierReport(column, byIqr, byZ, values.approximate());
    }

    private static OutlierCount count(ValueSummary values, double lower, double upper) {
        long count = values.countBelow(lower) + values.countAbove(upper);
        List<double[]> candidates = new ArrayList<>();
        for (double v : values.lowest(EXAMPLES)) {
            if (v < lower) {
                candidates.add(new double[] {v, lower - v});
            }
        }
        for (double v : values.highest(EXAMPLES)) {
            if (v > upper) {
                candidates.add(new double[] {v, v - upper});
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> c[1]).reversed());
        List<Double> examples = new ArrayList<>();
        for (int i = 0; i < Math.min(EXAMPLES, candidates.size()); i++) {
            examples.add(candidates.get(i)[0]);
        }
        return new OutlierCount(lower, upper, count, examples);
    }
}
