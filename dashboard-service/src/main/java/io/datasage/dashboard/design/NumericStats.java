package io.datasage.dashboard.design;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile's numeric summaries by column (min, max, std, skewness, quantiles) and the span of its date
 * columns: the numbers the designer needs
 * beyond what a column means (that comes from libs/ai's ColumnSemantics).
 */
final class NumericStats {

    private final Map<String, Map<String, Object>> byColumn = new HashMap<>();
    private final Map<String, Map<String, Object>> temporal = new HashMap<>();

    @SuppressWarnings("unchecked")
    NumericStats(Map<String, Object> profile) {
        Object columns = profile == null ? null : profile.get("column_profiles");
        if (columns instanceof List) {
            for (Object c : (List<Object>) columns) {
                if (c instanceof Map && ((Map<String, Object>) c).get("numeric") instanceof Map) {
                    Map<String, Object> column = (Map<String, Object>) c;
                    byColumn.put(String.valueOf(column.get("name")), (Map<String, Object>) column.get("numeric"));
                }
                if (c instanceof Map && ((Map<String, Object>) c).get("temporal") instanceof Map) {
                    Map<String, Object> column = (Map<String, Object>) c;
                    temporal.put(String.valueOf(column.get("name")), (Map<String, Object>) column.get("temporal"));
                }
            }
        }
    }

    /** A statistic of a column ({@code min}, {@code std}, {@code skewness}...), or null. */
    Double stat(String column, String key) {
        Object v = byColumn.getOrDefault(column, Map.of()).get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : null;
    }

    /** Days between a date column's first and last value, or null. */
    Double spanDays(String column) {
        Object v = temporal.getOrDefault(column, Map.of()).get("span_days");
        return v instanceof Number ? ((Number) v).doubleValue() : null;
    }

    /** A percentile of a column ({@code p99}), or null. */
    @SuppressWarnings("unchecked")
    Double quantile(String column, String key) {
        Object q = byColumn.getOrDefault(column, Map.of()).get("quantiles");
        Object v = q instanceof Map ? ((Map<String, Object>) q).get(key) : null;
        return v instanceof Number ? ((Number) v).doubleValue() : null;
    }

    /**
     * Heavily right-skewed (sizes, amounts, durations): skewness above 2, or a maximum far beyond the 99th
     * percentile. Such a column squeezes a linear histogram into one bar.
     */
    boolean skewed(String column) {
        Double skew = stat(column, "skewness");
        Double max = stat(column, "max");
        Double min = stat(column, "min");
        Double p99 = quantile(column, "p99");
        boolean longTail = max != null && p99 != null && min != null && max > min && (max - p99) > 4 * (p99 - min);
        return (skew != null && skew > 2) || longTail;
    }
}
