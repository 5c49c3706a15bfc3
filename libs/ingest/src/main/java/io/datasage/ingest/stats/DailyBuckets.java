package io.datasage.ingest.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums per day, for date histograms and trends, in bounded memory: past 4,000 distinct keys the buckets roll up to
 * months, then to years. That never loses a needed grain: 4,000 distinct days span more than ten years, which is
 * shown by quarter or year anyway.
 */
final class DailyBuckets {

    private static final int MAX_KEYS = 4000;
    /** Slots of the direct-mapped cache in front of the map: eleven years of days without a conflict. */
    private static final int CACHED = 4096;

    private static final int DAYS = 0;
    private static final int MONTHS = 1;
    private static final int YEARS = 2;

    private final int width;
    private Map<Long, double[]> buckets = new HashMap<>();
    private int level = DAYS;
    private long lastDay = Long.MIN_VALUE;
    private double[] last;
    /**
     * The sums of recently used keys by {@code key % CACHED}: most lookups then neither box the key nor search the
     * map (which keeps every bucket, in the order it iterates them).
     */
    private final long[] cachedKeys = new long[CACHED];

    private final double[][] cachedSums = new double[CACHED][];

    /** @param width numbers summed per bucket */
    DailyBuckets(int width) {
        this.width = width;
    }

    /** The sums of the bucket holding {@code epochDay}, to add to. */
    double[] bucket(long epochDay) {
        if (epochDay == lastDay) {
            return last;
        }
        long key = key(epochDay);
        int slot = (int) (key & (CACHED - 1));
        double[] sums = cachedSums[slot];
        if (sums == null || cachedKeys[slot] != key) {
            sums = lookUp(key);
            if (buckets.size() > MAX_KEYS && level < YEARS) {
                rollUp();
                key = key(epochDay);
                slot = (int) (key & (CACHED - 1));
                sums = lookUp(key);
            }
            cachedKeys[slot] = key;
            cachedSums[slot] = sums;
        }
        lastDay = epochDay;
        last = sums;
        return sums;
    }

    private double[] lookUp(long key) {
        double[] sums = buckets.get(key);
        if (sums == null) {
            sums = new double[width];
            buckets.put(key, sums);
        }
        return sums;
    }

    private long key(long epochDay) {
        switch (level) {
            case DAYS:
                return epochDay;
            case MONTHS:
                return TimeGrain.monthIndex(epochDay);
            default:
                return Math.floorDiv(TimeGrain.monthIndex(epochDay), 12);
        }
    }

    private void rollUp() {
        level++;
        Map<Long, double[]> coarser = new HashMap<>();
        for (Map.Entry<Long, double[]> e : buckets.entrySet()) {
            long key = level == MONTHS ? TimeGrain.monthIndex(e.getKey()) : Math.floorDiv(e.getKey(), 12);
            double[] target = coarser.computeIfAbsent(key, k -> new double[width]);
            for (int i = 0; i < width; i++) {
                target[i] += e.getValue()[i];
            }
        }
        buckets = coarser;
        lastDay = Long.MIN_VALUE;
        Arrays.fill(cachedSums, null);
        if (buckets.size() > MAX_KEYS && level < YEARS) {
            rollUp();
        }
    }

    /** Sums per period of {@code grain}, in time order (keys are period numbers of the grain). */
    TreeMap<Long, double[]> periods(TimeGrain grain) {
        TreeMap<Long, double[]> out = new TreeMap<>();
        for (Map.Entry<Long, double[]> e : buckets.entrySet()) {
            long period;
            if (level == DAYS) {
                period = grain.periodOfDay(e.getKey());
            } else if (level == MONTHS) {
                period = grain.periodOfMonth(e.getKey());
            } else {
                period = grain == TimeGrain.YEAR ? e.getKey() : grain.periodOfMonth(e.getKey() * 12);
            }
            double[] target = out.computeIfAbsent(period, k -> new double[width]);
            for (int i = 0; i < width; i++) {
                target[i] += e.getValue()[i];
            }
        }
        return out;
    }
}
