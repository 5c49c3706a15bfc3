package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;

/** Boolean keys: 0 is false, 1 is true. */
final class BooleanKeys extends KeyEncoder {

    BooleanKeys(ColumnData column) {
        super(column);
    }

    @Override
    public void encode(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        for (int i = 0; i < len; i++) {
            if (ids[i] >= 0) {
                int row = from + i;
                if (!chunk.isValid(row)) {
                    ids[i] = -1;
                    nulls++;
                } else {
                    ids[i] = chunk.getBit(row) ? 1 : 0;
                }
            }
        }
    }

    @Override
    public int size() {
        return 2;
    }

    @Override
    public boolean fixedIds() {
        return true;
    }

    @Override
    public Object value(int id) {
        return id == 1;
    }

    @Override
    public int compare(int a, int b) {
        return Integer.compare(a, b);
    }
}
