package io.datasage.dashboard.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as people read them in notes and exports: thousands separated, no exponent, no float noise. */
public final class NumberFormat {

    private NumberFormat() {}

    /** 2500 -> "2,500"; 0.12345 -> "0.1235"; 1234.5678 -> "1,234.57". */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal bd = BigDecimal.valueOf(value);
        bd = Math.abs(value) >= 100 ? bd.setScale(2, RoundingMode.HALF_UP) : bd.round(new MathContext(4));
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(bd.stripTrailingZeros());
    }

    /** The exact decimal of a double without an exponent (1.0E7 -> "10000000", 0.1 -> "0.1"). */
    public static String exact(double value) {
        String s = BigDecimal.valueOf(value).toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
