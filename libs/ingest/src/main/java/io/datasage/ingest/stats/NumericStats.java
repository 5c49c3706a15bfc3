package io.datasage.ingest.stats;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.DoubleBatch;
import io.datasage.ingest.batch.LongBatch;
import io.datasage.ingest.profile.NormalityResult;
import io.datasage.ingest.profile.NumericSummary;
import io.datasage.ingest.profile.OutlierReport;
import io.datasage.ingest.profile.Quantiles;
import io.datasage.ingest.profile.ValueCount;
import java.util.ArrayList;
import java.util.List;

/** Integer and decimal columns: moments, quantiles, histogram, distinct and top values, outliers, normality. */
public final class NumericStats extends ColumnStats {

    private final ValueSummary values;
    private final boolean integral;
    private long zeros;
    private long negatives;
    private boolean sealed;

    NumericStats(ValueSummary values, boolean integral) {
        this.values = values;
        this.integral = integral;
    }

    @Override
    public void accept(ColumnBatch batch, int rows) {
        if (integral) {
            LongBatch longs = (LongBatch) batch;
            for (int i = 0; i < rows; i++) {
                if (longs.isValid(i)) {
                    add(longs.get(i));
                }
            }
        } else {
            DoubleBatch doubles = (DoubleBatch) batch;
            for (int i = 0; i < rows; i++) {
                if (doubles.isValid(i)) {
                    add(doubles.get(i));
                }
            }
        }
        values.endBatch();
    }

    private void add(double v) {
        values.add(v);
        if (v == 0) {
            zeros++;
        } else if (v < 0) {
            negatives++;
        }
    }

    private void seal() {
        if (!sealed) {
            values.seal();
            sealed = true;
        }
    }

    @Override
    void finish(ColumnProfileParts parts) {
        seal();
        parts.count = values.count();
        parts.distinct = values.distinct();
        parts.distinctApproximate = values.distinctApproximate();
        List<ValueCount> top = new ArrayList<>();
        for (double[] pair : values.top(10)) {
            top.add(new ValueCount(NumberText.number(pair[0]), (long) pair[1]));
        }
        parts.topValues = top;
        parts.topValuesApproximate = values.topApproximate();
        if (values.count() == 0) {
            return;
        }
        Quantiles quantiles = new Quantiles(
                values.quantile(0.01),
                values.quantile(0.05),
                values.quantile(0.25),
                values.quantile(0.5),
                values.quantile(0.75),
                values.quantile(0.95),
                values.quantile(0.99));
        parts.numeric = new NumericSummary(
                values.min(),
                values.max(),
                values.mean(),
                NumberText.finite(values.std()),
                values.sum(),
                zeros,
                negatives,
                NumberText.finite(values.skewness()),
                NumberText.finite(values.kurtosis()),
                quantiles,
                values.approximate(),
                Histograms.of(values, integral),
                values.approximate());
    }

    OutlierReport outliers(String column) {
        seal();
        return OutlierDetector.detect(column, values);
    }

    NormalityResult normality(String column) {
        seal();
        return NormalityTest.test(column, values);
    }
}
