package io.datasage.ingest.stats;

import io.datasage.ingest.batch.ColumnBatch;
import io.datasage.ingest.batch.IndexBatch;
import io.datasage.ingest.profile.TextSummary;
import io.datasage.ingest.profile.ValueCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Category columns: exact counts per dictionary value (8 bytes per value), lengths, consistency of spellings. */
final class CategoryStats extends ColumnStats {

    private final List<String> dictionary;
    private final long[] counts;

    CategoryStats(List<String> dictionary) {
        this.dictionary = dictionary;
        this.counts = new long[dictionary.size()];
    }

    @Override
    public void accept(ColumnBatch batch, int rows) {
        IndexBatch indexes = (IndexBatch) batch;
        for (int i = 0; i < rows; i++) {
            if (indexes.isValid(i)) {
                counts[indexes.get(i)]++;
            }
        }
    }

    @Override
    void finish(ColumnProfileParts parts) {
        long count = 0;
        long distinct = 0;
        long totalLength = 0;
        int minLength = Integer.MAX_VALUE;
        int maxLength = 0;
        List<ValueCount> top = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            int length = dictionary.get(i).length();
            count += counts[i];
            distinct++;
            totalLength += length * counts[i];
            minLength = Math.min(minLength, length);
            maxLength = Math.max(maxLength, length);
            top.add(new ValueCount(dictionary.get(i), counts[i]));
        }
        top.sort((a, b) -> a.count() != b.count()
                ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value()));
        parts.count = count;
        parts.distinct = distinct;
        parts.topValues = top.size() > 10 ? new ArrayList<>(top.subList(0, 10)) : top;
        if (count > 0) {
            parts.text = new TextSummary(minLength, maxLength, (double) totalLength / count);
        }
    }

    /** {consistent, checked} values for the quality score. */
    long[] consistency() {
        Map<String, Long> byValue = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                byValue.put(dictionary.get(i), counts[i]);
            }
        }
        return Consistency.ofCounts(byValue);
    }
}
