package io.datasage.charts.spec;

/**
 * A filter value on a date or datetime column: the half-open interval {@code [start, end)} it names, in the
 * column's unit (epoch days for dates, epoch milliseconds for datetimes). "2024" names the whole year,
 * "2024-03" the month, "2024-Q1" the quarter, "2024-03-01" the day, a date-time one millisecond.
 */
public record Period(long start, long end) {}
