package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;

/** Decimal filters as a union of ranges with open or closed ends, optionally negated; nulls never pass. */
final class DoubleRangeFilter extends RowFilter {

    private final double[] lows;
    private final double[] highs;
    private final boolean[] lowOpen;
    private final boolean[] highOpen;
    private final boolean negate;

    DoubleRangeFilter(
            ColumnData column, double[] lows, boolean[] lowOpen, double[] highs, boolean[] highOpen, boolean negate) {
        super(column);
        this.lows = lows;
        this.highs = highs;
        this.lowOpen = lowOpen;
        this.highOpen = highOpen;
        this.negate = negate;
    }

    @Override
    void apply(int batch, int from, int len, int[] ids) {
        Chunk chunk = column.chunk(batch);
        for (int i = 0; i < len; i++) {
            if (ids[i] < 0) {
                continue;
            }
            int row = from + i;
            if (!chunk.isValid(row)) {
                ids[i] = -1;
                continue;
            }
            if (inside(chunk.getDouble(row)) == negate) {
                ids[i] = -1;
            }
        }
    }

    private boolean inside(double v) {
        for (int r = 0; r < lows.length; r++) {
            boolean aboveLow = lowOpen[r] ? v > lows[r] : v >= lows[r];
            boolean belowHigh = highOpen[r] ? v < highs[r] : v <= highs[r];
            if (aboveLow && belowHigh) {
                return true;
            }
        }
        return false;
    }
}
