package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.math.BigDecimal;

/** Decimal keys by exact value (-0.0 and 0.0 are one key). */
final class DoubleKeys extends KeyEncoder {

    private final LongIntMap map = new LongIntMap();

    DoubleKeys(ColumnData column) {
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
                    double value = chunk.getDouble(row) + 0.0;
                    ids[i] = map.idOf(Double.doubleToLongBits(value));
                }
            }
        }
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Object value(int id) {
        return Double.longBitsToDouble(map.key(id));
    }

    @Override
    public String label(int id) {
        double value = Double.longBitsToDouble(map.key(id));
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }

    @Override
    public int compare(int a, int b) {
        return Double.compare(Double.longBitsToDouble(map.key(a)), Double.longBitsToDouble(map.key(b)));
    }
}
