package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the SQL reads rows from: the original file through {@code read_csv} / {@code read_xlsx}, or, when some
 * used columns need converting to the values DataSage read, a {@code data} step that converts them (CSV columns
 * to convert are read as text, so that DuckDB's own guess cannot get in the way).
 */
final class SourceTable {

    private final SourceFile file;
    private final Map<ColumnInfo, String> conversions = new LinkedHashMap<>();

    SourceTable(SourceFile file, Collection<ColumnInfo> used) {
        this.file = file;
        for (ColumnInfo column : used) {
            String raw =
                    file.workbook() ? "CAST(" + Sql.ident(column.name()) + " AS VARCHAR)" : Sql.ident(column.name());
            String expression = Conversions.expression(column, raw);
            if (expression != null) {
                conversions.put(column, expression);
            }
        }
    }

    /** Adds the comment and the conversion step this source needs to {@code script}; returns the name to select from. */
    String addTo(SqlScript script) {
        if (file.legacyWorkbook()) {
            script.comment(
                    "DuckDB reads .xlsx, not .xls: save " + file.fileName() + " as " + file.readName() + " first.");
        }
        if (conversions.isEmpty()) {
            return read();
        }
        List<String> replaced = new ArrayList<>();
        conversions.forEach((column, expression) -> replaced.add(expression + " AS " + Sql.ident(column.name())));
        script.with("data", "SELECT * REPLACE (" + String.join(",\n    ", replaced) + ")\n  FROM " + read());
        return "data";
    }

    private String read() {
        StringBuilder call = new StringBuilder(file.workbook() ? "read_xlsx(" : "read_csv(");
        call.append(Sql.text(file.readName()));
        String delimiter = file.workbook() ? null : file.explicitDelimiter();
        if (delimiter != null) {
            call.append(", delim = ").append(delimiter.equals("\t") ? "'\\t'" : Sql.text(delimiter));
        }
        if (!file.workbook() && !conversions.isEmpty()) {
            List<String> types = new ArrayList<>();
            conversions.keySet().forEach(c -> types.add(Sql.text(c.name()) + ": 'VARCHAR'"));
            call.append(", types = {").append(String.join(", ", types)).append('}');
        }
        return call.append(')').toString();
    }
}
