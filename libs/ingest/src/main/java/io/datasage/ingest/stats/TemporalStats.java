package io.datasage.ingest.stats;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.LongBatch;
import io.datasage.ingest.profile.PeriodCount;
import io.datasage.ingest.profile.TemporalSummary;
import io.datasage.ingest.profile.ValueCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Date and datetime columns: range, span, distinct and top values, and a histogram by a fitting calendar grain. */
final class TemporalStats extends ColumnStats {

    private static final double MILLIS_PER_DAY = 86_400_000d;

    private final ValueSummary values;
    private final boolean dateTime;
    private final DailyBuckets days = new DailyBuckets(1);

    TemporalStats(ValueSummary values, boolean dateTime) {
        this.values = values;
        this.dateTime = dateTime;
    }

    @Override
    public void accept(ColumnBatch batch, int rows) {
        LongBatch longs = (LongBatch) batch;
        for (int i = 0; i < rows; i++) {
            if (longs.isValid(i)) {
                long v = longs.get(i);
                values.add(v);
                days.bucket(dateTime ? Math.floorDiv(v, 86_400_000L) : v)[0]++;
            }
        }
        values.endBatch();
    }

    @Override
    void finish(ColumnProfileParts parts) {
        values.seal();
        parts.count = values.count();
        parts.distinct = values.distinct();
        parts.distinctApproximate = values.distinctApproximate();
        List<ValueCount> top = new ArrayList<>();
        for (double[] pair : values.top(10)) {
            top.add(new ValueCount(text((long) pair[0]), (long) pair[1]));
        }
        parts.topValues = top;
        parts.topValuesApproximate = values.topApproximate();
        if (values.count() == 0) {
            return;
        }
        double span = spanDays();
        TimeGrain grain = TimeGrain.forSpan(span);
        List<PeriodCount> histogram = new ArrayList<>();
        for (Map.Entry<Long, double[]> e : days.periods(grain).entrySet()) {
            histogram.add(new PeriodCount(grain.start(e.getKey()).toString(), (long) e.getValue()[0]));
        }
        parts.temporal = new TemporalSummary(
                text((long) values.min()), text((long) values.max()), span, grain.label(), histogram);
    }

    /** Days between the first and the last value (fractional for date-times). */
    double spanDays() {
        if (values.count() == 0) {
            return 0;
        }
        double span = values.max() - values.min();
        return dateTime ? span / MILLIS_PER_DAY : span;
    }

    long minDay() {
        return dateTime ? Math.floorDiv((long) values.min(), 86_400_000L) : (long) values.min();
    }

    private String text(long value) {
        return dateTime ? NumberText.dateTime(value) : NumberText.date(value);
    }
}
