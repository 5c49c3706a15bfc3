package io.datasage.charts.spec;

import io.datasage.charts.ColumnType;
import java.util.Locale;
import java.util.Map;

/** How y values of a group become one number. */
public enum Aggregation {
    SUM("Sum"),
    MEAN("Mean"),
    COUNT("Count"),
    MIN("Min"),
    MAX("Max"),
    MEDIAN("Median"),
    COUNT_DISTINCT("Distinct count");

    private static final Map<String, Aggregation> ALIASES = Map.ofEntries(
            Map.entry("avg", MEAN),
            Map.entry("average", MEAN),
            Map.entry("total", SUM),
            Map.entry("minimum", MIN),
            Map.entry("maximum", MAX),
            Map.entry("distinct", COUNT_DISTINCT),
            Map.entry("nunique", COUNT_DISTINCT),
            Map.entry("unique", COUNT_DISTINCT),
            Map.entry("distinct_count", COUNT_DISTINCT),
            Map.entry("countdistinct", COUNT_DISTINCT),
            Map.entry("n", COUNT));

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Axis-title word: "Sum" in "Sum of Sales". */
    public String label() {
        return label;
    }

    /** Parses a chart-spec value or an alias ("avg"); null when unknown. */
    public static Aggregation parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = Names.key(value);
        for (Aggregation aggregation : values()) {
            if (aggregation.wireName().equals(key)) {
                return aggregation;
            }
        }
        return ALIASES.get(key);
    }

    /** Whether this aggregation accepts a column of this type. */
    public boolean accepts(ColumnType type) {
        switch (this) {
            case COUNT:
            case COUNT_DISTINCT:
                return true;
            case SUM:
            case MEAN:
                return type.isNumeric() || type == ColumnType.BOOLEAN;
            case MEDIAN:
                return type.isNumeric();
            case MIN:
            case MAX:
                return type.isNumeric() || type.isTemporal();
            default:
                return false;
        }
    }

    /** Group values add up to the total of all rows (sum, count): pie slices and "Other" make sense. */
    public boolean isAdditive() {
        return this == SUM || this == COUNT;
    }

    /** The result keeps the column's unit ($, %): not for counts. */
    public boolean keepsUnit() {
        return this != COUNT && this != COUNT_DISTINCT;
    }

    /** Comma-separated wire names, for messages. */
    public static String allNames() {
        StringBuilder out = new StringBuilder();
        for (Aggregation aggregation : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(aggregation.wireName());
        }
        return out.toString();
    }
}
