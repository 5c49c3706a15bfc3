package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;

/** One compiled filter: marks the window's rows that fail it (including every null row) with -1. */
abstract class RowFilter {

    protected final ColumnData column;

    RowFilter(ColumnData column) {
        this.column = column;
    }

    /**
     * Sets {@code ids[i] = -1} for each row {@code from + i} that does not pass.
     *
     * <p>Each filter has its own copy of the row loop and null check on purpose: one shared loop calling a per-row test
     * would make that call megamorphic in a loop over every row.
     */
    abstract void apply(int batch, int from, int len, int[] ids);
}
