package io.datasage.ingest.pipeline;

import io.datasage.ingest.infer.ColumnInference;
import io.datasage.ingest.source.RowView;
import io.datasage.ingest.stats.DuplicateRows;
import io.datasage.ingest.stats.Hashing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Handles each data row of the first pass: feeds every column's inference, hashes the row for duplicates, and
 * notes ragged rows (text files) or cells right of the table (spreadsheets).
 */
final class FirstPassRows {

    private static final int EXAMPLES = 5;

    private final int width;
    private final boolean spreadsheet;
    private final ColumnInference[] columns;
    private final DuplicateRows duplicates;
    private final List<String> raggedExamples = new ArrayList<>();
    private final List<String> outsideExamples = new ArrayList<>();
    private long rows;
    private long ragged;
    private long outside;

    FirstPassRows(int width, boolean spreadsheet, ColumnInference[] columns, DuplicateRows duplicates) {
        this.width = width;
        this.spreadsheet = spreadsheet;
        this.columns = columns;
        this.duplicates = duplicates;
    }

    void observe(RowView row) {
        int size = Math.min(row.size(), width);
        long hash = Hashing.start();
        for (int c = 0; c < width; c++) {
            String value = c < size ? row.get(c) : null;
            columns[c].observe(value);
            hash = Hashing.add(hash, value);
        }
        finishRow(Hashing.finish(hash), row.totalFields(), row.rowNumber(), RowChunk.extrasBlank(row, width));
    }

    void observe(RowChunk chunk) {
        for (int r = 0; r < chunk.size(); r++) {
            for (int c = 0; c < width; c++) {
                columns[c].observe(chunk.field(r, c));
            }
            finishRow(chunk.hash(r), chunk.total(r), chunk.rowNumber(r), chunk.extrasBlank(r));
        }
    }

    private void finishRow(long hash, int total, long rowNumber, boolean extrasBlank) {
        rows++;
        duplicates.add(hash);
        if ((total > width && !extrasBlank) || (!spreadsheet && total < width)) {
            shapeProblem(total, rowNumber);
        }
    }

    private void shapeProblem(int total, long rowNumber) {
        if (spreadsheet) {
            outside++;
            if (outsideExamples.size() < EXAMPLES) {
                outsideExamples.add("row " + rowNumber + " has cells beyond column " + width);
            }
            return;
        }
        ragged++;
        if (raggedExamples.size() < EXAMPLES) {
            raggedExamples.add(
                    String.format(Locale.US, "row %d has %,d fields, expected %,d", rowNumber, total, width));
        }
    }

    long rows() {
        return rows;
    }

    long ragged() {
        return ragged;
    }

    List<String> raggedExamples() {
        return List.copyOf(raggedExamples);
    }

    long outside() {
        return outside;
    }

    List<String> outsideExamples() {
        return List.copyOf(outsideExamples);
    }
}
