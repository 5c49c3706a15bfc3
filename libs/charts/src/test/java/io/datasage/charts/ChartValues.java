package io.datasage.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** How the property test compares values: group keys as text, dates as epochs, measures with nulls last. */
final class ChartValues {

    static final double RELATIVE = 1e-9;

    private ChartValues() {}

    /** ISO dates and date-times as epoch days / millis; numbers as they are. */
    static Object epochOrNumber(Object value) {
        if (value instanceof String) {
            String text = (String) value;
            if (text.contains("T")) {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return LocalDate.parse(text).toEpochDay();
        }
        return value;
    }

    static Double number(Object value) {
        if (value == null) {
            return null;
        }
        Object n = epochOrNumber(value);
        double d = ((Number) n).doubleValue();
        return Double.isNaN(d) ? null : d;
    }

    /** Comparison of measure values in sort order: nulls last. */
    static int compareValues(Object a, Object b, boolean descending) {
        Double x = number(a);
        Double y = number(b);
        if (x == null || y == null) {
            return x == null && y == null ? 0 : x == null ? 1 : -1;
        }
        double tolerance = RELATIVE * Math.max(Math.abs(x), Math.abs(y));
        if (Math.abs(x - y) <= tolerance) {
            return 0;
        }
        return descending ? Double.compare(y, x) : Double.compare(x, y);
    }

    /** Natural order of group keys: numbers numerically, everything else as text (ISO dates sort as text). */
    static int compareKeys(Object a, Object b) {
        if (a instanceof Number && b instanceof Number) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** A group key as text: numbers without trailing zeros, everything else as its string. */
    static String norm(Object value) {
        if (value == null) {
            return "<null>";
        }
        if (value instanceof Number) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
