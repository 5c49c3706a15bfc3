package io.datasage.charts.query;

import io.datasage.charts.data.TableData;

/** Visits a table in windows of at most {@link #SIZE} rows, so per-row scratch arrays stay in cache. */
final class Windows {

    static final int SIZE = 1 << 14;

    /** Receives one window. */
    interface Visitor {
        void visit(int batch, int from, int len);
    }

    private Windows() {}

    static void forEach(TableData table, Visitor visitor) {
        for (int batch = 0; batch < table.batchCount(); batch++) {
            int length = table.batchLength(batch);
            for (int from = 0; from < length; from += SIZE) {
                visitor.visit(batch, from, Math.min(SIZE, length - from));
            }
        }
    }
}
