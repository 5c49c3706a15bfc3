package io.datasage.charts.query;

import io.datasage.charts.spec.TimeGrain;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Calendar arithmetic on epoch days without allocating (Howard Hinnant's civil-date algorithms), so time grains
 * can bucket a million dates in a loop. Weeks start on Monday; quarters start in January, April, July, October.
 */
public final class DayMath {

    /** Milliseconds per day. */
    public static final long DAY_MS = 86_400_000L;

    private DayMath() {}

    /** The first day of the grain's period containing {@code day}. */
    public static long truncate(long day, TimeGrain grain) {
        switch (grain) {
            case DAY:
                return day;
            case WEEK:
                return day - Math.floorMod(day + 3, 7);
            default:
                long z = day + 719_468;
                long era = Math.floorDiv(z, 146_097);
                long doe = z - era * 146_097;
                long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
                long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
                long mp = (5 * doy + 2) / 153;
                long dayOfMonth = doy - (153 * mp + 2) / 5 + 1;
                int month = (int) (mp < 10 ? mp + 3 : mp - 9);
                long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
                if (grain == TimeGrain.MONTH) {
                    return day - dayOfMonth + 1;
                }
                int firstMonth = grain == TimeGrain.QUARTER ? ((month - 1) / 3) * 3 + 1 : 1;
                return epochDay(year, firstMonth, 1);
        }
    }

    /** Epoch day of a civil date. */
    public static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** The epoch day of an epoch-millisecond instant (UTC, local time). */
    public static long dayOfMillis(long millis) {
        return Math.floorDiv(millis, DAY_MS);
    }

    /** ISO date: 2024-03-01. */
    public static String isoDate(long day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    /** ISO local date-time with seconds, and milliseconds when not zero: 2024-03-01T10:15:00. */
    public static String isoDateTime(long millis) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(
                Math.floorDiv(millis, 1000), (int) Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC);
        String text = time.toLocalDate() + "T"
                + String.format(
                        java.util.Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        int ms = time.getNano() / 1_000_000;
        return ms == 0 ? text : text + String.format(java.util.Locale.ROOT, ".%03d", ms);
    }

    /** The label of a period start: 2024-03-04 (day, week), 2024-03 (month), 2024-Q1, 2024. */
    public static String label(long day, TimeGrain grain) {
        LocalDate date = LocalDate.ofEpochDay(day);
        switch (grain) {
            case MONTH:
                return String.format(java.util.Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER:
                return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case YEAR:
                return Integer.toString(date.getYear());
            default:
                return date.toString();
        }
    }
}
