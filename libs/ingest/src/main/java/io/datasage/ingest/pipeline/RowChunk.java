package io.datasage.ingest.pipeline;

import io.datasage.ingest.source.RowView;
import io.datasage.ingest.stats.Hashing;

/**
 * A block of rows copied from a cursor (field references only), so one thread can read the file while another
 * looks at the values. Only the table's columns are kept, plus what the ragged-row check needs.
 */
final class RowChunk {

    private final int width;
    private final String[] fields;
    private final int[] totals;
    private final long[] rowNumbers;
    private final boolean[] extrasBlank;
    private final long[] hashes;
    private int size;

    RowChunk(int width, int capacity) {
        this.width = width;
        this.fields = new String[width * capacity];
        this.totals = new int[capacity];
        this.rowNumbers = new long[capacity];
        this.extrasBlank = new boolean[capacity];
        this.hashes = new long[capacity];
    }

    boolean isFull() {
        return size == totals.length;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void add(RowView row) {
        int base = size * width;
        int n = Math.min(row.size(), width);
        // Hashing here balances the work: the reading thread waits on the inference thread otherwise.
        long hash = Hashing.start();
        for (int c = 0; c < width; c++) {
            String value = c < n ? row.get(c) : null;
            fields[base + c] = value;
            hash = Hashing.add(hash, value);
        }
        hashes[size] = Hashing.finish(hash);
        totals[size] = row.totalFields();
        rowNumbers[size] = row.rowNumber();
        extrasBlank[size] = extrasBlank(row, width);
        size++;
    }

    /** Whether the fields right of the table are all empty (trailing delimiters such as "1,2,3,"). */
    static boolean extrasBlank(RowView row, int width) {
        if (row.totalFields() <= width) {
            return true;
        }
        if (row.totalFields() > row.size()) {
            return false;
        }
        for (int c = width; c < row.size(); c++) {
            String value = row.get(c);
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    String field(int row, int column) {
        return fields[row * width + column];
    }

    int total(int row) {
        return totals[row];
    }

    long rowNumber(int row) {
        return rowNumbers[row];
    }

    boolean extrasBlank(int row) {
        return extrasBlank[row];
    }

    /** The row's hash for duplicate detection. */
    long hash(int row) {
        return hashes[row];
    }
}
