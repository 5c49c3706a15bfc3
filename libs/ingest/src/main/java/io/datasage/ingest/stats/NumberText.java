package io.datasage.ingest.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Writes numbers and temporal values the way profile.json shows them as text (top values, periods). */
final class NumberText {

    private NumberText() {}

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static String date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    /** ISO date-time in UTC without a zone suffix, seconds always shown. */
    static String dateTime(long epochMillis) {
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
        String text = t.toString();
        return t.getSecond() == 0 && t.getNano() == 0 ? text + ":00" : text;
    }

    /** JSON has no NaN: undefined statistics are left out. */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
