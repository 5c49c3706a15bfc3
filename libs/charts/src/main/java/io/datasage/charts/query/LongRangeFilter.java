package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;

/**
 * Integer, date and datetime filters as a union of inclusive ranges ({@code =} is [v, v], {@code >} is
 * [v + 1, max], {@code in} several points), optionally negated ({@code !=}); nulls never pass.
 */
final class LongRangeFilter extends RowFilter {

    private final long[] lows;
    private final long[] highs;
    private final boolean negate;
    private final boolean date;

    LongRangeFilter(ColumnData column, long[] lows, long[] highs, boolean negate) {
        super(column);
        this.lows = lows;
        this.highs = highs;
        this.negate = negate;
        this.date = column.type() == ColumnType.DATE;
    }

    @Override
    void apply(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        long validity = chunk.validity;
        boolean single = lows.length == 1;
        long low = single ? lows[0] : 0;
        long high = single ? highs[0] : 0;
        for (int i = 0; i < len; i++) {
            if (ids[i] < 0) {
                continue;
            }
            int row = from + i;
            if (validity != 0 && !Chunk.isSet(validity, row)) {
                ids[i] = -1;
                continue;
            }
            long v = date ? chunk.getInt(row) : chunk.getLong(row);
            boolean inside = single ? v >= low && v <= high : inside(v);
            if (inside == negate) {
                ids[i] = -1;
            }
        }
    }

    private boolean inside(long v) {
        for (int r = 0; r < lows.length; r++) {
            if (v >= lows[r] && v <= highs[r]) {
                return true;
            }
        }
        return false;
    }
}
