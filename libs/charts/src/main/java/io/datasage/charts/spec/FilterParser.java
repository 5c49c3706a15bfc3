package io.datasage.charts.spec;

import io.datasage.charts.ChartSpecException;
import io.datasage.charts.ColumnInfo;
import io.datasage.charts.ColumnType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Parses filter values for the column they apply to, so a value that cannot fit fails before any data is read:
 * numbers (also written as strings, with thousands separators, currency signs or a trailing %), ISO dates and
 * periods, booleans, text. {@code between} bounds given high-to-low are swapped.
 */
final class FilterParser {

    private final ColumnCatalog catalog;

    FilterParser(ColumnCatalog catalog) {
        this.catalog = catalog;
    }

    FilterSpec parse(ColumnInfo column, String opText, Object value) throws ChartSpecException {
        FilterOp op = FilterOp.parse(opText);
        if (op == null) {
            throw new ChartSpecException("unknown filter op '" + opText + "' on '" + column.name()
                    + "'; use one of =, !=, >, >=, <, <=, in, between, contains");
        }
        checkOp(column, op);
        List<Object> raw = shape(column, op, value);
        List<Object> parsed = new ArrayList<>();
        for (Object item : raw) {
            parsed.add(parseOne(column, item));
        }
        if (op == FilterOp.BETWEEN && compare(parsed.get(0), parsed.get(1)) > 0) {
            parsed = List.of(parsed.get(1), parsed.get(0));
        }
        return new FilterSpec(column, op, List.copyOf(parsed), value);
    }

    private void checkOp(ColumnInfo column, FilterOp op) throws ChartSpecException {
        ColumnType type = column.type();
        if (op == FilterOp.CONTAINS && !type.isText()) {
            String text = catalog.namesWhere(ColumnType::isText, 5);
            throw new ChartSpecException("'contains' works on text columns" + (text == null ? "" : " (" + text + ")")
                    + "; '" + column.name() + "' is " + type + ": use =, !=, >, <, in or between");
        }
        if (type == ColumnType.BOOLEAN && op != FilterOp.EQ && op != FilterOp.NE && op != FilterOp.IN) {
            throw new ChartSpecException(
                    "'" + column.name() + "' is boolean: filter it with = true or = false, not '" + op.symbol() + "'");
        }
    }

    private static List<Object> shape(ColumnInfo column, FilterOp op, Object value) throws ChartSpecException {
        List<Object> values = new ArrayList<>();
        if (value instanceof Collection) {
            values.addAll((Collection<?>) value);
        } else if (value != null && value.getClass().isArray()) {
            throw new ChartSpecException("filter value for '" + column.name() + "' must be a value or a JSON list");
        } else {
            values.add(value);
        }
        for (Object item : values) {
            if (item == null) {
                throw new ChartSpecException("filter on '" + column.name() + "' has no value (null); "
                        + "rows with missing values never match a filter");
            }
        }
        if (op == FilterOp.IN) {
            if (values.isEmpty()) {
                throw new ChartSpecException("'in' on '" + column.name() + "' needs at least one value");
            }
        } else if (op == FilterOp.BETWEEN) {
            if (values.size() != 2) {
                throw new ChartSpecException(
                        "'between' on '" + column.name() + "' needs two values [low, high], got " + values.size());
            }
        } else if (values.size() != 1) {
            throw new ChartSpecException("'" + op.symbol() + "' on '" + column.name() + "' needs one value, got "
                    + values.size() + (values.size() > 1 ? " (use 'in' for a list)" : ""));
        }
        return values;
    }

    private Object parseOne(ColumnInfo column, Object value) throws ChartSpecException {
        switch (column.type()) {
            case INTEGER:
            case DECIMAL:
                return number(column, value);
            case DATE:
            case DATETIME:
                Period period = Periods.parse(value, column.type() == ColumnType.DATETIME);
                if (period == null) {
                    throw new ChartSpecException("filter on '" + column.name() + "' (" + column.type()
                            + ") needs an ISO date such as 2024-03-01 (or 2024-03, 2024-Q1, 2024), got '" + value
                            + "'");
                }
                return period;
            case BOOLEAN:
                return bool(column, value);
            default:
                return text(value);
        }
    }

    private BigDecimal number(ColumnInfo column, Object value) throws ChartSpecException {
        if (value instanceof Number) {
            double asDouble = ((Number) value).doubleValue();
            if (Double.isNaN(asDouble) || Double.isInfinite(asDouble)) {
                throw new ChartSpecException("filter on '" + column.name() + "' needs a finite number, got " + value);
            }
            return new BigDecimal(value.toString());
        }
        String text = String.valueOf(value).trim();
        String cleaned = text.replaceAll("^[$€£¥]|[$€£¥%]$|[,_\\s]", "");
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            String hint = "";
            if (Periods.parse(text, true) != null) {
                String dates = catalog.namesWhere(ColumnType::isTemporal, 5);
                hint = ", which looks like a date; '" + column.name() + "' is not a date column"
                        + (dates == null ? "" : " (date columns: " + dates + ")");
            }
            throw new ChartSpecException("filter on '" + column.name() + "' (" + column.type()
                    + ") needs a number, got '" + text + "'" + hint);
        }
    }

    private static Boolean bool(ColumnInfo column, Object value) throws ChartSpecException {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        switch (text) {
            case "true":
            case "yes":
            case "y":
            case "1":
            case "t":
                return Boolean.TRUE;
            case "false":
            case "no":
            case "n":
            case "0":
            case "f":
                return Boolean.FALSE;
            default:
                throw new ChartSpecException(
                        "filter on '" + column.name() + "' (boolean) needs true or false, got '" + value + "'");
        }
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return String.valueOf(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Period) {
            return Long.compare(((Period) a).start(), ((Period) b).start());
        }
        if (a instanceof Comparable) {
            return ((Comparable) a).compareTo(b);
        }
        return 0;
    }
}
