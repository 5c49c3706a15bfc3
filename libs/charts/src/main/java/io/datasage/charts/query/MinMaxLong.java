package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.util.Arrays;

/** min or max of an integer, date or datetime column; dates come back as ISO strings. */
final class MinMaxLong extends MinMax {

    private final ColumnType type;
    private long[] best = new long[0];

    MinMaxLong(ColumnData column, boolean max) {
        super(column, max);
        this.type = column.type();
    }

    @Override
    void growBest(int capacity) {
        best = Arrays.copyOf(best, capacity);
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        // The same loop as MinMaxDouble's over longs: kept apart so each compiles to primitive compares with no
        // per-row call or boxing (a per-row loop of the chart engine).
        Chunk chunk = column.chunk(batch);
        boolean date = type == ColumnType.DATE;
        for (int i = 0; i < len; i++) {
            int g = gid[i];
            if (g < 0) {
                continue;
            }
            int row = from + i;
            if (!chunk.isValid(row)) {
                nulls++;
                continue;
            }
            long v = date ? chunk.getInt(row) : chunk.getLong(row);
            if (counts[g]++ == 0 || (max ? v > best[g] : v < best[g])) {
                best[g] = v;
            }
        }
    }

    @Override
    public Object value(int group) {
        if (counts[group] == 0) {
            return null;
        }
        switch (type) {
            case DATE:
                return DayMath.isoDate(best[group]);
            case DATETIME:
                return DayMath.isoDateTime(best[group]);
            default:
                return best[group];
        }
    }

    @Override
    public double number(int group) {
        return counts[group] == 0 ? Double.NaN : best[group];
    }

    @Override
    public boolean temporal() {
        return type.isTemporal();
    }
}
