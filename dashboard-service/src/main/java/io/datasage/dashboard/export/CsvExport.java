package io.datasage.dashboard.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.datasage.dashboard.service.NumberFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chart's rows as CSV (RFC 4180): one column per key of the rows in their order, numbers written exactly
 * (no exponent, no rounding), empty cells for nulls. Text that a spreadsheet would run as a formula (starting with
 * {@code = + - @} or a tab or carriage return) is prefixed with {@code '}, so opening the file runs nothing.
 */
public final class CsvExport {

    private CsvExport() {}

    /** The CSV text of {@code rows}. */
    public static String write(List<Map<String, Object>> rows) {
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(r -> header.addAll(r.keySet()));
        StringWriter out = new StringWriter();
        try (CsvWriter csv =
                CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(header.stream().map(CsvExport::text).toList());
            for (Map<String, Object> row : rows) {
                List<String> cells = new ArrayList<>(header.size());
                for (String column : header) {
                    cells.add(cell(row.get(column)));
                }
                csv.writeRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? NumberFormat.exact(d) : "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return text(String.valueOf(value));
    }

    private static String text(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
