package io.datasage.ingest.infer;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads a trimmed value as a date or a date-time and reports every {@link DateStyle} it is consistent with.
 *
 * <p>Two-digit years map to 1950-2049. A time may follow after {@code T} (ISO only) or a space (see
 * {@link TimeOfDay}); values with a zone are converted to UTC. Not thread-safe: the parser holds the last result so
 * parsing allocates nothing.
 */
public final class TemporalParser {

    /** {@link #timeFeatures()} bits, used to write the column's format. */
    public static final int SECONDS = 1;

    public static final int FRACTION = 2;
    public static final int ZONE = 4;
    public static final int AM_PM = 8;
    public static final int T_SEPARATOR = 16;
    public static final int FULL_MONTH_NAME = 32;

    private final TextScanner in = new TextScanner();
    private final TimeOfDay time = new TimeOfDay();
    private int n1;
    private int n2;
    private int n3;
    private int len3;
    private char sep;
    private int namedMonth;
    private boolean hasTime;
    private int features;

    /** @return a mask of {@link DateStyle#bit()}s the value fits, 0 if it is not a date */
    public int parse(String s) {
        int length = s.length();
        hasTime = false;
        features = 0;
        namedMonth = 0;
        time.clear();
        if (length < 6 || length > 40) {
            return 0;
        }
        in.reset(s);
        char first = s.charAt(0);
        int mask;
        if (TextScanner.isDigit(first)) {
            mask = numericDate();
        } else if (TextScanner.isLetter(first)) {
            mask = monthFirstDate();
        } else {
            return 0;
        }
        if (mask == 0 || in.atEnd()) {
            return mask;
        }
        if (in.peek() == 'T' && (mask & DateStyle.ISO.bit()) != 0) {
            mask = DateStyle.ISO.bit();
            features |= T_SEPARATOR;
            in.skip();
        } else if (in.peek() == ' ') {
            in.skipSpaces();
        } else {
            return 0;
        }
        if (!time.read(in)) {
            time.clear();
            return 0;
        }
        hasTime = true;
        features |= time.features;
        return mask;
    }

    /** Whether the last value had a time of day. */
    public boolean hasTime() {
        return hasTime;
    }

    /** {@link #SECONDS}, {@link #FRACTION}, ... as written in the last value. */
    public int timeFeatures() {
        return features;
    }

    /** Days since 1970-01-01 for the last value read in {@code style} (which must be in its mask). */
    public long epochDay(DateStyle style) {
        return LocalDate.of(year(style), month(style), day(style)).toEpochDay();
    }

    /** UTC milliseconds since the epoch for the last value read in {@code style}; midnight when it had no time. */
    public long epochMillis(DateStyle style) {
        long local = epochDay(style) * 86_400_000L
                + time.hour * 3_600_000L
                + time.minute * 60_000L
                + time.second * 1000L
                + time.millis;
        return local - time.offsetSeconds * 1000L;
    }

    private int year(DateStyle style) {
        if (style.order() == DateStyle.Order.YMD) {
            return n1;
        }
        return len3 == 2 ? twoDigitYear(n3) : n3;
    }

    private int month(DateStyle style) {
        if (namedMonth != 0) {
            return namedMonth;
        }
        return style.order() == DateStyle.Order.MDY ? n1 : n2;
    }

    private int day(DateStyle style) {
        if (namedMonth != 0) {
            return style == DateStyle.MON_D_Y ? n2 : n1;
        }
        switch (style.order()) {
            case DMY:
                return n1;
            case MDY:
                return n2;
            default:
                return n3;
        }
    }

    private static int twoDigitYear(int yy) {
        return yy < 50 ? 2000 + yy : 1900 + yy;
    }

    private int numericDate() {
        int len1 = in.digits();
        n1 = in.number();
        if (len1 > 4 || in.atEnd()) {
            return 0;
        }
        sep = in.peek();
        in.skip();
        if (sep != '-' && sep != '/' && sep != '.' && sep != ' ') {
            return 0;
        }
        if (!in.atEnd() && TextScanner.isLetter(in.peek())) {
            return len1 <= 2 ? dayMonthNameYear() : 0;
        }
        int len2 = in.digits();
        n2 = in.number();
        if (sep == ' ' || len2 == 0 || len2 > 2 || !in.expect(sep)) {
            return 0;
        }
        len3 = in.digits();
        n3 = in.number();
        if (len1 == 4) {
            return len3 >= 1 && len3 <= 2 && valid(n1, n2, n3) ? DateStyle.yearFirst(sep) : 0;
        }
        if (len1 > 2 || (len3 != 2 && len3 != 4)) {
            return 0;
        }
        int year = len3 == 2 ? twoDigitYear(n3) : n3;
        return DateStyle.dayAndMonth(sep, len3 == 4, valid(year, n1, n2), valid(year, n2, n1));
    }

    /** {@code 30-Dec-2017}, {@code 30-Dec-17}, {@code 30 Dec 2017}. */
    private int dayMonthNameYear() {
        if ((sep != '-' && sep != ' ') || !readMonthName() || !in.expect(sep)) {
            return 0;
        }
        len3 = in.digits();
        n3 = in.number();
        boolean space = sep == ' ';
        if ((len3 != 2 && len3 != 4) || (space && len3 != 4)) {
            return 0;
        }
        if (!valid(len3 == 2 ? twoDigitYear(n3) : n3, namedMonth, n1)) {
            return 0;
        }
        if (space) {
            return DateStyle.D_MON_Y_SPACE.bit();
        }
        return (len3 == 4 ? DateStyle.D_MON_Y : DateStyle.D_MON_YY).bit();
    }

    /** {@code Dec 30, 2017}, {@code December 30, 2017}. */
    private int monthFirstDate() {
        if (!readMonthName() || !in.peekIs(' ')) {
            return 0;
        }
        in.skipSpaces();
        int len2 = in.digits();
        n2 = in.number();
        if (len2 == 0 || len2 > 2) {
            return 0;
        }
        in.expect(',');
        if (!in.peekIs(' ')) {
            return 0;
        }
        in.skipSpaces();
        len3 = in.digits();
        n3 = in.number();
        n1 = 0;
        return len3 == 4 && valid(n3, namedMonth, n2) ? DateStyle.MON_D_Y.bit() : 0;
    }

    private boolean readMonthName() {
        int month = MonthNames.read(in);
        if (month < 0) {
            features |= FULL_MONTH_NAME;
        }
        namedMonth = Math.abs(month);
        return namedMonth != 0;
    }

    private static boolean valid(int year, int month, int day) {
        return year >= 1
                && year <= 9999
                && month >= 1
                && month <= 12
                && day >= 1
                && day <= Month.of(month).length(Year.isLeap(year));
    }
}
