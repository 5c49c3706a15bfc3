package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;

/** count_distinct: distinct non-null values per group, via (group, value id) pairs in a primitive hash set. */
final class CountDistinct extends CountMeasure {

    private final KeyEncoder values;
    private final LongSet pairs = new LongSet();
    private int[] valueIds = new int[0];

    CountDistinct(ColumnData column) {
        super(column);
        this.values = KeyEncoder.of(column, null);
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        if (valueIds.length < len) {
            valueIds = new int[len];
        }
        int[] ids = valueIds;
        for (int i = 0; i < len; i++) {
            ids[i] = gid[i] >= 0 ? 0 : -1;
        }
        values.encode(batch, from, len, ids);
        for (int i = 0; i < len; i++) {
            int g = gid[i];
            int v = ids[i];
            if (g >= 0 && v >= 0 && pairs.add(((long) g << 32) | v)) {
                counts[g]++;
            }
        }
        nulls = values.nulls();
    }
}
