package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;

/** Drops rows whose value is null. */
final class NotNullFilter extends RowFilter {

    NotNullFilter(ColumnData column) {
        super(column);
    }

    @Override
    void apply(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        if (chunk.validity == 0) {
            return;
        }
        for (int i = 0; i < len; i++) {
            if (!Chunk.isSet(chunk.validity, from + i)) {
                ids[i] = -1;
            }
        }
    }
}
