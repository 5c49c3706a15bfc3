package io.datasage.chat.service;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.charts.Dataset;
import io.datasage.platform.datasets.DatasetInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Describes a dataset to the planner from its stored profile: columns, types, frequent values and ranges. */
final class SchemaMapper {

    private static final int TOP_VALUES = 50;
    private static final int MAX_CATEGORY_VALUES = 2000;

    private SchemaMapper() {}

    /**
     * The planner's view of a dataset: the profile's columns, with every value of each category column (from the
     * Arrow dictionary) after the most frequent ones, so that "for Technology" is recognised as a filter value.
     */
    static DatasetSchema from(DatasetInfo dataset, Dataset data) {
        DatasetSchema fromProfile = from(dataset);
        List<ColumnSchema> columns = new ArrayList<>(fromProfile.columns().size());
        for (ColumnSchema c : fromProfile.columns()) {
            if (!"category".equals(c.type())) {
                columns.add(c);
                continue;
            }
            java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>(c.topValues());
            for (String v : data.categoryValues(c.name())) {
                if (values.size() >= MAX_CATEGORY_VALUES) {
                    break;
                }
                values.add(v);
            }
            columns.add(new ColumnSchema(
                    c.name(), c.type(), c.unit(), c.distinct(), c.nulls(), List.copyOf(values), c.min(), c.max()));
        }
        return new DatasetSchema(fromProfile.name(), fromProfile.rowCount(), columns);
    }

    @SuppressWarnings("unchecked")
    static DatasetSchema from(DatasetInfo dataset) {
        Map<String, Object> profile = dataset.profile() == null ? Map.of() : dataset.profile();
        List<Map<String, Object>> profiles =
                (List<Map<String, Object>>) profile.getOrDefault("column_profiles", List.of());
        List<ColumnSchema> columns = new ArrayList<>();
        if (profiles.isEmpty() && dataset.columns() != null) {
            for (DatasetInfo.Column c : dataset.columns()) {
                columns.add(new ColumnSchema(
                        c.name(), c.type(), null, c.distinctCount(), c.nullCount(), c.samples(), null, null));
            }
        }
        for (Map<String, Object> c : profiles) {
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
        long rows = dataset.rowCount() == null ? number(profile.get("rows")) : dataset.rowCount();
        return new DatasetSchema(dataset.name(), rows, columns);
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
