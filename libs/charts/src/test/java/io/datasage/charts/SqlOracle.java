package io.datasage.charts;

import static io.datasage.charts.TestTable.quote;

import io.datasage.contracts.chart.ChartSpec;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The DuckDB side of the comparison: the SQL a careful analyst would write for a resolved chart spec, following
 * the engine's documented semantics (null keys excluded, text equality case-insensitive, date values as periods),
 * written independently of the engine's code.
 */
final class SqlOracle {

    private final Connection connection;
    private final String table;
    private final TestTable data;

    SqlOracle(Connection connection, String table, TestTable data) {
        this.connection = connection;
        this.table = table;
        this.data = data;
    }

    String table() {
        return table;
    }

    ColumnType type(String column) {
        return data.columns().stream()
                .filter(c -> c.name().equals(column))
                .findFirst()
                .orElseThrow()
                .type();
    }

    List<Object[]> query(String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object value = rs.getObject(i + 1);
                    row[i] = value instanceof java.sql.Date || value instanceof LocalDate ? rs.getString(i + 1) : value;
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed on: " + sql + " -- " + e.getMessage(), e);
        }
    }

    Object scalar(String sql) {
        return query(sql).get(0)[0];
    }

    /** The WHERE condition of the spec's filters (TRUE when none). */
    String where(List<ChartSpec.Filter> filters) {
        if (filters == null || filters.isEmpty()) {
            return "TRUE";
        }
        List<String> parts = new ArrayList<>();
        for (ChartSpec.Filter filter : filters) {
            parts.add("(" + condition(filter) + ")");
        }
        return String.join(" AND ", parts);
    }

    /** Group key expression: date_trunc for a time grain. */
    String key(String column, String grain) {
        if (grain != null && type(column).isTemporal()) {
            return "CAST(date_trunc('" + grain + "', " + quote(column) + ") AS DATE)";
        }
        return quote(column);
    }

    /** The aggregate expression; temporal min/max as epoch days / millis. */
    String aggregate(String aggregation, String column) {
        if (column == null) {
            return "count(*)";
        }
        String c = quote(column);
        ColumnType type = type(column);
        String numeric = type == ColumnType.BOOLEAN ? "CAST(" + c + " AS INTEGER)" : c;
        switch (aggregation) {
            case "sum":
                return "sum(" + numeric + ")";
            case "mean":
                return "avg(" + numeric + ")";
            case "count":
                return "count(" + c + ")";
            case "count_distinct":
                return "count(DISTINCT " + c + ")";
            case "median":
                return "quantile_cont(" + c + ", 0.5)";
            default:
                String expression = aggregation + "(" + c + ")";
                return type == ColumnType.DATE
                        ? "datediff('day', DATE '1970-01-01', " + expression + ")"
                        : type == ColumnType.DATETIME ? "epoch_ms(" + expression + ")" : expression;
        }
    }

    /** Sum (for sum) or mean (for mean) of the magnitudes behind an aggregate, to scale the tolerance. */
    String magnitude(String aggregation, String column) {
        if (column == null
                || !(aggregation.equals("sum") || aggregation.equals("mean"))
                || !type(column).isNumeric()) {
            return "0";
        }
        String fn = aggregation.equals("sum") ? "sum" : "avg";
        return "coalesce(" + fn + "(abs(CAST(" + quote(column) + " AS DOUBLE))), 0)";
    }

    private String condition(ChartSpec.Filter filter) {
        String c = quote(filter.column());
        ColumnType type = type(filter.column());
        String op = filter.op();
        List<Object> values = filter.value() instanceof Collection
                ? new ArrayList<>((Collection<?>) filter.value())
                : List.of(filter.value());
        if (type.isTemporal()) {
            return temporal(c, type, op, values);
        }
        if (type.isText()) {
            return text(c, op, values);
        }
        List<String> literals = new ArrayList<>();
        for (Object value : values) {
            literals.add(
                    type == ColumnType.BOOLEAN
                            ? String.valueOf(Boolean.parseBoolean(value.toString()))
                            : new BigDecimal(value.toString()).toPlainString());
        }
        switch (op) {
            case "in":
                return c + " IN (" + String.join(", ", literals) + ")";
            case "between":
                BigDecimal a = new BigDecimal(literals.get(0));
                BigDecimal b = new BigDecimal(literals.get(1));
                return c + " BETWEEN " + a.min(b).toPlainString() + " AND "
                        + a.max(b).toPlainString();
            case "!=":
                return c + " <> " + literals.get(0);
            default:
                return c + " " + op + " " + literals.get(0);
        }
    }

    private static String text(String c, String op, List<Object> values) {
        String v = literal(values.get(0).toString());
        switch (op) {
            case "=":
                return "lower(" + c + ") = lower(" + v + ")";
            case "!=":
                return "lower(" + c + ") <> lower(" + v + ")";
            case "in":
                List<String> items = new ArrayList<>();
                values.forEach(value -> items.add("lower(" + literal(value.toString()) + ")"));
                return "lower(" + c + ") IN (" + String.join(", ", items) + ")";
            case "contains":
                return "contains(lower(" + c + "), lower(" + v + "))";
            case "between":
                String a = values.get(0).toString();
                String b = values.get(1).toString();
                return c + " BETWEEN " + literal(a.compareTo(b) <= 0 ? a : b) + " AND "
                        + literal(a.compareTo(b) <= 0 ? b : a);
            default:
                return c + " " + op + " " + v;
        }
    }

    private static String temporal(String c, ColumnType type, String op, List<Object> values) {
        List<LocalDateTime[]> periods = new ArrayList<>();
        for (Object value : values) {
            periods.add(period(value.toString(), type == ColumnType.DATETIME));
        }
        LocalDateTime[] p = periods.get(0);
        switch (op) {
            case "=":
                return inside(c, type, p);
            case "!=":
                return "NOT (" + inside(c, type, p) + ")";
            case "in":
                List<String> any = new ArrayList<>();
                periods.forEach(q -> any.add(inside(c, type, q)));
                return String.join(" OR ", any);
            case ">":
                return c + " >= " + literal(type, p[1]);
            case ">=":
                return c + " >= " + literal(type, p[0]);
            case "<":
                return c + " < " + literal(type, p[0]);
            case "<=":
                return c + " < " + literal(type, p[1]);
            default:
                LocalDateTime[] q = periods.get(1);
                LocalDateTime[] low = p[0].isAfter(q[0]) ? q : p;
                LocalDateTime[] high = low == p ? q : p;
                return c + " >= " + literal(type, low[0]) + " AND " + c + " < " + literal(type, high[1]);
        }
    }

    private static String inside(String c, ColumnType type, LocalDateTime[] p) {
        return c + " >= " + literal(type, p[0]) + " AND " + c + " < " + literal(type, p[1]);
    }

    /** The half-open period an ISO value names (year, month, quarter, day, or one millisecond). */
    static LocalDateTime[] period(String text, boolean millis) {
        if (text.matches("\\d{4}")) {
            LocalDate start = LocalDate.of(Integer.parseInt(text), 1, 1);
            return new LocalDateTime[] {start.atStartOfDay(), start.plusYears(1).atStartOfDay()};
        }
        if (text.matches("\\d{4}-Q\\d")) {
            LocalDate start = LocalDate.of(Integer.parseInt(text.substring(0, 4)), 3 * (text.charAt(6) - '0') - 2, 1);
            return new LocalDateTime[] {
                start.atStartOfDay(), start.plusMonths(3).atStartOfDay()
            };
        }
        if (text.matches("\\d{4}-\\d{2}")) {
            LocalDate start = LocalDate.parse(text + "-01");
            return new LocalDateTime[] {
                start.atStartOfDay(), start.plusMonths(1).atStartOfDay()
            };
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate day = LocalDate.parse(text);
            return new LocalDateTime[] {day.atStartOfDay(), day.plusDays(1).atStartOfDay()};
        }
        LocalDateTime time = LocalDateTime.parse(text);
        if (!millis) {
            return new LocalDateTime[] {
                time.toLocalDate().atStartOfDay(),
                time.toLocalDate().plusDays(1).atStartOfDay()
            };
        }
        return new LocalDateTime[] {time, time.plusNanos(1_000_000)};
    }

    private static String literal(ColumnType type, LocalDateTime time) {
        return type == ColumnType.DATE
                ? "DATE '" + time.toLocalDate() + "'"
                : "TIMESTAMP '" + time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS"))
                        + "'";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
