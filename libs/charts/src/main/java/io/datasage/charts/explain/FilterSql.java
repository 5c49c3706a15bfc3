package io.datasage.charts.explain;

import io.datasage.charts.ColumnType;
import io.datasage.charts.spec.FilterOp;
import io.datasage.charts.spec.FilterSpec;
import io.datasage.charts.spec.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A filter as a SQL condition with the engine's meaning: text {@code =}, {@code !=}, {@code in} and {@code contains}
 * ignore case, text ordering compares code points, a date value names a whole period ({@code = 2024-03} is March),
 * {@code between} is inclusive, and an empty value never matches (SQL's NULL comparisons already say so).
 */
final class FilterSql {

    private FilterSql() {}

    static List<String> conditions(List<FilterSpec> filters) {
        List<String> out = new ArrayList<>();
        for (FilterSpec filter : filters) {
            out.add(condition(filter));
        }
        return out;
    }

    static String condition(FilterSpec filter) {
        ColumnType type = filter.column().type();
        String c = Sql.ident(filter.column().name());
        if (type.isTemporal()) {
            return temporal(c, type, filter.op(), filter.values());
        }
        if (type.isText()) {
            return text(c, filter.op(), filter.values());
        }
        List<String> literals = new ArrayList<>();
        for (Object value : filter.values()) {
            literals.add(value instanceof BigDecimal ? Sql.number((BigDecimal) value) : String.valueOf(value));
        }
        return compare(c, filter.op(), literals);
    }

    private static String compare(String c, FilterOp op, List<String> literals) {
        switch (op) {
            case IN:
                return c + " IN (" + String.join(", ", literals) + ")";
            case BETWEEN:
                return c + " BETWEEN " + literals.get(0) + " AND " + literals.get(1);
            case NE:
                return c + " <> " + literals.get(0);
            default:
                return c + " " + op.symbol() + " " + literals.get(0);
        }
    }

    private static String text(String c, FilterOp op, List<Object> values) {
        List<String> lowered = new ArrayList<>();
        for (Object value : values) {
            lowered.add(Sql.text(((String) value).toLowerCase(Locale.ROOT)));
        }
        switch (op) {
            case EQ:
                return "lower(" + c + ") = " + lowered.get(0);
            case NE:
                return "lower(" + c + ") <> " + lowered.get(0);
            case IN:
                return "lower(" + c + ") IN (" + String.join(", ", lowered) + ")";
            case CONTAINS:
                return "contains(lower(" + c + "), " + lowered.get(0) + ")";
            default:
                List<String> exact = new ArrayList<>();
                values.forEach(v -> exact.add(Sql.text((String) v)));
                return compare(c, op, exact);
        }
    }

    private static String temporal(String c, ColumnType type, FilterOp op, List<Object> values) {
        boolean millis = type == ColumnType.DATETIME;
        Period p = (Period) values.get(0);
        switch (op) {
            case EQ:
                return inside(c, p, millis);
            case NE:
                return single(p) ? c + " <> " + literal(p.start(), millis) : "NOT (" + inside(c, p, millis) + ")";
            case IN:
                List<String> any = new ArrayList<>();
                for (Object value : values) {
                    any.add(inside(c, (Period) value, millis));
                }
                return any.size() == 1 ? any.get(0) : "(" + String.join(" OR ", parenthesised(any)) + ")";
            case GT:
                return c + " >= " + literal(p.end(), millis);
            case GE:
                return c + " >= " + literal(p.start(), millis);
            case LT:
                return c + " < " + literal(p.start(), millis);
            case LE:
                return c + " < " + literal(p.end(), millis);
            default:
                Period high = (Period) values.get(1);
                return c + " >= " + literal(p.start(), millis) + " AND " + c + " < " + literal(high.end(), millis);
        }
    }

    /** The period as {@code = DATE '...'} when it is one day (a date-time: one millisecond), else a half-open range. */
    private static String inside(String c, Period p, boolean millis) {
        if (single(p)) {
            return c + " = " + literal(p.start(), millis);
        }
        return c + " >= " + literal(p.start(), millis) + " AND " + c + " < " + literal(p.end(), millis);
    }

    private static boolean single(Period p) {
        return p.end() - p.start() == 1;
    }

    private static List<String> parenthesised(List<String> conditions) {
        List<String> out = new ArrayList<>();
        conditions.forEach(condition -> out.add(condition.contains(" AND ") ? "(" + condition + ")" : condition));
        return out;
    }

    private static String literal(long value, boolean millis) {
        return millis ? Sql.timestamp(value) : Sql.date(value);
    }
}
