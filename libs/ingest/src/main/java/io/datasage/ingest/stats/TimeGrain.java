package io.datasage.ingest.stats;

import java.time.LocalDate;
import java.util.Locale;

/** Calendar periods for date histograms and trends, picked so a span gives a readable number of periods. */
enum TimeGrain {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** Up to two months by day, a year by week, five years by month, twenty by quarter, then by year. */
    static TimeGrain forSpan(double days) {
        if (days <= 62) {
            return DAY;
        }
        if (days <= 366) {
            return WEEK;
        }
        if (days <= 5 * 366) {
            return MONTH;
        }
        return days <= 20 * 366 ? QUARTER : YEAR;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static long monthIndex(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }

    /** The period holding a day; weeks start on Monday (1970-01-05 was one). */
    long periodOfDay(long epochDay) {
        switch (this) {
            case DAY:
                return epochDay;
            case WEEK:
                return Math.floorDiv(epochDay + 3, 7);
            default:
                return periodOfMonth(monthIndex(epochDay));
        }
    }

    /** The period holding a month (year * 12 + month - 1); only for month grains and coarser. */
    long periodOfMonth(long monthIndex) {
        switch (this) {
            case QUARTER:
                return Math.floorDiv(monthIndex, 3);
            case YEAR:
                return Math.floorDiv(monthIndex, 12);
            default:
                return monthIndex;
        }
    }

    LocalDate start(long period) {
        switch (this) {
            case DAY:
                return LocalDate.ofEpochDay(period);
            case WEEK:
                return LocalDate.ofEpochDay(period * 7 - 3);
            case MONTH:
                return LocalDate.of((int) Math.floorDiv(period, 12), (int) Math.floorMod(period, 12) + 1, 1);
            case QUARTER:
                return LocalDate.of((int) Math.floorDiv(period * 3, 12), (int) Math.floorMod(period * 3, 12) + 1, 1);
            default:
                return LocalDate.of((int) period, 1, 1);
        }
    }
}
