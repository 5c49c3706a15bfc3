package io.datasage.charts.explain;

import io.datasage.charts.query.DayMath;
import java.math.BigDecimal;

/**
 * Literals and identifiers in DuckDB's SQL. Every name and value from a spec or a file passes through here, quoted
 * so that no column name or filter value can end its quotes: identifiers double their {@code "}, strings their
 * {@code '} (DuckDB strings have no backslash escapes), comments lose their line breaks.
 */
final class Sql {

    private Sql() {}

    /** {@code "Price ($)"}. */
    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * {@code 'O''Brien'}. Line breaks are written as {@code chr(10)} / {@code chr(13)} so that every line of the
     * generated SQL stays one line of SQL.
     */
    static String text(String value) {
        String quoted = "'" + value.replace("'", "''") + "'";
        return quoted.replace("\r", "' || chr(13) || '").replace("\n", "' || chr(10) || '");
    }

    /** An exact numeric literal ({@code 2.5}); DuckDB compares it exactly with integers and as a double with doubles. */
    static String number(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.length() <= 40 ? plain : value.toString();
    }

    /** A double literal that DuckDB reads as the same IEEE double ({@code 0.1::DOUBLE}). */
    static String dbl(double value) {
        String literal = Double.toString(value) + "::DOUBLE";
        return value < 0 ? "(" + literal + ")" : literal;
    }

    /** {@code DATE '2024-03-01'} for an epoch day. */
    static String date(long epochDay) {
        return "DATE '" + DayMath.isoDate(epochDay) + "'";
    }

    /** {@code TIMESTAMP '2024-03-01 10:15:00'} for epoch milliseconds (UTC wall clock). */
    static String timestamp(long millis) {
        return "TIMESTAMP '" + DayMath.isoDateTime(millis).replace('T', ' ') + "'";
    }

    /** A comment line; line breaks in the text (a column name may hold one) become spaces. */
    static String comment(String text) {
        return "-- " + text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }
}
