package io.datasage.ingest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Bucket sums against a plain count per period, including days that share a cache slot and roll-ups. */
class DailyBucketsTest {

    @Test
    void sums_per_period_match_a_plain_count_across_cache_conflicts_and_roll_ups() {
        Random random = new Random(11);
        for (int span : new int[] {30, 3_000, 9_000, 40_000, 400_000}) {
            DailyBuckets buckets = new DailyBuckets(1);
            TreeMap<Long, Long> expected = new TreeMap<>();
            TimeGrain grain = span <= 3_000 ? TimeGrain.DAY : TimeGrain.YEAR;
            for (int i = 0; i < 50_000; i++) {
                // Days 4,096 apart share a slot of the cache in front of the map.
                long day = i % 3 == 0 ? 4_096L * random.nextInt(4) : random.nextInt(span) - span / 2;
                buckets.bucket(day)[0]++;
                expected.merge(grain.periodOfDay(day), 1L, Long::sum);
            }
            TreeMap<Long, Long> actual = new TreeMap<>();
            for (Map.Entry<Long, double[]> e : buckets.periods(grain).entrySet()) {
                actual.put(e.getKey(), (long) e.getValue()[0]);
            }
            assertThat(actual).as("span %d", span).isEqualTo(expected);
        }
    }
}
