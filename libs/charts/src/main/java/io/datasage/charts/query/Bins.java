package io.datasage.charts.query;

/**
 * Histogram bin edges. Every bin is {@code [edge[i], edge[i+1])} except the last, which also holds its upper
 * edge. With a requested count on a decimal column the bins split {@code [min, max]} evenly; automatic bins use
 * the Freedman-Diaconis width (Sturges' count when the IQR is 0), capped, rounded up to a 1-2-2.5-5 step and
 * aligned to a multiple of it. Integer, date and datetime columns get whole-unit widths (days, milliseconds).
 */
public record Bins(double[] edges, boolean integral) {

    private static final double WHOLE_LIMIT = 0x1p51;

    public int count() {
        return edges.length - 1;
    }

    /** Bin index of {@code v}, or -1 when it lies outside the edges. */
    public int indexOf(double v) {
        int k = count();
        double start = edges[0];
        double end = edges[k];
        if (v < start || v > end) {
            return -1;
        }
        double width = (end - start) / k;
        int i = width > 0 ? (int) Math.floor((v - start) / width) : 0;
        i = Math.max(0, Math.min(k - 1, i));
        while (i > 0 && v < edges[i]) {
            i--;
        }
        while (i < k - 1 && v >= edges[i + 1]) {
            i++;
        }
        return i;
    }

    /** Edges for values in {@code [min, max]}. */
    static Bins of(double min, double max, Integer requested, boolean integral, double iqr, long n, int maxAuto) {
        // Whole-unit widths only while every edge is exact in a double and cannot overflow a long; a column
        // holding values near Long.MAX_VALUE gets even decimal bins instead.
        if (integral && Math.abs(min) < WHOLE_LIMIT && Math.abs(max) < WHOLE_LIMIT) {
            return integralBins((long) min, (long) max, requested, iqr, n, maxAuto);
        }
        if (requested != null) {
            int k = max > min ? requested : 1;
            double[] edges = new double[k + 1];
            double width = (max - min) / k;
            for (int i = 0; i < k; i++) {
                edges[i] = min + i * width;
            }
            edges[k] = max;
            return new Bins(edges, false);
        }
        if (max == min) {
            double width = min == 0 ? 1 : nice(Math.abs(min) / 10, false);
            double start = Math.floor(min / width) * width;
            return new Bins(new double[] {start, start + width}, false);
        }
        double width = nice((max - min) / autoCount(max - min, iqr, n, maxAuto), false);
        double start = Math.floor(min / width) * width;
        int k = (int) Math.floor((max - start) / width) + 1;
        while (k > 1 && start + (k - 1) * width > max) {
            k--;
        }
        double[] edges = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            edges[i] = start + i * width;
        }
        return new Bins(edges, false);
    }

    private static Bins integralBins(long min, long max, Integer requested, double iqr, long n, int maxAuto) {
        long span = max - min + 1;
        long width;
        long start;
        if (requested != null) {
            width = Math.max(1, (span + requested - 1) / requested);
            start = min;
        } else {
            width = Math.max(1, (long) nice((double) span / autoCount(span, iqr, n, maxAuto), true));
            start = Math.floorDiv(min, width) * width;
        }
        int k = (int) ((max - start) / width + 1);
        double[] edges = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            edges[i] = start + i * width;
        }
        return new Bins(edges, true);
    }

    private static int autoCount(double range, double iqr, long n, int maxAuto) {
        int count;
        if (iqr > 0 && n > 1) {
            double width = 2 * iqr / Math.cbrt(n);
            count = (int) Math.min(maxAuto, Math.ceil(range / width));
        } else {
            count = (int) Math.ceil(Math.log(Math.max(1, n)) / Math.log(2)) + 1;
        }
        return Math.max(1, Math.min(maxAuto, count));
    }

    /** The smallest 1, 2, 2.5, 5 x 10^e step (1, 2, 5 for whole units) not below {@code raw}. */
    static double nice(double raw, boolean whole) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] steps = whole ? new double[] {1, 2, 5, 10} : new double[] {1, 2, 2.5, 5, 10};
        for (double step : steps) {
            if (step * magnitude >= raw * (1 - 1e-12)) {
                return whole ? Math.max(1, Math.round(step * magnitude)) : step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
