package io.datasage.charts.explain;

import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;

/**
 * How to turn a column's text, as DuckDB reads it from the file, into the value DataSage read: numbers written with
 * currency signs, percent signs, thousands separators or a decimal comma, dates in a non-ISO layout, and booleans
 * written as yes/no. Null when DuckDB's own reading already agrees (plain numbers, ISO dates, text).
 */
final class Conversions {

    private static final String[] NATIVE_TEMPORAL = {
        "yyyy-MM-dd",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.SSS",
        "yyyy-MM-dd'T'HH:mm:ss.SSS"
    };

    private Conversions() {}

    /**
     * The typed expression for {@code column}, or null when none is needed.
     *
     * @param raw the column as text: its name (CSV columns needing this are read as VARCHAR) or a cast to VARCHAR
     */
    static String expression(ColumnInfo column, String raw) {
        ColumnType type = column.type();
        if (type.isNumeric()) {
            return column.unit() == null && column.format() == null ? null : number(type, column.format(), raw);
        }
        if (type == ColumnType.BOOLEAN) {
            return "CASE WHEN lower(trim(" + raw + ")) IN ('true', 't', 'yes', 'y') THEN true" + " WHEN lower(trim("
                    + raw + ")) IN ('false', 'f', 'no', 'n') THEN false END";
        }
        if (type.isTemporal()) {
            return temporal(type, column.format(), raw);
        }
        return null;
    }

    private static String number(ColumnType type, String format, String raw) {
        boolean comma = format != null && format.contains("comma");
        String digits = "regexp_replace(" + raw + ", " + Sql.text(comma ? "[^0-9,eE+-]" : "[^0-9.eE+-]") + ", '', 'g')";
        if (comma) {
            digits = "replace(" + digits + ", ',', '.')";
        }
        return "TRY_CAST(" + digits + " AS " + (type == ColumnType.INTEGER ? "BIGINT" : "DOUBLE") + ")";
    }

    private static String temporal(ColumnType type, String format, String raw) {
        if (format == null) {
            return null;
        }
        for (String iso : NATIVE_TEMPORAL) {
            if (iso.equals(format)) {
                return null;
            }
        }
        String parsed = "try_strptime(" + raw + ", " + Sql.text(StrptimeFormat.of(format)) + ")";
        if (format.contains("X")) {
            // An offset in the values: DataSage keeps the UTC wall clock.
            parsed = "timezone('UTC', " + parsed + ")";
        }
        if (StrptimeFormat.twoDigitYear(format)) {
            // DuckDB reads 00-68 as 20xx; DataSage reads 00-49 as 20xx and 50-99 as 19xx.
            parsed = "(" + parsed + " - INTERVAL (CASE WHEN year(" + parsed + ") >= 2050 THEN 100 ELSE 0 END) YEAR)";
        }
        return type == ColumnType.DATE ? "CAST(" + parsed + " AS DATE)" : parsed;
    }
}
