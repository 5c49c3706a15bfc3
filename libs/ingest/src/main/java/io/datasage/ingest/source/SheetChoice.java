package io.datasage.ingest.source;

import io.datasage.ingest.IngestException;
import java.util.List;
import java.util.function.IntPredicate;

/** Resolves the requested sheet (a name, a 0-based index as text, or null for the first visible sheet). */
final class SheetChoice {

    private SheetChoice() {}

    static int resolve(String requested, List<String> sheets, IntPredicate hidden) throws IngestException {
        if (sheets.isEmpty()) {
            throw new IngestException("parsing", "the workbook has no sheets");
        }
        if (requested == null) {
            for (int i = 0; i < sheets.size(); i++) {
                if (!hidden.test(i)) {
                    return i;
                }
            }
            return 0;
        }
        int exact = sheets.indexOf(requested);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).equalsIgnoreCase(requested.trim())) {
                return i;
            }
        }
        if (requested.trim().matches("\\d{1,4}")) {
            int index = Integer.parseInt(requested.trim());
            if (index < sheets.size()) {
                return index;
            }
        }
        throw new IngestException(
                "parsing", "sheet '" + requested + "' not found; sheets are: " + String.join(", ", sheets));
    }
}
