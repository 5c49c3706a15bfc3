package io.datasage.ai.schema;

import java.util.List;
import java.util.Objects;

/**
 * One profiled column.
 *
 * @param name the column's name exactly as in the file
 * @param type integer, decimal, boolean, date, datetime, category or text
 * @param unit "$", "%" or null
 * @param distinct the number of distinct values
 * @param nulls the number of empty cells
 * @param topValues the most frequent values of a category, text or boolean column (up to about 50), most frequent first
 * @param min the smallest value: a plain number, or an ISO date for date columns; null when unknown
 * @param max the largest value, like {@code min}
 */
public record ColumnSchema(
        String name,
        String type,
        String unit,
        long distinct,
        long nulls,
        List<String> topValues,
        String min,
        String max) {

    public ColumnSchema {
        Objects.requireNonNull(name, "column name");
        type = type == null ? "text" : type;
        topValues = topValues == null ? List.of() : List.copyOf(topValues);
    }

    /** A column of integers or decimals. */
    public boolean isNumeric() {
        return "integer".equals(type) || "decimal".equals(type);
    }

    /** A date or date-time column. */
    public boolean isTemporal() {
        return "date".equals(type) || "datetime".equals(type);
    }

    /** A category, text or boolean column. */
    public boolean isCategorical() {
        return "category".equals(type) || "text".equals(type) || "boolean".equals(type);
    }
}
