package io.datasage.ingest.pipeline;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.IngestOptions;
import io.datasage.ingest.infer.ColumnInference;
import io.datasage.ingest.infer.HeaderDetector;
import io.datasage.ingest.infer.HeaderNames;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.infer.NumberParser;
import io.datasage.ingest.infer.TemporalParser;
import io.datasage.ingest.source.RowCursor;
import io.datasage.ingest.source.RowSource;
import io.datasage.ingest.stats.DuplicateRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first pass: decides the header from the first 100 rows, then watches every value of every column to infer
 * types, and fails early on files that are mostly ragged (a wrong delimiter).
 */
final class InferencePass {

    static final int HEAD_ROWS = 100;
    private static final int PROGRESS_EVERY = 4096;
    /** Distinct strings counted per column across all columns, so wide files stay bounded (~100 MB). */
    private static final long TALLY_ENTRIES = 1_000_000;

    private final IngestOptions options;
    private final NullTokens nullTokens;
    private final Progress progress;

    InferencePass(IngestOptions options, NullTokens nullTokens, Progress progress) {
        this.options = options;
        this.nullTokens = nullTokens;
        this.progress = progress;
    }

    InferenceResult run(RowSource source) throws IngestException {
        try (RowCursor cursor = source.open()) {
            List<ArrayRow> head = new ArrayList<>();
            long emptyRows = 0;
            while (head.size() < HEAD_ROWS && cursor.next()) {
                if (cursor.isBlank()) {
                    emptyRows++;
                } else {
                    head.add(new ArrayRow(cursor));
                    if (head.size() == 1) {
                        nameFromFirstRow(source, head.get(0));
                    }
                }
            }
            if (head.isEmpty()) {
                String sheet = source.describe().sheet();
                throw new IngestException(
                        "parsing",
                        sheet == null ? "empty file: there are no rows to read" : "sheet '" + sheet + "' is empty");
            }
            TableLayout layout = TableLayout.decide(head, source.isSpreadsheet(), nullTokens, options.maxColumns());
            source.nameColumns(layout.names());
            ColumnInference[] columns = columns(layout.width());
            DuplicateRows duplicates = new DuplicateRows(options.rowHashBudget());
            FirstPassRows rows = new FirstPassRows(layout.width(), source.isSpreadsheet(), columns, duplicates);
            for (int i = layout.skippedRows(); i < head.size(); i++) {
                rows.observe(head.get(i));
            }
            long read = head.size();
            head = null;
            try (ChunkedRows chunks = new ChunkedRows(rows, layout.width())) {
                while (cursor.next()) {
                    if (cursor.isBlank()) {
                        emptyRows++;
                        continue;
                    }
                    chunks.add(cursor);
                    if (++read % PROGRESS_EVERY == 0) {
                        progress.report(Progress.PARSING, cursor.fraction(), read);
                    }
                }
                chunks.finish();
            }
            progress.report(Progress.PARSING, 1, rows.rows());
            check(layout, rows);
            return new InferenceResult(
                    layout,
                    rows.rows(),
                    emptyRows,
                    columns,
                    rows.ragged(),
                    rows.raggedExamples(),
                    rows.outside(),
                    rows.outsideExamples(),
                    duplicates);
        }
    }

    /** Lets a failure within the first rows name its column, if the first row looks like a header. */
    private void nameFromFirstRow(RowSource source, ArrayRow first) {
        if (new HeaderDetector(nullTokens).hasHeader(java.util.Collections.singletonList(first.fields()))) {
            source.nameColumns(HeaderNames.of(first.fields(), first.size()).names());
        }
    }

    private ColumnInference[] columns(int width) {
        int cap = (int) Math.max(64, Math.min(options.stringTallyCap(), TALLY_ENTRIES / width));
        NumberParser numbers = new NumberParser();
        TemporalParser dates = new TemporalParser();
        ColumnInference[] columns = new ColumnInference[width];
        for (int c = 0; c < width; c++) {
            columns[c] = new ColumnInference(nullTokens, numbers, dates, cap);
        }
        return columns;
    }

    private static void check(TableLayout layout, FirstPassRows rows) throws IngestException {
        if (rows.rows() == 0) {
            throw new IngestException(
                    "parsing",
                    layout.hasHeader() ? "the file has a header row but no data rows" : "the file has no data rows");
        }
        long ragged = rows.ragged();
        if (ragged > 10 && ragged * 10 > rows.rows()) {
            throw new IngestException(
                    "parsing",
                    String.format(
                            Locale.US,
                            "%s; %,d of %,d rows have a different number of fields than %s - check the delimiter",
                            rows.raggedExamples().get(0),
                            ragged,
                            rows.rows(),
                            layout.hasHeader() ? "the header" : "most rows"));
        }
    }
}
