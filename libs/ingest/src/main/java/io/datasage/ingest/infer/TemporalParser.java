package io.datasage.ingest.infer;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads a trimmed value as a date or a date-time and reports every {@link DateStyle} it is consistent with.
 *
 * <p>Two-digit years map to 1950-2049. A time may follow after {@code T} (ISO only) or a space: {@code HH:mm},
 * optional seconds and fraction, optional AM/PM, optional zone ({@code Z}, {@code UTC}, {@code +01:00}); values with a
 * zone are converted to UTC. Not thread-safe: the parser holds the last result so parsing allocates nothing.
 */
public final class TemporalParser {

    /** {@link #timeFeatures()} bits, used to write the column's format. */
    public static final int SECONDS = 1;

    public static final int FRACTION = 2;
    public static final int ZONE = 4;
    public static final int AM_PM = 8;
    public static final int T_SEPARATOR = 16;
    public static final int FULL_MONTH_NAME = 32;

    private static final String[] MONTHS = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };

    private String text;
    private int pos;
    private int n1;
    private int n2;
    private int n3;
    private int len1;
    private int len2;
    private int len3;
    private char sep;
    private int namedMonth;
    private boolean hasTime;
    private int hour;
    private int minute;
    private int second;
    private int millis;
    private int offsetSeconds;
    private int features;
    private int lastNumber;

    /** @return a mask of {@link DateStyle#bit()}s the value fits, 0 if it is not a date */
    public int parse(String s) {
        int length = s.length();
        if (length < 6 || length > 40) {
            return 0;
        }
        text = s;
        pos = 0;
        hasTime = false;
        features = 0;
        namedMonth = 0;
        int mask;
        char first = s.charAt(0);
        if (isDigit(first)) {
            mask = numericDate();
        } else if (isLetter(first)) {
            mask = monthFirstDate();
        } else {
            return 0;
        }
        if (mask == 0) {
            return 0;
        }
        if (pos < length) {
            char c = s.charAt(pos);
            if (c == 'T' && (mask & DateStyle.ISO.bit()) != 0) {
                mask = DateStyle.ISO.bit();
                features |= T_SEPARATOR;
                pos++;
            } else if (c == ' ') {
                skipSpaces();
            } else {
                return 0;
            }
            if (!time()) {
                return 0;
            }
        }
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
        long local = epochDay(style) * 86_400_000L + hour * 3_600_000L + minute * 60_000L + second * 1000L + millis;
        return local - offsetSeconds * 1000L;
    }

    private int year(DateStyle style) {
        switch (style.order()) {
            case YMD:
                return n1;
            default:
                return len3 == 2 ? twoDigitYear(n3) : n3;
        }
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
        len1 = digits();
        n1 = lastNumber;
        if (len1 == 0 || len1 > 4 || pos >= text.length()) {
            return 0;
        }
        sep = text.charAt(pos++);
        if (sep != '-' && sep != '/' && sep != '.' && sep != ' ') {
            return 0;
        }
        if (pos < text.length() && isLetter(text.charAt(pos))) {
            return dayMonthNameYear();
        }
        if (sep == ' ') {
            return 0;
        }
        len2 = digits();
        n2 = lastNumber;
        if (len2 == 0 || len2 > 2 || pos >= text.length() || text.charAt(pos) != sep) {
            return 0;
        }
        pos++;
        len3 = digits();
        n3 = lastNumber;
        if (len1 == 4) {
            return len3 >= 1 && len3 <= 2 && valid(n1, n2, n3) ? yearFirstStyle() : 0;
        }
        if (len1 > 2 || (len3 != 2 && len3 != 4)) {
            return 0;
        }
        int year = len3 == 2 ? twoDigitYear(n3) : n3;
        boolean monthFirst = valid(year, n1, n2);
        boolean dayFirst = valid(year, n2, n1);
        return dayMonthStyles(monthFirst, dayFirst);
    }

    private int yearFirstStyle() {
        switch (sep) {
            case '-':
                return DateStyle.ISO.bit();
            case '/':
                return DateStyle.YMD_SLASH.bit();
            default:
                return DateStyle.YMD_DOT.bit();
        }
    }

    private int dayMonthStyles(boolean monthFirst, boolean dayFirst) {
        int mask = 0;
        boolean fourDigits = len3 == 4;
        switch (sep) {
            case '/':
                if (monthFirst) {
                    mask |= (fourDigits ? DateStyle.US_SLASH : DateStyle.US_SLASH_YY).bit();
                }
                if (dayFirst) {
                    mask |= (fourDigits ? DateStyle.EU_SLASH : DateStyle.EU_SLASH_YY).bit();
                }
                return mask;
            case '.':
                return dayFirst ? (fourDigits ? DateStyle.DOT : DateStyle.DOT_YY).bit() : 0;
            default:
                if (!fourDigits) {
                    return 0;
                }
                if (monthFirst) {
                    mask |= DateStyle.US_DASH.bit();
                }
                if (dayFirst) {
                    mask |= DateStyle.EU_DASH.bit();
                }
                return mask;
        }
    }

    /** {@code 30-Dec-2017}, {@code 30-Dec-17}, {@code 30 Dec 2017}. */
    private int dayMonthNameYear() {
        if (len1 > 2 || (sep != '-' && sep != ' ')) {
            return 0;
        }
        namedMonth = monthName();
        if (namedMonth == 0 || pos >= text.length() || text.charAt(pos) != sep) {
            return 0;
        }
        pos++;
        len3 = digits();
        n3 = lastNumber;
        if ((len3 != 2 && len3 != 4) || (sep == ' ' && len3 != 4)) {
            return 0;
        }
        int year = len3 == 2 ? twoDigitYear(n3) : n3;
        if (!valid(year, namedMonth, n1)) {
            return 0;
        }
        if (sep == ' ') {
            return DateStyle.D_MON_Y_SPACE.bit();
        }
        return (len3 == 4 ? DateStyle.D_MON_Y : DateStyle.D_MON_YY).bit();
    }

    /** {@code Dec 30, 2017}, {@code December 30, 2017}. */
    private int monthFirstDate() {
        namedMonth = monthName();
        if (namedMonth == 0 || pos >= text.length() || text.charAt(pos) != ' ') {
            return 0;
        }
        skipSpaces();
        len2 = digits();
        n2 = lastNumber;
        if (len2 == 0 || len2 > 2) {
            return 0;
        }
        if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
        }
        if (pos >= text.length() || text.charAt(pos) != ' ') {
            return 0;
        }
        skipSpaces();
        len3 = digits();
        n3 = lastNumber;
        n1 = 0;
        return len3 == 4 && valid(n3, namedMonth, n2) ? DateStyle.MON_D_Y.bit() : 0;
    }

    private int monthName() {
        int start = pos;
        while (pos < text.length() && isLetter(text.charAt(pos))) {
            pos++;
        }
        int length = pos - start;
        if (length < 3 || length > 9) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            String name = MONTHS[m];
            if (length <= name.length() && text.regionMatches(true, start, name, 0, length)) {
                if (length == 3 || length == name.length() || (m == 8 && length == 4)) {
                    if (length > 4) {
                        features |= FULL_MONTH_NAME;
                    }
                    if (pos < text.length() && text.charAt(pos) == '.') {
                        pos++;
                    }
                    return m + 1;
                }
            }
        }
        return 0;
    }

    private boolean time() {
        int hLen = digits();
        int h = lastNumber;
        if (hLen == 0 || hLen > 2 || !expect(':')) {
            return false;
        }
        int mLen = digits();
        int m = lastNumber;
        if (mLen != 2 || m > 59) {
            return false;
        }
        int s = 0;
        int ms = 0;
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            if (digits() != 2 || lastNumber > 59) {
                return false;
            }
            s = lastNumber;
            features |= SECONDS;
            if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == ',')) {
                pos++;
                ms = fractionMillis();
                if (ms < 0) {
                    return false;
                }
                features |= FRACTION;
            }
        }
        h = amPm(h);
        if (h < 0 || h > 23) {
            return false;
        }
        if (!zone()) {
            return false;
        }
        hasTime = true;
        hour = h;
        minute = m;
        second = s;
        millis = ms;
        return true;
    }

    private int fractionMillis() {
        int start = pos;
        int value = 0;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            if (pos - start < 3) {
                value = value * 10 + (text.charAt(pos) - '0');
            }
            pos++;
        }
        int count = pos - start;
        if (count == 0 || count > 9) {
            return -1;
        }
        for (int i = count; i < 3; i++) {
            value *= 10;
        }
        return value;
    }

    private int amPm(int h) {
        int save = pos;
        skipSpaces();
        if (pos + 1 < text.length() && (text.charAt(pos + 1) == 'M' || text.charAt(pos + 1) == 'm')) {
            char c = Character.toUpperCase(text.charAt(pos));
            if (c == 'A' || c == 'P') {
                if (h < 1 || h > 12) {
                    return -1;
                }
                pos += 2;
                features |= AM_PM;
                return (h % 12) + (c == 'P' ? 12 : 0);
            }
        }
        pos = save;
        return h;
    }

    private boolean zone() {
        offsetSeconds = 0;
        int save = pos;
        skipSpaces();
        if (pos >= text.length()) {
            pos = save;
            return true;
        }
        char c = text.charAt(pos);
        if (c == 'Z' && pos + 1 == text.length()) {
            features |= ZONE;
            return true;
        }
        if (text.regionMatches(true, pos, "UTC", 0, 3) || text.regionMatches(true, pos, "GMT", 0, 3)) {
            pos += 3;
            features |= ZONE;
            if (pos == text.length()) {
                return true;
            }
            c = text.charAt(pos);
        }
        if (c != '+' && c != '-') {
            return false;
        }
        pos++;
        int hLen = digits();
        int hh = lastNumber;
        int mm = 0;
        if (hLen == 4) {
            mm = hh % 100;
            hh /= 100;
        } else if (hLen == 1 || hLen == 2) {
            if (pos < text.length() && text.charAt(pos) == ':') {
                pos++;
                if (digits() != 2) {
                    return false;
                }
                mm = lastNumber;
            }
        } else {
            return false;
        }
        if (pos != text.length() || hh > 18 || mm > 59) {
            return false;
        }
        features |= ZONE;
        offsetSeconds = (c == '-' ? -1 : 1) * (hh * 3600 + mm * 60);
        return true;
    }

    /** Reads up to 9 digits into {@link #lastNumber}; returns how many. */
    private int digits() {
        int start = pos;
        int value = 0;
        while (pos < text.length() && pos - start < 9 && isDigit(text.charAt(pos))) {
            value = value * 10 + (text.charAt(pos) - '0');
            pos++;
        }
        lastNumber = value;
        return pos - start;
    }

    private boolean expect(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private static boolean valid(int year, int month, int day) {
        return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1
                && day <= Month.of(month).length(Year.isLeap(year));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
