package io.datasage.ingest.infer;

/**
 * Parses one trimmed value as a number in both {@link NumberStyle}s at once, so a column can pick the style that
 * fits all its values.
 *
 * <p>Accepts a sign or accounting parentheses, a leading (or trailing) currency symbol {@code $ € £ ¥}, a trailing
 * {@code %}, thousands groups of exactly three digits, a decimal separator and an exponent. The symbol is reported by
 * {@link #unit()}; a percentage keeps the number as written ({@code 12%} is 12). Not thread-safe: the parser holds the
 * last result so parsing allocates nothing.
 */
public final class NumberParser {

    private static final int MAX_LENGTH = 64;
    private static final int MAX_RUNS = 24;
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final int[] runStart = new int[MAX_RUNS];
    private final int[] runEnd = new int[MAX_RUNS];
    private final char[] sepAfter = new char[MAX_RUNS];
    private final char[] slow = new char[MAX_LENGTH + 8];
    private final Result point = new Result();
    private final Result comma = new Result();
    private String text;
    private int runs;
    private int exponent;
    private boolean hasExponent;
    private boolean negative;
    private char unit;
    private boolean leadingZero;

    static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'';
    }

    static boolean isCurrency(char c) {
        return c == '$' || c == '€' || c == '£' || c == '¥';
    }

    /** @return whether the value is a number in at least one style */
    public boolean parse(String s) {
        point.ok = false;
        comma.ok = false;
        unit = 0;
        leadingZero = false;
        int length = s.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        text = s;
        int i = 0;
        int end = length;
        negative = false;
        if (s.charAt(0) == '(') {
            if (s.charAt(end - 1) != ')') {
                return false;
            }
            negative = true;
            i = 1;
            end--;
        }
        i = prefix(s, i, end);
        if (i < 0) {
            return false;
        }
        end = suffix(s, i, end);
        if (end <= i || !scanBody(s, i, end)) {
            return false;
        }
        interpret(NumberStyle.POINT, point);
        interpret(NumberStyle.COMMA, comma);
        return point.ok || comma.ok;
    }

    public boolean ok(NumberStyle style) {
        return result(style).ok;
    }

    /** The value in the given style; only meaningful when {@link #ok(NumberStyle)}. */
    public double value(NumberStyle style) {
        return result(style).value;
    }

    /** Whether the value was written without decimals or exponent and fits a {@code long}. */
    public boolean integral(NumberStyle style) {
        return result(style).integral;
    }

    public long longValue(NumberStyle style) {
        return result(style).longValue;
    }

    /** {@code $ € £ ¥ %} or 0 when the value had no unit. */
    public char unit() {
        return unit;
    }

    /** An integer part like {@code 00123}: an identifier or a zip code rather than a quantity. */
    public boolean leadingZero() {
        return leadingZero;
    }

    private Result result(NumberStyle style) {
        return style == NumberStyle.POINT ? point : comma;
    }

    private int prefix(String s, int i, int end) {
        boolean signSeen = false;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '-' || c == '+') {
                if (signSeen || (c == '-' && negative)) {
                    return -1;
                }
                signSeen = true;
                negative |= c == '-';
                i++;
            } else if (isCurrency(c)) {
                if (unit != 0) {
                    return -1;
                }
                unit = c;
                i++;
                while (i < end && s.charAt(i) == ' ') {
                    i++;
                }
            } else {
                return i;
            }
        }
        return -1;
    }

    private int suffix(String s, int i, int end) {
        char c = s.charAt(end - 1);
        if (c == '%' || isCurrency(c)) {
            if (unit != 0) {
                return -1;
            }
            unit = c;
            end--;
            while (end > i && Whitespace.isSpace(s.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    /** Splits the body into digit runs and the single separator after each run. */
    private boolean scanBody(String s, int i, int end) {
        runs = 0;
        hasExponent = false;
        exponent = 0;
        int p = i;
        if (isSeparator(s.charAt(p))) {
            // ".5": an empty integer run before the separator.
            runStart[0] = p;
            runEnd[0] = p;
            sepAfter[0] = 0;
            runs = 1;
        }
        while (p < end) {
            char c = s.charAt(p);
            if (c >= '0' && c <= '9') {
                if (runs == MAX_RUNS || (runs > 0 && sepAfter[runs - 1] == 0 && runEnd[runs - 1] == p)) {
                    return false;
                }
                int start = p;
                while (p < end && isDigit(s.charAt(p))) {
                    p++;
                }
                runStart[runs] = start;
                runEnd[runs] = p;
                sepAfter[runs] = 0;
                runs++;
            } else if (isSeparator(c)) {
                if (runs == 0 || sepAfter[runs - 1] != 0) {
                    return false;
                }
                sepAfter[runs - 1] = c;
                p++;
            } else if ((c == 'e' || c == 'E') && runs > 0 && runEnd[runs - 1] == p && runEnd[runs - 1] > runStart[runs - 1]) {
                return exponent(s, p + 1, end);
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean exponent(String s, int p, int end) {
        boolean negativeExponent = false;
        if (p < end && (s.charAt(p) == '-' || s.charAt(p) == '+')) {
            negativeExponent = s.charAt(p) == '-';
            p++;
        }
        int digits = 0;
        int value = 0;
        while (p < end && isDigit(s.charAt(p)) && digits < 4) {
            value = value * 10 + (s.charAt(p) - '0');
            p++;
            digits++;
        }
        if (digits == 0 || p != end) {
            return false;
        }
        hasExponent = true;
        exponent = negativeExponent ? -value : value;
        return true;
    }

    private void interpret(NumberStyle style, Result out) {
        int decimalAfter = -1;
        char group = 0;
        for (int k = 0; k < runs; k++) {
            char sep = sepAfter[k];
            if (sep == 0) {
                continue;
            }
            if (sep == style.decimalSeparator()) {
                if (decimalAfter >= 0) {
                    return;
                }
                decimalAfter = k;
            } else if (style.isGroupSeparator(sep)) {
                if (decimalAfter >= 0 || (group != 0 && group != sep)) {
                    return;
                }
                group = sep;
            } else {
                return;
            }
        }
        int integerRuns = decimalAfter >= 0 ? decimalAfter + 1 : runs;
        if (runs - integerRuns > 1) {
            return;
        }
        if (group != 0 && !validGroups(integerRuns)) {
            return;
        }
        int fractionRun = integerRuns < runs ? integerRuns : -1;
        int integerDigits = 0;
        for (int k = 0; k < integerRuns; k++) {
            integerDigits += runEnd[k] - runStart[k];
        }
        int fractionDigits = fractionRun >= 0 ? runEnd[fractionRun] - runStart[fractionRun] : 0;
        if (integerDigits + fractionDigits == 0) {
            return;
        }
        if (group == 0 && integerDigits > 1 && text.charAt(runStart[0]) == '0') {
            leadingZero = true;
        }
        out.ok = true;
        compute(out, integerRuns, fractionRun, fractionDigits, decimalAfter >= 0);
    }

    private boolean validGroups(int integerRuns) {
        if (integerRuns < 2) {
            return false;
        }
        int first = runEnd[0] - runStart[0];
        if (first < 1 || first > 3 || text.charAt(runStart[0]) == '0') {
            return false;
        }
        for (int k = 1; k < integerRuns; k++) {
            if (runEnd[k] - runStart[k] != 3) {
                return false;
            }
        }
        return true;
    }

    private void compute(Result out, int integerRuns, int fractionRun, int fractionDigits, boolean hasDecimal) {
        long mantissa = 0;
        int significant = 0;
        int last = fractionRun >= 0 ? fractionRun : integerRuns - 1;
        for (int k = 0; k <= last; k++) {
            for (int p = runStart[k]; p < runEnd[k]; p++) {
                int d = text.charAt(p) - '0';
                if (significant > 0 || d != 0) {
                    significant++;
                }
                if (significant <= 18) {
                    mantissa = mantissa * 10 + d;
                }
            }
        }
        int scale = fractionDigits - exponent;
        out.integral = !hasDecimal && !hasExponent && significant <= 18;
        out.longValue = negative ? -mantissa : mantissa;
        double value;
        if (significant <= 15 && scale >= -22 && scale <= 22) {
            // Both operands are exact doubles, so one division or multiplication rounds correctly.
            value = scale >= 0 ? mantissa / POW10[scale] : mantissa * POW10[-scale];
        } else {
            value = slowValue(last, scale);
        }
        value = negative ? -value : value;
        out.value = value == 0 ? 0.0 : value;
    }

    private double slowValue(int last, int scale) {
        int n = 0;
        for (int k = 0; k <= last; k++) {
            for (int p = runStart[k]; p < runEnd[k]; p++) {
                slow[n++] = text.charAt(p);
            }
        }
        String digits = new String(slow, 0, n) + "E" + (-scale);
        return Double.parseDouble(digits);
    }

    /** One style's reading of the last value. */
    private static final class Result {
        boolean ok;
        double value;
        boolean integral;
        long longValue;
    }
}
