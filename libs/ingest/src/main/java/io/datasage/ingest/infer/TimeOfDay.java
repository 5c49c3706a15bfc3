package io.datasage.ingest.infer;

/**
 * Reads the time after a date: {@code HH:mm}, optional {@code :ss} and fraction, optional AM/PM, optional zone
 * ({@code Z}, {@code UTC}, {@code GMT}, {@code +01:00}, {@code -0500}), up to the end of the value.
 */
final class TimeOfDay {

    int hour;
    int minute;
    int second;
    int millis;
    int offsetSeconds;
    /** {@link TemporalParser#SECONDS}, {@link TemporalParser#FRACTION}, ... as written. */
    int features;

    void clear() {
        hour = 0;
        minute = 0;
        second = 0;
        millis = 0;
        offsetSeconds = 0;
        features = 0;
    }

    boolean read(TextScanner in) {
        clear();
        int hLen = in.digits();
        int h = in.number();
        if (hLen == 0 || hLen > 2 || !in.expect(':') || in.digits() != 2 || in.number() > 59) {
            return false;
        }
        minute = in.number();
        if (in.expect(':')) {
            if (in.digits() != 2 || in.number() > 59) {
                return false;
            }
            second = in.number();
            features |= TemporalParser.SECONDS;
            if (in.peekIs('.') || in.peekIs(',')) {
                in.skip();
                millis = fractionMillis(in);
                if (millis < 0) {
                    return false;
                }
                features |= TemporalParser.FRACTION;
            }
        }
        hour = amPm(in, h);
        return hour >= 0 && hour <= 23 && zone(in);
    }

    private static int fractionMillis(TextScanner in) {
        int start = in.position();
        int count = in.digits();
        if (count == 0 || !in.atEnd() && TextScanner.isDigit(in.peek())) {
            return -1;
        }
        String text = in.text();
        int value = 0;
        for (int i = 0; i < 3; i++) {
            value = value * 10 + (i < count ? text.charAt(start + i) - '0' : 0);
        }
        return value;
    }

    private int amPm(TextScanner in, int h) {
        int save = in.position();
        in.skipSpaces();
        String text = in.text();
        int pos = in.position();
        if (pos + 1 < text.length() && Character.toUpperCase(text.charAt(pos + 1)) == 'M') {
            char c = Character.toUpperCase(text.charAt(pos));
            if (c == 'A' || c == 'P') {
                if (h < 1 || h > 12) {
                    return -1;
                }
                in.seek(pos + 2);
                features |= TemporalParser.AM_PM;
                return (h % 12) + (c == 'P' ? 12 : 0);
            }
        }
        in.seek(save);
        return h;
    }

    private boolean zone(TextScanner in) {
        int save = in.position();
        in.skipSpaces();
        if (in.atEnd()) {
            in.seek(save);
            return true;
        }
        String text = in.text();
        if (in.peek() == 'Z' && in.position() + 1 == text.length()) {
            features |= TemporalParser.ZONE;
            return true;
        }
        if (text.regionMatches(true, in.position(), "UTC", 0, 3)
                || text.regionMatches(true, in.position(), "GMT", 0, 3)) {
            in.seek(in.position() + 3);
            features |= TemporalParser.ZONE;
            if (in.atEnd()) {
                return true;
            }
        }
        char sign = in.peek();
        if (sign != '+' && sign != '-') {
            return false;
        }
        in.skip();
        return offset(in, sign == '-' ? -1 : 1);
    }

    private boolean offset(TextScanner in, int sign) {
        int hLen = in.digits();
        int hh = in.number();
        int mm = 0;
        if (hLen == 4) {
            mm = hh % 100;
            hh /= 100;
        } else if (hLen == 1 || hLen == 2) {
            if (in.expect(':')) {
                if (in.digits() != 2) {
                    return false;
                }
                mm = in.number();
            }
        } else {
            return false;
        }
        if (!in.atEnd() || hh > 18 || mm > 59) {
            return false;
        }
        features |= TemporalParser.ZONE;
        offsetSeconds = sign * (hh * 3600 + mm * 60);
        return true;
    }
}
