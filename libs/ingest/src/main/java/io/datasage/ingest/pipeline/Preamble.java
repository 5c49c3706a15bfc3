package io.datasage.ingest.pipeline;

import io.datasage.ingest.infer.Whitespace;
import io.datasage.ingest.source.FieldCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds lines above the table that are not part of it: report titles, "exported on ..." lines. They are leading rows
 * narrower than the table (fewer fields than most rows) with at most a third of its cells filled; at most 10 are
 * skipped and at least two rows must remain.
 */
final class Preamble {

    private static final int MAX_ROWS = 10;

    private Preamble() {}

    static int rows(List<ArrayRow> head) {
        if (head.size() < 3) {
            return 0;
        }
        int modalTotal = modal(head, true);
        int modalFilled = modal(head, false);
        if (modalTotal < 2) {
            return 0;
        }
        int skip = 0;
        int limit = Math.min(MAX_ROWS, head.size() - 2);
        while (skip < limit) {
            ArrayRow row = head.get(skip);
            if (row.totalFields() >= modalTotal || filled(row) > Math.max(1, modalFilled / 3)) {
                break;
            }
            skip++;
        }
        return skip;
    }

    /** The skipped lines as they read, for the profile's problem list. */
    static List<String> describe(List<ArrayRow> head, int rows) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < head.get(r).size(); i++) {
                String value = head.get(r).get(i);
                if (value != null && !Whitespace.trim(value).isEmpty()) {
                    values.add(Whitespace.trim(value));
                }
            }
            out.add("row " + head.get(r).rowNumber() + ": " + String.join(" ", values));
        }
        return out;
    }

    private static int filled(ArrayRow row) {
        int filled = 0;
        for (int i = 0; i < row.size(); i++) {
            String value = row.get(i);
            if (value != null && !Whitespace.trim(value).isEmpty()) {
                filled++;
            }
        }
        return filled;
    }

    private static int modal(List<ArrayRow> head, boolean totals) {
        FieldCounts counts = new FieldCounts();
        for (ArrayRow row : head) {
            counts.add(totals ? row.totalFields() : filled(row));
        }
        return counts.modal();
    }
}
