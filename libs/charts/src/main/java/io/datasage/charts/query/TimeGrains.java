package io.datasage.charts.query;

import io.datasage.charts.spec.TimeGrain;

/**
 * The automatic time grain for a date x without one, from the span of the filtered dates: up to 62 days by day,
 * up to 183 days by week, up to 6 years by month, up to 20 years by quarter, beyond by year (roughly 10-80 points).
 */
public final class TimeGrains {

    private TimeGrains() {}

    public static TimeGrain forSpan(long days) {
        if (days <= 62) {
            return TimeGrain.DAY;
        }
        if (days <= 183) {
            return TimeGrain.WEEK;
        }
        if (days <= 6 * 366) {
            return TimeGrain.MONTH;
        }
        if (days <= 20 * 366) {
            return TimeGrain.QUARTER;
        }
        return TimeGrain.YEAR;
    }
}
