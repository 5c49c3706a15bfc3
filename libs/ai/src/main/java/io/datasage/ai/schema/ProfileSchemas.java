package io.datasage.ai.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a stored dataset profile (the analysis worker's {@code profile.json}) into a {@link DatasetSchema}. */
public final class ProfileSchemas {

    private static final int TOP_VALUES = 50;

    private ProfileSchemas() {}

    /**
     * The columns of {@code profile}'s {@code column_profiles} with their types, units, counts, frequent values and
     * ranges; {@code rowCount} when known, else the profile's {@code rows}.
     */
    @SuppressWarnings("unchecked")
    public static DatasetSchema from(String name, Long rowCount, Map<String, Object> profile) {
        Map<String, Object> p = profile == null ? Map.of() : profile;
        List<ColumnSchema> columns = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) p.getOrDefault("column_profiles", List.of())) {
            Map<String, Object> range = range(c);
            columns.add(new ColumnSchema(
                    (String) c.get("name"),
                    (String) c.get("type"),
                    (String) c.get("unit"),
                    number(c.get("distinct")),
                    number(c.get("nulls")),
                    topValues(c),
                    text(range.get("min")),
                    text(range.get("max"))));
        }
        long rows = rowCount == null ? number(p.get("rows")) : rowCount;
        return new DatasetSchema(name, rows, columns);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> range(Map<String, Object> column) {
        Object numeric = column.get("numeric");
        if (numeric instanceof Map) {
            return (Map<String, Object>) numeric;
        }
        Object temporal = column.get("temporal");
        return temporal instanceof Map ? (Map<String, Object>) temporal : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<String> topValues(Map<String, Object> column) {
        List<String> values = new ArrayList<>();
        Object top = column.get("top_values");
        if (top instanceof List) {
            for (Object v : (List<Object>) top) {
                Object value = v instanceof Map ? ((Map<String, Object>) v).get("value") : v;
                if (value != null && values.size() < TOP_VALUES) {
                    values.add(value.toString());
                }
            }
        }
        Object samples = column.get("samples");
        if (values.isEmpty() && samples instanceof List) {
            ((List<Object>) samples).forEach(s -> values.add(String.valueOf(s)));
        }
        return values;
    }

    private static long number(Object value) {
        return value instanceof Number ? ((Number) value).longValue() : 0;
    }

    /** A range bound as text: whole doubles without ".0" so that integer columns read as integers. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double
                && ((Double) value) == Math.rint((Double) value)
                && Math.abs((Double) value) < 1e15) {
            return Long.toString(((Double) value).longValue());
        }
        return value.toString();
    }
}
