package io.datasage.ingest.stats;

import io.datasage.ingest.infer.Whitespace;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts string values that collide with a differently written value after trimming and case-folding ("West" and
 * "west "): within each such group every value except those in the most common spelling is inconsistent.
 */
final class Consistency {

    private Consistency() {}

    /** @return {consistent values, checked values} */
    static long[] ofCounts(Map<String, Long> counts) {
        Map<String, long[]> groups = new HashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String key = Whitespace.trim(e.getKey()).toLowerCase(Locale.ROOT);
            long[] group = groups.computeIfAbsent(key, k -> new long[2]);
            group[0] += e.getValue();
            group[1] = Math.max(group[1], e.getValue());
            total += e.getValue();
        }
        long inconsistent = 0;
        for (long[] group : groups.values()) {
            inconsistent += group[0] - group[1];
        }
        return new long[] {total - inconsistent, total};
    }
}
