package io.datasage.ingest.source;

import java.util.HashMap;
import java.util.Map;

/** Tallies rows by field count and keeps the most common count, ties going to the wider: how wide a table is. */
public final class FieldCounts {

    private final Map<Integer, Integer> counts = new HashMap<>();
    private int modal;
    private int modalRows;

    public void add(int fields) {
        int rows = counts.merge(fields, 1, Integer::sum);
        // Counts only grow, so the leader can only change to the count just raised.
        if (rows > modalRows || (rows == modalRows && fields > modal)) {
            modal = fields;
            modalRows = rows;
        }
    }

    /** The most common field count (the wider on a tie); 0 before any row. */
    public int modal() {
        return modal;
    }

    /** How many rows have {@link #modal()} fields. */
    public int modalRows() {
        return modalRows;
    }
}
