package io.datasage.ingest.stats;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.LongBatch;
import io.datasage.ingest.profile.Trend;
import io.datasage.ingest.profile.Trends;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Per-period means of the numeric columns along one date column, and a least-squares trend through them
 * ({@link SimpleRegression}: slope, r squared, p-value of the slope).
 */
final class TrendAccumulator {

    private final int dateColumn;
    private final String dateName;
    private final boolean dateTime;
    private final NumericColumns columns;
    private final DailyBuckets buckets;

    TrendAccumulator(int dateColumn, String dateName, boolean dateTime, NumericColumns columns) {
        this.dateColumn = dateColumn;
        this.dateName = dateName;
        this.dateTime = dateTime;
        this.columns = columns;
        this.buckets = new DailyBuckets(2 * columns.size());
    }

    void accept(List<? extends ColumnBatch> batches, int rows) {
        LongBatch dates = (LongBatch) batches.get(dateColumn);
        int k = columns.size();
        for (int r = 0; r < rows; r++) {
            if (!dates.isValid(r)) {
                continue;
            }
            long day = dateTime ? Math.floorDiv(dates.get(r), 86_400_000L) : dates.get(r);
            double[] sums = buckets.bucket(day);
            for (int c = 0; c < k; c++) {
                if (columns.isValid(batches, c, r)) {
                    sums[2 * c]++;
                    sums[2 * c + 1] += columns.value(batches, c, r);
                }
            }
        }
    }

    Trends compute(double spanDays) {
        TimeGrain grain = TimeGrain.forSpan(spanDays);
        TreeMap<Long, double[]> periods = buckets.periods(grain);
        List<Trend> series = new ArrayList<>();
        if (!periods.isEmpty()) {
            long first = periods.firstKey();
            for (int c = 0; c < columns.size(); c++) {
                Trend trend = trend(c, periods, first);
                if (trend != null) {
                    series.add(trend);
                }
            }
        }
        return new Trends(dateName, grain.label(), "mean", series);
    }

    private Trend trend(int c, TreeMap<Long, double[]> periods, long first) {
        SimpleRegression regression = new SimpleRegression();
        for (Map.Entry<Long, double[]> e : periods.entrySet()) {
            double count = e.getValue()[2 * c];
            if (count > 0) {
                regression.addData(e.getKey() - first, e.getValue()[2 * c + 1] / count);
            }
        }
        if (regression.getN() < 3) {
            return null;
        }
        double slope = regression.getSlope();
        Double p = NumberText.finite(regression.getSignificance());
        boolean significant = p != null && p < 0.05 && slope != 0;
        String direction = significant ? (slope > 0 ? "up" : "down") : "flat";
        double r2 = regression.getRSquare();
        return new Trend(columns.names().get(c), direction, slope, Double.isFinite(r2) ? r2 : 0, p, significant, (int)
                regression.getN());
    }
}
