package io.datasage.ai.planner;

import java.time.LocalDate;
import java.util.List;

/** Writes filter values the way the chart engine reads them: ISO dates, whole numbers without ".0". */
final class FilterValues {

    private FilterValues() {}

    static Object number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return Math.round(v * 1e9) / 1e9;
    }

    /** The first instant of {@code d} for a date column. */
    static String low(LocalDate d) {
        return d.toString();
    }

    /** The last instant of {@code d}: the date itself, or 23:59:59 of it for a date-time column. */
    static String high(ColumnInfo c, LocalDate d) {
        return c.isDatetime() ? d + "T23:59:59" : d.toString();
    }

    /** A year for an integer year column, two-digit when the column stores two digits (70 for 1970). */
    static long year(ColumnInfo c, int year) {
        if (!Double.isNaN(c.maxNum()) && c.maxNum() < 100) {
            return year % 100;
        }
        return year;
    }

    /** The filters that keep {@code p} on column {@code c} with operator {@code op} (between, >=, >, <, <=). */
    static List<Question.Filter> period(ColumnInfo c, String op, Period p, String text) {
        if (c.role() == ColumnRole.YEAR) {
            long from = year(c, p.from().getYear());
            long to = year(c, p.to().getYear());
            switch (op) {
                case ">=":
                    return List.of(new Question.Filter(c, ">=", from, text, false));
                case ">":
                    return List.of(new Question.Filter(c, ">", to, text, false));
                case "<":
                    return List.of(new Question.Filter(c, "<", from, text, false));
                case "<=":
                    return List.of(new Question.Filter(c, "<=", to, text, false));
                default:
                    return from == to
                            ? List.of(new Question.Filter(c, "=", from, text, false))
                            : List.of(new Question.Filter(c, "between", List.of(from, to), text, false));
            }
        }
        switch (op) {
            case ">=":
                return List.of(new Question.Filter(c, ">=", low(p.from()), text, false));
            case ">":
                return List.of(new Question.Filter(c, ">=", low(p.to().plusDays(1)), text, false));
            case "<":
                return List.of(new Question.Filter(c, "<", low(p.from()), text, false));
            case "<=":
                return List.of(new Question.Filter(c, "<=", high(c, p.to()), text, false));
            default:
                return List.of(new Question.Filter(c, "between", List.of(low(p.from()), high(c, p.to())), text, false));
        }
    }
}
