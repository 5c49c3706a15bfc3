package io.datasage.ai.planner;

import java.util.List;

/** Small helpers for walking a question's parts. */
final class Parts {

    private Parts() {}

    /** The part at {@code k}, or null outside the list. */
    static Part at(List<Part> parts, int k) {
        return k >= 0 && k < parts.size() ? parts.get(k) : null;
    }

    /** Whether {@code a} and {@code b} are column parts of one word each, {@code b} right after {@code a}. */
    static boolean oneWordNamesInARow(Part a, Part b) {
        return a.kind == Part.Kind.COLUMN
                && b.kind == Part.Kind.COLUMN
                && a.end == b.start
                && a.end - a.start == 1
                && b.end - b.start == 1;
    }

    /** The first numeric, non-id candidate of a column part, or null. */
    static ColumnInfo numericOf(Part p) {
        ColumnMatcher.Hit first = null;
        for (ColumnMatcher.Hit h : p.columns) {
            if (!h.column().isNumeric() || h.column().role() == ColumnRole.ID) {
                continue;
            }
            if (first == null) {
                first = h;
            } else if (h.score() == first.score()
                    && h.column().groups().contains("sales")
                    && !first.column().groups().contains("sales")) {
                // "orders over £5000" beside basketValue and orderTotal, both orders' money: the takings.
                return h.column();
            }
        }
        return first == null ? null : first.column();
    }

    /** A value as the filter needs it: a Boolean for true/false columns, else the value as spelt in the data. */
    static Object value(ColumnInfo col, String v) {
        if (col.isNumeric()) {
            return FilterValues.number(Double.parseDouble(v));
        }
        if ("boolean".equals(col.schema().type())) {
            String lower = v.toLowerCase();
            if ("true".equals(lower) || "false".equals(lower)) {
                return Boolean.valueOf(lower);
            }
        }
        return v;
    }

    /** The index of the part covering token {@code i}, or -1. */
    static int covering(List<Part> parts, int i) {
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).start <= i && i < parts.get(k).end) {
                return k;
            }
        }
        return -1;
    }
}
