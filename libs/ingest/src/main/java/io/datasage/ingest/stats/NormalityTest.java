package io.datasage.ingest.stats;

import io.datasage.ingest.profile.NormalityResult;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * D'Agostino-Pearson K^2 normality test: the skewness test (D'Agostino 1970) and the kurtosis test (Anscombe and
 * Glynn 1983) combined, p-value from the chi-squared distribution with 2 degrees of freedom (as scipy's
 * {@code normaltest}). Large columns are tested on 5,000 evenly spaced quantiles, which keeps the test deterministic.
 */
final class NormalityTest {

    static final String NAME = "D'Agostino-Pearson K^2";
    private static final int MIN_N = 20;
    private static final int SAMPLE = 5000;
    private static final ChiSquaredDistribution CHI2 = new ChiSquaredDistribution(2);

    private NormalityTest() {}

    /** @return null for fewer than 20 values or no spread */
    static NormalityResult test(String column, ValueSummary values) {
        if (values.count() < MIN_N) {
            return null;
        }
        double[] x = values.spreadSample(SAMPLE);
        Double k2 = statistic(x);
        if (k2 == null) {
            return null;
        }
        double p = 1 - CHI2.cumulativeProbability(k2);
        return new NormalityResult(column, NAME, k2, p, p >= 0.05, x.length, values.count() > x.length);
    }

    /** K^2 of the values, or null when they have no spread. */
    static Double statistic(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (m2 <= 0 || m2 < 1e-300) {
            return null;
        }
        double skewZ = skewZ(m3 / Math.pow(m2, 1.5), n);
        double kurtZ = kurtosisZ(m4 / (m2 * m2), n);
        double k2 = skewZ * skewZ + kurtZ * kurtZ;
        return Double.isFinite(k2) ? k2 : null;
    }

    private static double skewZ(double b1, double n) {
        double y = b1 * Math.sqrt(((n + 1) * (n + 3)) / (6.0 * (n - 2)));
        double beta2 = 3.0 * (n * n + 27 * n - 70) * (n + 1) * (n + 3) / ((n - 2) * (n + 5) * (n + 7) * (n + 9));
        double w2 = -1 + Math.sqrt(2 * (beta2 - 1));
        double delta = 1 / Math.sqrt(0.5 * Math.log(w2));
        double alpha = Math.sqrt(2.0 / (w2 - 1));
        if (y == 0) {
            y = 1;
        }
        double r = y / alpha;
        return delta * Math.log(r + Math.sqrt(r * r + 1));
    }

    private static double kurtosisZ(double b2, double n) {
        double expected = 3.0 * (n - 1) / (n + 1);
        double variance = 24.0 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1) * (n + 3) * (n + 5));
        double x = (b2 - expected) / Math.sqrt(variance);
        double sqrtBeta1 = 6.0
                * (n * n - 5 * n + 2)
                / ((n + 7) * (n + 9))
                * Math.sqrt(6.0 * (n + 3) * (n + 5) / (n * (n - 2) * (n - 3)));
        double a = 6.0 + 8.0 / sqrtBeta1 * (2.0 / sqrtBeta1 + Math.sqrt(1 + 4.0 / (sqrtBeta1 * sqrtBeta1)));
        double term1 = 1 - 2 / (9.0 * a);
        double denominator = 1 + x * Math.sqrt(2 / (a - 4.0));
        if (denominator == 0) {
            return Double.NaN;
        }
        double term2 = Math.signum(denominator) * Math.cbrt((1 - 2.0 / a) / Math.abs(denominator));
        return (term1 - term2) / Math.sqrt(2 / (9.0 * a));
    }
}
