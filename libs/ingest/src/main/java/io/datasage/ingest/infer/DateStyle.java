package io.datasage.ingest.infer;

/**
 * The date layouts DataSage recognises, in priority order: when several fit every value of a column, the first wins
 * (so {@code 01/02/2017} is month-first unless another value such as {@code 30/12/2017} proves day-first).
 */
public enum DateStyle {
    ISO("yyyy-MM-dd", Order.YMD),
    US_SLASH("MM/dd/yyyy", Order.MDY),
    EU_SLASH("dd/MM/yyyy", Order.DMY),
    US_SLASH_YY("MM/dd/yy", Order.MDY),
    EU_SLASH_YY("dd/MM/yy", Order.DMY),
    DOT("dd.MM.yyyy", Order.DMY),
    DOT_YY("dd.MM.yy", Order.DMY),
    YMD_SLASH("yyyy/MM/dd", Order.YMD),
    YMD_DOT("yyyy.MM.dd", Order.YMD),
    US_DASH("MM-dd-yyyy", Order.MDY),
    EU_DASH("dd-MM-yyyy", Order.DMY),
    D_MON_Y("dd-MMM-yyyy", Order.DMY),
    D_MON_YY("dd-MMM-yy", Order.DMY),
    D_MON_Y_SPACE("dd MMM yyyy", Order.DMY),
    MON_D_Y("MMM d, yyyy", Order.MDY);

    /** Which number is the day, the month and the year. */
    enum Order {
        YMD,
        MDY,
        DMY
    }

    private final String pattern;
    private final Order order;

    DateStyle(String pattern, Order order) {
        this.pattern = pattern;
        this.order = order;
    }

    /** The layout in {@code java.time} pattern letters, as recorded in the profile. */
    public String pattern() {
        return pattern;
    }

    Order order() {
        return order;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public boolean usesMonthName() {
        return this == D_MON_Y || this == D_MON_YY || this == D_MON_Y_SPACE || this == MON_D_Y;
    }

    /** The style of a year-first numeric date ({@code 2017-12-30}, {@code 2017/12/30}, {@code 2017.12.30}). */
    static int yearFirst(char separator) {
        switch (separator) {
            case '-':
                return ISO.bit();
            case '/':
                return YMD_SLASH.bit();
            default:
                return YMD_DOT.bit();
        }
    }

    /**
     * The styles a day-and-month-first numeric date fits, given which readings are valid dates.
     *
     * @param fourDigitYear {@code 12/30/2017} rather than {@code 12/30/17}
     */
    static int dayAndMonth(char separator, boolean fourDigitYear, boolean monthFirst, boolean dayFirst) {
        int mask = 0;
        switch (separator) {
            case '/':
                mask |= monthFirst ? (fourDigitYear ? US_SLASH : US_SLASH_YY).bit() : 0;
                mask |= dayFirst ? (fourDigitYear ? EU_SLASH : EU_SLASH_YY).bit() : 0;
                return mask;
            case '.':
                return dayFirst ? (fourDigitYear ? DOT : DOT_YY).bit() : 0;
            default:
                // "12-30-17" could as well be year-first: only four-digit years are read with dashes.
                if (fourDigitYear) {
                    mask |= monthFirst ? US_DASH.bit() : 0;
                    mask |= dayFirst ? EU_DASH.bit() : 0;
                }
                return mask;
        }
    }

    /** The highest-priority style among {@code mask}'s bits, or null. */
    public static DateStyle first(int mask) {
        return mask == 0 ? null : values()[Integer.numberOfTrailingZeros(mask)];
    }
}
