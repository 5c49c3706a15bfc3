package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;

/** count(y): non-null values per group. */
final class CountValues extends CountMeasure {

    CountValues(ColumnData column) {
        super(column);
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        Chunk chunk = column.chunk(batch);
        long[] c = counts;
        long validity = chunk.validity;
        for (int i = 0; i < len; i++) {
            int g = gid[i];
            if (g >= 0) {
                if (validity == 0 || Chunk.isSet(validity, from + i)) {
                    c[g]++;
                } else {
                    nulls++;
                }
            }
        }
    }
}
