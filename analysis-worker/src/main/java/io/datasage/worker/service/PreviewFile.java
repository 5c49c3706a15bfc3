package io.datasage.worker.service;

import io.datasage.ingest.IngestResult;
import io.datasage.ingest.profile.ColumnProfile;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The content of {@code preview.json}: column names and types, and the first rows as JSON values. */
final class PreviewFile {

    // Keeps a preview of a file with huge text cells small enough to send to a browser.
    private static final int MAX_CELL_CHARS = 500;

    private PreviewFile() {}

    static Map<String, Object> of(IngestResult result) {
        List<Map<String, String>> columns = new ArrayList<>();
        for (ColumnProfile c : result.profile().columnProfiles()) {
            Map<String, String> column = new LinkedHashMap<>();
            column.put("name", c.name());
            column.put("type", c.type().typeName());
            columns.add(column);
        }
        List<List<Object>> rows = new ArrayList<>(result.previewRows().size());
        for (List<Object> row : result.previewRows()) {
            List<Object> out = new ArrayList<>(row.size());
            for (Object value : row) {
                out.add(json(value));
            }
            rows.add(out);
        }
        Map<String, Object> preview = new LinkedHashMap<>();
        preview.put("columns", columns);
        preview.put("rows", rows);
        return preview;
    }

    private static Object json(Object value) {
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value.toString();
        }
        if (value instanceof Double && (((Double) value).isNaN() || ((Double) value).isInfinite())) {
            return null;
        }
        if (value instanceof String && ((String) value).length() > MAX_CELL_CHARS) {
            return ((String) value).substring(0, MAX_CELL_CHARS) + "…";
        }
        return value;
    }
}
