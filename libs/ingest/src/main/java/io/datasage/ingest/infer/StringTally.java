package io.datasage.ingest.infer;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts distinct strings exactly up to a cap, then drops its map: a column with more distinct values than the cap
 * cannot be a category, and the cap bounds memory (about 100 bytes per distinct short string).
 */
public final class StringTally {

    private final int cap;
    private Map<String, long[]> counts = new HashMap<>();

    public StringTally(int cap) {
        this.cap = cap;
    }

    public void add(String value) {
        Map<String, long[]> map = counts;
        if (map == null) {
            return;
        }
        long[] count = map.get(value);
        if (count != null) {
            count[0]++;
        } else if (map.size() >= cap) {
            counts = null;
        } else {
            map.put(value, new long[] {1});
        }
    }

    /** Whether more distinct values than the cap were seen (the counts are then gone). */
    public boolean overflowed() {
        return counts == null;
    }

    public int distinct() {
        return counts == null ? -1 : counts.size();
    }

    /** The exact counts, or an empty map after an overflow. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new HashMap<>();
        if (counts != null) {
            counts.forEach((value, count) -> out.put(value, count[0]));
        }
        return out;
    }
}
