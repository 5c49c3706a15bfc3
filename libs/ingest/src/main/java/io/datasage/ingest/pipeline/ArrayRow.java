package io.datasage.ingest.pipeline;

import io.datasage.ingest.source.RowView;
import java.util.Arrays;

/** A copy of a row, kept while the first rows decide the header. */
final class ArrayRow implements RowView {

    private final String[] fields;
    private final int total;
    private final long rowNumber;

    ArrayRow(RowView row) {
        this.fields = new String[row.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = row.get(i);
        }
        this.total = row.totalFields();
        this.rowNumber = row.rowNumber();
    }

    String[] fields() {
        return Arrays.copyOf(fields, fields.length);
    }

    @Override
    public int size() {
        return fields.length;
    }

    @Override
    public int totalFields() {
        return total;
    }

    @Override
    public String get(int index) {
        return fields[index];
    }

    @Override
    public long rowNumber() {
        return rowNumber;
    }
}
