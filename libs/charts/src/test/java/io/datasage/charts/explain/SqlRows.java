package io.datasage.charts.explain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Runs generated SQL in DuckDB and compares its rows with a chart's rows, value by value. */
final class SqlRows {

    private SqlRows() {}

    static List<Map<String, Object>> run(Connection duck, String sql) {
        try (Statement statement = duck.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), normal(rs.getObject(i)));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError("DuckDB rejected the generated SQL: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** Dates as ISO strings like the engine's rows, exact integers as longs where they fit. */
    static Object normal(Object value) {
        if (value instanceof java.sql.Date) {
            return ((java.sql.Date) value).toLocalDate().toString();
        }
        if (value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Timestamp) {
            return iso(((Timestamp) value).toLocalDateTime());
        }
        if (value instanceof LocalDateTime) {
            return iso((LocalDateTime) value);
        }
        if (value instanceof BigInteger && ((BigInteger) value).bitLength() < 64) {
            return ((BigInteger) value).longValue();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).doubleValue();
        }
        if (value instanceof Integer) {
            return ((Integer) value).longValue();
        }
        return value;
    }

    private static String iso(LocalDateTime time) {
        String text = time.withNano(0).toString();
        if (time.getSecond() == 0 && time.getNano() == 0) {
            text += ":00";
        }
        int ms = time.getNano() / 1_000_000;
        return ms == 0 ? text : text + String.format(".%03d", ms);
    }

    /** Whether an engine value and a DuckDB value are the same number, text, date or missing value. */
    static boolean same(Object engine, Object sql) {
        Object a = normal(engine);
        if (missing(a) || missing(sql)) {
            return missing(a) && missing(sql);
        }
        if (a instanceof Number && sql instanceof Number) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) sql).doubleValue();
            return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
        }
        if (a instanceof Number || sql instanceof Number) {
            // A pie's labels are text in SQL ("Other" shares the column): 4 and '4' are the same slice.
            return Objects.equals(text(a), text(sql));
        }
        return Objects.equals(String.valueOf(a), String.valueOf(sql));
    }

    private static boolean missing(Object value) {
        return value == null || (value instanceof Double && ((Double) value).isNaN());
    }

    private static String text(Object value) {
        if (value instanceof Double && (Double) value == Math.rint((Double) value)) {
            return Long.toString(((Double) value).longValue());
        }
        return String.valueOf(value);
    }
}
