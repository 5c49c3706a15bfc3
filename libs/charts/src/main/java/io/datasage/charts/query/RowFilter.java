package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;

/** One compiled filter: marks the window's rows that fail it (including every null row) with -1. */
abstract class RowFilter {

    protected final ColumnData column;

    RowFilter(ColumnData column) {
        this.column = column;
    }

    /** Sets {@code ids[i] = -1} for each row {@code from + i} that does not pass. */
    abstract void apply(int batch, int from, int len, int[] ids);
}
