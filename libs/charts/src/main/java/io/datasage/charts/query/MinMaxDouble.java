package io.datasage.charts.query;

import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.util.Arrays;

/** min or max of a decimal column. */
final class MinMaxDouble extends MinMax {

    private double[] best = new double[0];

    MinMaxDouble(ColumnData column, boolean max) {
        super(column, max);
    }

    @Override
    void growBest(int capacity) {
        best = Arrays.copyOf(best, capacity);
    }

    @Override
    public void add(int batch, int from, int len, int[] gid) {
        // The same loop as MinMaxLong's over doubles: kept apart so each compiles to primitive compares with no
        // per-row call or boxing (a per-row loop of the chart engine).
        Chunk chunk = column.chunk(batch);
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
            double v = chunk.getDouble(row);
            if (counts[g]++ == 0 || (max ? v > best[g] : v < best[g])) {
                best[g] = v;
            }
        }
    }

    @Override
    public Object value(int group) {
        return counts[group] == 0 ? null : best[group];
    }

    @Override
    public double number(int group) {
        return counts[group] == 0 ? Double.NaN : best[group];
    }
}
