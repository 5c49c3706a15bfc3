package io.datasage.charts.figure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers for people: thousands separators, no decimals from 1,000 up, at most two below, three significant
 * digits under 1; a "$" unit is a prefix, "%" a suffix. Only labels and summaries are rounded, never data.
 */
public final class NumberText {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private NumberText() {}

    public static String format(Object value, String unit) {
        if (value == null) {
            return "n/a";
        }
        if (!(value instanceof Number)) {
            return String.valueOf(value);
        }
        String text;
        boolean negative;
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            BigInteger whole =
                    value instanceof BigInteger ? (BigInteger) value : BigInteger.valueOf(((Number) value).longValue());
            negative = whole.signum() < 0;
            text = pattern("#,##0").format(whole.abs());
        } else {
            double v = ((Number) value).doubleValue();
            if (!Double.isFinite(v)) {
                return "n/a";
            }
            negative = v < 0;
            text = plain(Math.abs(v));
        }
        return withUnit(text, negative, unit);
    }

    /** A share as a percentage with one decimal: 31.6%. */
    public static String percent(double share) {
        return pattern("0.0").format(share * 100) + "%";
    }

    /** A signed change: +52.4%. */
    public static String change(double ratio) {
        String text = pattern("0.0").format(Math.abs(ratio) * 100) + "%";
        return (ratio < 0 ? "-" : "+") + text;
    }

    /** A Plotly d3 number format matching {@link #format} for this value. */
    public static String d3Format(Object value) {
        if (!(value instanceof Double) && !(value instanceof Float)) {
            return ",d";
        }
        double v = Math.abs(((Number) value).doubleValue());
        return v >= 1000 ? ",.0f" : v >= 1 || v == 0 ? ",.2~f" : ".3~g";
    }

    private static String plain(double v) {
        if (v >= 1000) {
            return pattern("#,##0").format(v);
        }
        if (v >= 1 || v == 0) {
            return pattern("#,##0.##").format(v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new java.math.MathContext(3, RoundingMode.HALF_UP));
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** Half-up rounding, as people round: 1,234.5 is 1,235. */
    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static String withUnit(String text, boolean negative, String unit) {
        String sign = negative ? "-" : "";
        if (unit == null || unit.isBlank()) {
            return sign + text;
        }
        if (unit.equals("%")) {
            return sign + text + "%";
        }
        if (unit.length() <= 1 || unit.equals("US$") || unit.equals("€") || unit.equals("£")) {
            return sign + unit + text;
        }
        return sign + text + " " + unit;
    }
}
