package io.datasage.charts.query;

import io.datasage.charts.data.TableData;
import java.util.List;

/**
 * The aggregation scan: filter, key, accumulate, window by window, with every step a tight loop over primitive
 * arrays. Rows whose x or series is null are left out of every group (and counted per column).
 */
public final class GroupBy {

    private final TableData table;
    private final FilterSet filters;
    private final KeyEncoder x;
    private final KeyEncoder series;
    private final List<Measure> measures;

    /**
     * @param x grouping key, or null for one group over all matching rows (kpi)
     * @param series second grouping key, or null
     */
    public GroupBy(TableData table, FilterSet filters, KeyEncoder x, KeyEncoder series, List<Measure> measures) {
        if (series != null && x == null) {
            throw new IllegalArgumentException("series needs x");
        }
        this.table = table;
        this.filters = filters;
        this.x = x;
        this.series = series;
        this.measures = measures;
    }

    public Groups run() {
        int[] ids = new int[Windows.SIZE];
        int[] seriesIds = series == null ? null : new int[Windows.SIZE];
        LongIntMap pairs = series == null ? null : new LongIntMap();
        long[] counters = new long[2];
        int[] groupCount = {x == null ? 1 : x.fixedIds() && series == null ? x.size() : 0};
        long[][] rows = {new long[Math.max(16, groupCount[0])]};
        for (Measure measure : measures) {
            measure.grow(groupCount[0]);
        }
        Windows.forEach(table, (batch, from, len) -> {
            counters[0] += len;
            int matched = filters.mask(batch, from, len, ids);
            counters[1] += matched;
            if (matched == 0) {
                return;
            }
            if (x != null) {
                if (series != null) {
                    System.arraycopy(ids, 0, seriesIds, 0, len);
                    series.encode(batch, from, len, seriesIds);
                }
                x.encode(batch, from, len, ids);
                if (series != null) {
                    combine(ids, seriesIds, len, pairs);
                    groupCount[0] = pairs.size();
                } else if (!x.fixedIds()) {
                    groupCount[0] = x.size();
                }
            }
            if (rows[0].length < groupCount[0]) {
                rows[0] = java.util.Arrays.copyOf(rows[0], Measure.capacity(rows[0].length, groupCount[0]));
            }
            long[] r = rows[0];
            for (int i = 0; i < len; i++) {
                int g = ids[i];
                if (g >= 0) {
                    r[g]++;
                }
            }
            for (Measure measure : measures) {
                measure.grow(groupCount[0]);
                measure.add(batch, from, len, ids);
            }
        });
        for (Measure measure : measures) {
            measure.finish(groupCount[0]);
        }
        return new Groups(x, series, pairs, groupCount[0], rows[0], measures, counters[0], counters[1]);
    }

    private static void combine(int[] ids, int[] seriesIds, int len, LongIntMap pairs) {
        long lastKey = -1;
        int lastId = -1;
        for (int i = 0; i < len; i++) {
            int gx = ids[i];
            int gs = seriesIds[i];
            if (gx < 0 || gs < 0) {
                ids[i] = -1;
                continue;
            }
            long key = ((long) gx << 32) | gs;
            if (key != lastKey) {
                lastKey = key;
                lastId = pairs.idOf(key);
            }
            ids[i] = lastId;
        }
    }
}
