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

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final NumberScan scan = new NumberScan();
    private final char[] slow = new char[NumberScan.MAX_LENGTH + 8];
    private final Result point = new Result();
    private final Result comma = new Result();
    private boolean leadingZero;

    /** @return whether the value is a number in at least one style */
    public boolean parse(String s) {
        return parse(s, null);
    }

    /**
     * Reads the value in one style only (the second pass, where the column's style is known), or in both when
     * {@code only} is null.
     *
     * @return whether the value is a number in the style(s) read
     */
    public boolean parse(String s, NumberStyle only) {
        point.ok = false;
        comma.ok = false;
        leadingZero = false;
        if (!scan.scan(s)) {
            return false;
        }
        if (only != NumberStyle.COMMA) {
            interpret(NumberStyle.POINT, point);
        }
        if (only == null && scan.runs == 1 && scan.sepAfter[0] == 0) {
            // No separator at all ("42", "1e5"): both styles read the same number.
            comma.copy(point);
        } else if (only != NumberStyle.POINT) {
            interpret(NumberStyle.COMMA, comma);
        }
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
        return scan.unit;
    }

    /** An integer part like {@code 00123}: an identifier or a zip code rather than a quantity. */
    public boolean leadingZero() {
        return leadingZero;
    }

    private Result result(NumberStyle style) {
        return style == NumberStyle.POINT ? point : comma;
    }

    private void interpret(NumberStyle style, Result out) {
        int runs = scan.runs;
        int decimalAfter = -1;
        char group = 0;
        for (int k = 0; k < runs; k++) {
            char sep = scan.sepAfter[k];
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
        if (runs - integerRuns > 1 || (group != 0 && !validGroups(integerRuns))) {
            return;
        }
        int fractionRun = integerRuns < runs ? integerRuns : -1;
        int integerDigits = 0;
        for (int k = 0; k < integerRuns; k++) {
            integerDigits += scan.runEnd[k] - scan.runStart[k];
        }
        int fractionDigits = fractionRun >= 0 ? scan.runEnd[fractionRun] - scan.runStart[fractionRun] : 0;
        if (integerDigits + fractionDigits == 0) {
            return;
        }
        if (group == 0 && integerDigits > 1 && scan.text.charAt(scan.runStart[0]) == '0') {
            leadingZero = true;
        }
        out.ok = true;
        compute(out, fractionRun >= 0 ? fractionRun : integerRuns - 1, fractionDigits, decimalAfter >= 0);
    }

    /** Thousands groups: a first group of one to three digits (not starting with 0), then groups of three. */
    private boolean validGroups(int integerRuns) {
        if (integerRuns < 2) {
            return false;
        }
        int first = scan.runEnd[0] - scan.runStart[0];
        if (first < 1 || first > 3 || scan.text.charAt(scan.runStart[0]) == '0') {
            return false;
        }
        for (int k = 1; k < integerRuns; k++) {
            if (scan.runEnd[k] - scan.runStart[k] != 3) {
                return false;
            }
        }
        return true;
    }

    /** @param lastRun always the last run: a reading that leaves a run out fails before this */
    private void compute(Result out, int lastRun, int fractionDigits, boolean hasDecimal) {
        long mantissa = scan.mantissa;
        int significant = scan.significant;
        int scale = fractionDigits - scan.exponent;
        out.integral = !hasDecimal && !scan.hasExponent && significant <= 18;
        out.longValue = scan.negative ? -mantissa : mantissa;
        double value;
        if (significant <= 15 && scale >= -22 && scale <= 22) {
            // Both operands are exact doubles, so one division or multiplication rounds correctly.
            value = scale >= 0 ? mantissa / POW10[scale] : mantissa * POW10[-scale];
        } else {
            value = slowValue(lastRun, scale);
        }
        value = scan.negative ? -value : value;
        out.value = value == 0 ? 0.0 : value;
    }

    private double slowValue(int lastRun, int scale) {
        int n = 0;
        for (int k = 0; k <= lastRun; k++) {
            for (int p = scan.runStart[k]; p < scan.runEnd[k]; p++) {
                slow[n++] = scan.text.charAt(p);
            }
        }
        return Double.parseDouble(new String(slow, 0, n) + "E" + (-scale));
    }

    /** One style's reading of the last value. */
    private static final class Result {
        boolean ok;
        double value;
        boolean integral;
        long longValue;

        void copy(Result other) {
            ok = other.ok;
            value = other.value;
            integral = other.integral;
            longValue = other.longValue;
        }
    }
}
