package io.datasage.charts.spec;

import java.util.Locale;
import java.util.Map;

/** Calendar buckets for a date or datetime x. Weeks start on Monday (ISO 8601). */
public enum TimeGrain {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    private static final Map<String, TimeGrain> ALIASES = Map.of(
            "daily",
            DAY,
            "weekly",
            WEEK,
            "monthly",
            MONTH,
            "quarterly",
            QUARTER,
            "yearly",
            YEAR,
            "annual",
            YEAR,
            "annually",
            YEAR,
            "days",
            DAY,
            "months",
            MONTH,
            "years",
            YEAR);

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a chart-spec value or an alias ("monthly"); null when unknown. */
    public static TimeGrain parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = Names.key(value);
        for (TimeGrain grain : values()) {
            if (grain.wireName().equals(key)) {
                return grain;
            }
        }
        return ALIASES.get(key);
    }
}
