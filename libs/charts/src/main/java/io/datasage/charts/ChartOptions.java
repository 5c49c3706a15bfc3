package io.datasage.charts;

/**
 * Limits of a {@link ChartEngine}. Start from {@link #defaults()} and change what you need with the withers.
 *
 * @param maxRowsReturned rows in {@link ChartResult#rows()} at most (default 500)
 * @param scatterMaxPoints scatter points drawn at most; above it a deterministic sample (default 5,000)
 * @param pieMaxSlices pie slices at most, the smallest folded into "Other" (default 8)
 * @param maxSeries series (colours) at most; the series with the most rows are kept (default 20)
 * @param maxGroups x groups drawn at most after sort and limit (default 5,000)
 * @param maxAutoBins histogram bins at most when the count is automatic (default 100)
 * @param maxOutliers outlier points per box at most, the most extreme kept (default 200)
 * @param maxCorrelationColumns columns of a correlation heatmap at most (default 30)
 * @param sampleSeed seed of the scatter sample (default 42), so the same data always gives the same sample
 */
public record ChartOptions(
        int maxRowsReturned,
        int scatterMaxPoints,
        int pieMaxSlices,
        int maxSeries,
        int maxGroups,
        int maxAutoBins,
        int maxOutliers,
        int maxCorrelationColumns,
        long sampleSeed) {

    public ChartOptions {
        positive("maxRowsReturned", maxRowsReturned);
        positive("scatterMaxPoints", scatterMaxPoints);
        positive("maxSeries", maxSeries);
        positive("maxGroups", maxGroups);
        positive("maxAutoBins", maxAutoBins);
        positive("maxOutliers", maxOutliers);
        if (pieMaxSlices < 2) {
            throw new IllegalArgumentException("pieMaxSlices must be at least 2, got " + pieMaxSlices);
        }
        if (maxCorrelationColumns < 2) {
            throw new IllegalArgumentException(
                    "maxCorrelationColumns must be at least 2, got " + maxCorrelationColumns);
        }
    }

    public static ChartOptions defaults() {
        return new ChartOptions(500, 5000, 8, 20, 5000, 100, 200, 30, 42L);
    }

    public ChartOptions withMaxRowsReturned(int value) {
        return new ChartOptions(
                value,
                scatterMaxPoints,
                pieMaxSlices,
                maxSeries,
                maxGroups,
                maxAutoBins,
                maxOutliers,
                maxCorrelationColumns,
                sampleSeed);
    }

    public ChartOptions withScatterMaxPoints(int value) {
        return new ChartOptions(
                maxRowsReturned,
                value,
                pieMaxSlices,
                maxSeries,
                maxGroups,
                maxAutoBins,
                maxOutliers,
                maxCorrelationColumns,
                sampleSeed);
    }

    public ChartOptions withPieMaxSlices(int value) {
        return new ChartOptions(
                maxRowsReturned,
                scatterMaxPoints,
                value,
                maxSeries,
                maxGroups,
                maxAutoBins,
                maxOutliers,
                maxCorrelationColumns,
                sampleSeed);
    }

    public ChartOptions withMaxSeries(int value) {
        return new ChartOptions(
                maxRowsReturned,
                scatterMaxPoints,
                pieMaxSlices,
                value,
                maxGroups,
                maxAutoBins,
                maxOutliers,
                maxCorrelationColumns,
                sampleSeed);
    }

    public ChartOptions withMaxGroups(int value) {
        return new ChartOptions(
                maxRowsReturned,
                scatterMaxPoints,
                pieMaxSlices,
                maxSeries,
                value,
                maxAutoBins,
                maxOutliers,
                maxCorrelationColumns,
                sampleSeed);
    }

    public ChartOptions withMaxOutliers(int value) {
        return new ChartOptions(
                maxRowsReturned,
                scatterMaxPoints,
                pieMaxSlices,
                maxSeries,
                maxGroups,
                maxAutoBins,
                value,
                maxCorrelationColumns,
                sampleSeed);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
