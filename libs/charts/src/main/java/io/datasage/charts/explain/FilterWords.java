package io.datasage.charts.explain;

import io.datasage.charts.ColumnType;
import io.datasage.charts.query.DayMath;
import io.datasage.charts.spec.FilterOp;
import io.datasage.charts.spec.FilterSpec;
import io.datasage.charts.spec.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A filter in words: "Transmission = Automatic", "Make is Audi or BMW", "Order Date in 2024-Q1". */
final class FilterWords {

    private FilterWords() {}

    static String of(FilterSpec filter) {
        String column = filter.column().name();
        boolean temporal = filter.column().type().isTemporal();
        List<String> values = new ArrayList<>();
        for (Object value : filter.values()) {
            values.add(value(value, filter.column().type()));
        }
        String first = values.get(0);
        switch (filter.op()) {
            case EQ:
                return column + (temporal ? " in " : " = ") + first;
            case NE:
                return column + (temporal ? " not in " : " ≠ ") + first;
            case IN:
                return column + (temporal ? " in " : " is ") + list(values, "or");
            case CONTAINS:
                return column + " contains " + (first.contains("\"") ? "'" + first + "'" : "\"" + first + "\"");
            case BETWEEN:
                return column + " from " + first + (temporal ? " through " : " to ") + values.get(1);
            default:
                return column + " " + comparison(filter.op(), temporal) + " " + first;
        }
    }

    private static String comparison(FilterOp op, boolean temporal) {
        switch (op) {
            case GT:
                return temporal ? "after" : ">";
            case GE:
                return temporal ? "from" : "≥";
            case LT:
                return temporal ? "before" : "<";
            default:
                return temporal ? "through" : "≤";
        }
    }

    /** "A", "A or B", "A, B or C" (with {@code conjunction} "or"). */
    static String list(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    private static String value(Object value, ColumnType type) {
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Period) {
            return period((Period) value, type == ColumnType.DATETIME);
        }
        return String.valueOf(value);
    }

    /** The period as people name it: 2024, 2024-Q1, 2024-03, 2024-03-05, or an instant. */
    static String period(Period p, boolean millis) {
        long unit = millis ? DayMath.DAY_MS : 1;
        if (millis && (p.start() % unit != 0 || p.end() % unit != 0)) {
            return DayMath.isoDateTime(p.start());
        }
        LocalDate start = LocalDate.ofEpochDay(Math.floorDiv(p.start(), unit));
        LocalDate end = LocalDate.ofEpochDay(Math.floorDiv(p.end(), unit));
        if (start.getDayOfYear() == 1 && end.equals(start.plusYears(1))) {
            return Integer.toString(start.getYear());
        }
        if (start.getDayOfMonth() == 1 && end.equals(start.plusMonths(3)) && (start.getMonthValue() - 1) % 3 == 0) {
            return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        }
        if (start.getDayOfMonth() == 1 && end.equals(start.plusMonths(1))) {
            return DayMath.label(start.toEpochDay(), io.datasage.charts.spec.TimeGrain.MONTH);
        }
        return start.toString();
    }
}
