package io.datasage.charts.explain;

import java.util.Locale;

/**
 * The uploaded file a dataset was read from, as the generated SQL names it.
 *
 * @param fileName the file's name as uploaded ({@code sales.csv}); null gives {@code data.csv}
 * @param format CSV, TSV, XLSX or XLS (any case); null is CSV
 * @param delimiter the CSV field separator DataSage found, or null when it is a comma
 */
public record SourceFile(String fileName, String format, String delimiter) {

    public SourceFile {
        fileName = fileName == null || fileName.isBlank() ? "data.csv" : fileName.strip();
        format = format == null || format.isBlank() ? "CSV" : format.strip().toUpperCase(Locale.ROOT);
    }

    /** A comma-separated file. */
    public static SourceFile csv(String fileName) {
        return new SourceFile(fileName, "CSV", null);
    }

    /** A workbook: DuckDB reads it with {@code read_xlsx}, typed by its cells. */
    boolean workbook() {
        return format.startsWith("XLS");
    }

    /** An old binary workbook, which DuckDB cannot read: the SQL names the same file saved as .xlsx. */
    boolean legacyWorkbook() {
        return "XLS".equals(format);
    }

    /** The name DuckDB is pointed at. */
    String readName() {
        if (!legacyWorkbook()) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName) + ".xlsx";
    }

    /** The delimiter to spell out in {@code read_csv}, or null when DuckDB's default (a comma) fits. */
    String explicitDelimiter() {
        if ("TSV".equals(format) && delimiter == null) {
            return "\t";
        }
        return delimiter == null || delimiter.equals(",") ? null : delimiter;
    }
}
