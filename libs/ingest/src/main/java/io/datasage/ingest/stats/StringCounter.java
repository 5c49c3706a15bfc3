package io.datasage.ingest.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.hll.HllSketch;

/**
 * Distinct and frequent strings of a text column: exact counts up to a cap (about 100 bytes per distinct string),
 * then HyperLogLog and a frequent-items sketch (constant memory) fed with what was counted so far.
 */
final class StringCounter {

    private final int cap;
    private Map<String, long[]> exact = new HashMap<>();
    private HllSketch distinct;
    private ItemsSketch<String> frequent;

    StringCounter(int cap) {
        this.cap = cap;
    }

    void add(String value) {
        if (exact != null) {
            long[] count = exact.get(value);
            if (count != null) {
                count[0]++;
                return;
            }
            if (exact.size() < cap) {
                exact.put(value, new long[] {1});
                return;
            }
            switchToSketches();
        }
        distinct.update(Hashing.of(value));
        frequent.update(value);
    }

    private void switchToSketches() {
        distinct = new HllSketch(12);
        frequent = new ItemsSketch<>(1024);
        for (Map.Entry<String, long[]> e : exact.entrySet()) {
            distinct.update(Hashing.of(e.getKey()));
            frequent.update(e.getKey(), e.getValue()[0]);
        }
        exact = null;
    }

    boolean approximate() {
        return exact == null;
    }

    long distinct() {
        return exact != null ? exact.size() : Math.round(distinct.getEstimate());
    }

    /** Exact counts, or null once the counter switched to sketches. */
    Map<String, long[]> exactCounts() {
        return exact;
    }

    /** Up to {@code k} (value, count) pairs seen at least twice, most frequent first. */
    List<Map.Entry<String, Long>> top(int k) {
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        if (exact != null) {
            exact.forEach((value, count) -> {
                if (count[0] >= 2) {
                    out.add(Map.entry(value, count[0]));
                }
            });
        } else {
            for (ItemsSketch.Row<String> row : frequent.getFrequentItems(ErrorType.NO_FALSE_POSITIVES)) {
                if (row.getEstimate() >= 2) {
                    out.add(Map.entry(row.getItem(), row.getEstimate()));
                }
            }
        }
        out.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return out.size() > k ? new ArrayList<>(out.subList(0, k)) : out;
    }
}
