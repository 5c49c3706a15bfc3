package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import io.datasage.charts.data.TableData;

/** Smallest and largest value of a date or datetime column over the filtered rows (for picking a time grain). */
public final class ValueRange {

    /** In epoch days; {@code count == 0} when no value matched. */
    public record Days(long min, long max, long count) {}

    private ValueRange() {}

    public static Days ofDays(TableData table, FilterSet filters, ColumnData column) {
        int[] ids = new int[Windows.SIZE];
        long[] state = {Long.MAX_VALUE, Long.MIN_VALUE, 0};
        boolean date = column.type() == ColumnType.DATE;
        Windows.forEach(table, (batch, from, len) -> {
            if (filters.mask(batch, from, len, ids) == 0) {
                return;
            }
            Chunk chunk = column.chunk(batch);
            long min = state[0];
            long max = state[1];
            long count = 0;
            for (int i = 0; i < len; i++) {
                int row = from + i;
                if (ids[i] >= 0 && chunk.isValid(row)) {
                    long v = date ? chunk.getInt(row) : chunk.getLong(row);
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    count++;
                }
            }
            state[0] = min;
            state[1] = max;
            state[2] += count;
        });
        if (state[2] == 0) {
            return new Days(0, 0, 0);
        }
        return date
                ? new Days(state[0], state[1], state[2])
                : new Days(DayMath.dayOfMillis(state[0]), DayMath.dayOfMillis(state[1]), state[2]);
    }
}
