package io.datasage.ingest.stats;

import io.datasage.ingest.profile.HistogramBin;
import java.util.ArrayList;
import java.util.List;

/**
 * Numeric histograms: one bin per value for integer columns spanning at most 50 values, otherwise equal-width bins
 * with the Freedman-Diaconis width ({@code 2 IQR / cbrt(n)}), kept between 5 and 40 bins (20 when the IQR is 0).
 */
final class Histograms {

    private static final int MAX_UNIT_BINS = 50;
    private static final int MIN_BINS = 5;
    private static final int MAX_BINS = 40;
    private static final int DEFAULT_BINS = 20;

    private Histograms() {}

    static List<HistogramBin> of(ValueSummary values, boolean integral) {
        long n = values.count();
        if (n == 0) {
            return List.of();
        }
        double min = values.min();
        double max = values.max();
        if (min == max) {
            return List.of(new HistogramBin(min, max, n));
        }
        double[] edges = integral && max - min + 1 <= MAX_UNIT_BINS ? unitEdges(min, max) : widthEdges(values, n);
        long[] counts = values.countBins(edges);
        List<HistogramBin> bins = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            bins.add(new HistogramBin(edges[i], edges[i + 1], counts[i]));
        }
        return bins;
    }

    private static double[] unitEdges(double min, double max) {
        int bins = (int) (max - min) + 1;
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + i;
        }
        return edges;
    }

    private static double[] widthEdges(ValueSummary values, long n) {
        double min = values.min();
        double max = values.max();
        double iqr = values.quantile(0.75) - values.quantile(0.25);
        int bins = DEFAULT_BINS;
        if (iqr > 0) {
            double width = 2 * iqr / Math.cbrt(n);
            bins = (int) Math.max(MIN_BINS, Math.min(MAX_BINS, Math.ceil((max - min) / width)));
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            edges[i] = min + (max - min) * i / bins;
        }
        edges[bins] = max;
        return edges;
    }
}
