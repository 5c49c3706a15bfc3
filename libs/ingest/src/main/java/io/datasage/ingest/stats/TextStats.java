package io.datasage.ingest.stats;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.StringBatch;
import io.datasage.ingest.profile.TextSummary;
import io.datasage.ingest.profile.ValueCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Text columns: lengths, distinct and frequent values (exact up to a cap, then sketched). */
final class TextStats extends ColumnStats {

    private final StringCounter counter;
    private long count;
    private long totalLength;
    private int minLength = Integer.MAX_VALUE;
    private int maxLength;

    TextStats(int exactCap) {
        this.counter = new StringCounter(exactCap);
    }

    @Override
    public void accept(ColumnBatch batch, int rows) {
        StringBatch strings = (StringBatch) batch;
        for (int i = 0; i < rows; i++) {
            if (strings.isValid(i)) {
                String value = strings.get(i);
                int length = value.length();
                count++;
                totalLength += length;
                minLength = Math.min(minLength, length);
                maxLength = Math.max(maxLength, length);
                counter.add(value);
            }
        }
    }

    @Override
    void finish(ColumnProfileParts parts) {
        parts.count = count;
        parts.distinct = counter.distinct();
        parts.distinctApproximate = counter.approximate();
        List<ValueCount> top = new ArrayList<>();
        for (Map.Entry<String, Long> e : counter.top(10)) {
            top.add(new ValueCount(e.getKey(), e.getValue()));
        }
        parts.topValues = top;
        parts.topValuesApproximate = counter.approximate();
        if (count > 0) {
            parts.text = new TextSummary(minLength, maxLength, (double) totalLength / count);
        }
    }

    /** {consistent, checked} values for the quality score; nothing checked once the values are only sketched. */
    long[] consistency() {
        Map<String, long[]> exact = counter.exactCounts();
        if (exact == null) {
            return new long[] {0, 0};
        }
        Map<String, Long> byValue = new HashMap<>();
        exact.forEach((value, c) -> byValue.put(value, c[0]));
        return Consistency.ofCounts(byValue);
    }
}
