package io.datasage.charts.spec;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date values people write into the period they mean ({@link Period}). */
public final class Periods {

    private static final long DAY_MS = 86_400_000L;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private Periods() {}

    /**
     * The period a value names, in epoch days ({@code millis == false}) or epoch milliseconds; null when the value
     * is not a date. Numbers 1000-9999 are years.
     */
    public static Period parse(Object value, boolean millis) {
        if (value instanceof Number) {
            double number = ((Number) value).doubleValue();
            if (number == Math.rint(number) && number >= 1000 && number <= 9999) {
                return days(LocalDate.of((int) number, 1, 1), LocalDate.of((int) number + 1, 1, 1), millis);
            }
            return null;
        }
        if (!(value instanceof String)) {
            return null;
        }
        String text = ((String) value).trim().toUpperCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return days(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), millis);
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
                return days(start, start.plusMonths(3), millis);
            }
            if ((m = MONTH.matcher(text)).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return days(start, start.plusMonths(1), millis);
            }
            if ((m = DAY.matcher(text)).matches()) {
                LocalDate day = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return days(day, day.plusDays(1), millis);
            }
            return instant(text, millis);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Period instant(String text, boolean millis) {
        String iso = text.replace(' ', 'T');
        LocalDateTime time;
        if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
            time = OffsetDateTime.parse(iso)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime();
        } else {
            time = LocalDateTime.parse(iso);
        }
        if (!millis) {
            LocalDate day = time.toLocalDate();
            return days(day, day.plusDays(1), false);
        }
        long ms = time.toInstant(ZoneOffset.UTC).toEpochMilli();
        return new Period(ms, ms + 1);
    }

    private static Period days(LocalDate start, LocalDate end, boolean millis) {
        long from = start.toEpochDay();
        long to = end.toEpochDay();
        return millis ? new Period(from * DAY_MS, to * DAY_MS) : new Period(from, to);
    }
}
