package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;

/** Boolean filters: which of true/false pass; nulls never pass. */
final class BooleanFilter extends RowFilter {

    private final boolean allowTrue;
    private final boolean allowFalse;

    BooleanFilter(ColumnData column, boolean allowTrue, boolean allowFalse) {
        super(column);
        this.allowTrue = allowTrue;
        this.allowFalse = allowFalse;
    }

    @Override
    void apply(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        for (int i = 0; i < len; i++) {
            if (ids[i] < 0) {
                continue;
            }
            int row = from + i;
            if (!chunk.isValid(row) || !(chunk.getBit(row) ? allowTrue : allowFalse)) {
                ids[i] = -1;
            }
        }
    }
}
