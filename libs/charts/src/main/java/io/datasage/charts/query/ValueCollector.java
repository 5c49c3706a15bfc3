package io.datasage.charts.query;

import io.datasage.charts.ColumnType;
import io.datasage.charts.data.Chunk;
import io.datasage.charts.data.ColumnData;
import java.util.Arrays;

/**
 * Collects the non-null values of a numeric column per group, then lays them out contiguously by group (a
 * counting sort), for the statistics that need every value: median, quartiles, histogram edges.
 */
public final class ValueCollector {

    private final ColumnData column;
    private final boolean integer;
    private int[] groups;
    private double[] values;
    private int size;
    private long nulls;
    private int[] offsets;
    private double[] laidOut;

    public ValueCollector(ColumnData column) {
        this.column = column;
        this.integer = column.type() != ColumnType.DECIMAL;
        int expected = (int) Math.min(1 << 24, Math.max(1024, column.rowCount()));
        this.groups = new int[expected];
        this.values = new double[expected];
    }

    /** Adds the window's rows whose group id is >= 0. */
    public void add(int batch, int from, int len, int[] gid) {
        Chunk chunk = column.chunk(batch);
        boolean date = column.type() == ColumnType.DATE;
        if (size + len > values.length) {
            int capacity = Math.max(values.length * 2, size + len);
            groups = Arrays.copyOf(groups, capacity);
            values = Arrays.copyOf(values, capacity);
        }
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
            groups[size] = g;
            values[size++] = !integer ? chunk.getDouble(row) : date ? chunk.getInt(row) : chunk.getLong(row);
        }
    }

    /** Arranges values by group; afterwards {@link #from}/{@link #to} delimit each group's values. */
    public void layOut(int groupCount) {
        if (groupCount == 1) {
            offsets = new int[] {0, size};
            laidOut = size == values.length ? values : Arrays.copyOf(values, size);
            groups = null;
            values = null;
            return;
        }
        offsets = new int[groupCount + 1];
        for (int i = 0; i < size; i++) {
            offsets[groups[i] + 1]++;
        }
        for (int g = 0; g < groupCount; g++) {
            offsets[g + 1] += offsets[g];
        }
        laidOut = new double[size];
        int[] next = Arrays.copyOf(offsets, groupCount);
        for (int i = 0; i < size; i++) {
            laidOut[next[groups[i]]++] = values[i];
        }
        groups = null;
        values = null;
    }

    public double[] values() {
        return laidOut;
    }

    public int from(int group) {
        return offsets[group];
    }

    public int to(int group) {
        return offsets[group + 1];
    }

    public long nulls() {
        return nulls;
    }
}
