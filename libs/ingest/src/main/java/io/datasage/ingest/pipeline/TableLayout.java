package io.datasage.ingest.pipeline;

import io.datasage.ingest.IngestException;
import io.datasage.ingest.infer.HeaderDetector;
import io.datasage.ingest.infer.HeaderNames;
import io.datasage.ingest.infer.NullTokens;
import io.datasage.ingest.infer.Whitespace;
import io.datasage.ingest.source.FieldCounts;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Header or not, how many columns, and their names, decided from the first rows.
 *
 * <p>Width: the header's field count for text files (trailing unnamed header fields are dropped when the data rows
 * are narrower: "a,b,c," above "1,2,3"); the most common field count without a header; the widest of the first rows
 * for spreadsheets, where short rows are normal.
 */
record TableLayout(
        int preambleRows,
        List<String> preamble,
        boolean hasHeader,
        int width,
        List<String> names,
        List<String> renamed) {

    /** Non-blank rows before the data: the preamble and the header. */
    int skippedRows() {
        return preambleRows + (hasHeader ? 1 : 0);
    }

    static TableLayout decide(List<ArrayRow> allHead, boolean spreadsheet, NullTokens nullTokens, int maxColumns)
            throws IngestException {
        int preambleRows = Preamble.rows(allHead);
        List<ArrayRow> head = allHead.subList(preambleRows, allHead.size());
        List<String[]> fields = head.stream().map(ArrayRow::fields).collect(Collectors.toList());
        boolean header = new HeaderDetector(nullTokens).hasHeader(fields);
        int width;
        if (spreadsheet) {
            width = head.stream().mapToInt(ArrayRow::totalFields).max().orElse(1);
        } else if (header) {
            width = headerWidth(head);
        } else {
            width = modalWidth(head, 0);
        }
        width = Math.max(1, width);
        if (width > maxColumns) {
            throw new IngestException(
                    "parsing",
                    String.format(
                            Locale.US,
                            "the file has %,d columns; DataSage handles up to %,d - split it or transpose it",
                            width,
                            maxColumns));
        }
        HeaderNames.Result names = HeaderNames.of(header ? fields.get(0) : null, width);
        return new TableLayout(
                preambleRows, Preamble.describe(allHead, preambleRows), header, width, names.names(), names.renamed());
    }

    private static int headerWidth(List<ArrayRow> head) {
        ArrayRow header = head.get(0);
        int named = 0;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name != null && !Whitespace.trim(name).isEmpty()) {
                named = i + 1;
            }
        }
        if (named >= header.totalFields() || head.size() < 2) {
            return header.totalFields();
        }
        return Math.max(named, Math.min(header.totalFields(), modalWidth(head, 1)));
    }

    /** The most common field count among the rows from {@code from} (ties go to the wider). */
    private static int modalWidth(List<ArrayRow> head, int from) {
        FieldCounts counts = new FieldCounts();
        for (int i = from; i < head.size(); i++) {
            counts.add(head.get(i).totalFields());
        }
        return counts.modal();
    }
}
