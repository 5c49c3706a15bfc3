package io.datasage.ingest.infer;

import io.datasage.ingest.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a column's first-pass counts into its type.
 *
 * <p>A family (boolean, number, date) is kept when at most 1% of the non-null values, and at most
 * {@link #MAX_INVALID}, miss it; those values become nulls counted as invalid. Within a family the narrowest member
 * that fits every hit wins (a single {@code 1.5} makes an integer column decimal, a single time makes a date column
 * datetime). Everything else is a category when it has few distinct short values, otherwise text.
 */
public final class TypeDecider {

    /** More invalid values than this always disqualify a type. */
    public static final long MAX_INVALID = 1000;

    static final int MAX_CATEGORIES = 10_000;
    private static final double INVALID_SHARE = 0.01;
    private static final double MAX_CATEGORY_LENGTH = 64;

    private TypeDecider() {}

    /** How many values may fail a type among {@code nonNull} values. */
    public static long tolerated(long nonNull) {
        return Math.min(MAX_INVALID, (long) Math.floor(nonNull * INVALID_SHARE));
    }

    /**
     * @param rows data rows in the file
     * @param semicolonDelimited whether {@code 1,234} should read as one point two three four when both readings fit
     */
    public static ColumnSpec decide(int index, String name, ColumnInference in, long rows, boolean semicolonDelimited) {
        long n = in.nonNull;
        if (n == 0) {
            return new ColumnSpec(index, name, ColumnType.TEXT, null, null, null, null, List.of());
        }
        long allowed = tolerated(n);
        long booleanBad = in.booleanAlive ? n - in.booleanHits : Long.MAX_VALUE;
        NumberStyle numberStyle = numberStyle(in, semicolonDelimited);
        long numberBad = in.numericAlive && !in.leadingZero ? n - in.numberHits[numberStyle.ordinal()] : Long.MAX_VALUE;
        DateStyle dateStyle = dateStyle(in);
        long dateBad = in.temporalAlive && dateStyle != null ? n - in.dateHits[dateStyle.ordinal()] : Long.MAX_VALUE;

        long best = Math.min(booleanBad, Math.min(numberBad, dateBad));
        if (best > allowed) {
            return strings(index, name, in, rows);
        }
        if (booleanBad == best) {
            return new ColumnSpec(index, name, ColumnType.BOOLEAN, null, null, null, null, List.of());
        }
        if (numberBad == best) {
            ColumnType type = in.fractional[numberStyle.ordinal()] ? ColumnType.DECIMAL : ColumnType.INTEGER;
            String format = numberStyle == NumberStyle.COMMA ? "decimal comma" : null;
            List<String> units = in.units();
            String unit = units.isEmpty() ? null : units.get(0);
            return new ColumnSpec(index, name, type, numberStyle, null, format, unit, List.of());
        }
        boolean withTime = (in.timeMask & dateStyle.bit()) != 0;
        ColumnType type = withTime ? ColumnType.DATETIME : ColumnType.DATE;
        return new ColumnSpec(
                index,
                name,
                type,
                null,
                dateStyle,
                DateFormats.describe(dateStyle, withTime, in.timeFeatures),
                null,
                List.of());
    }

    private static NumberStyle numberStyle(ColumnInference in, boolean semicolonDelimited) {
        long point = in.numberHits[NumberStyle.POINT.ordinal()];
        long comma = in.numberHits[NumberStyle.COMMA.ordinal()];
        if (comma != point) {
            return comma > point ? NumberStyle.COMMA : NumberStyle.POINT;
        }
        // Every value reads both ways (e.g. only "1,234" and "12"): the delimiter tells which convention the file uses.
        return semicolonDelimited && in.sawComma ? NumberStyle.COMMA : NumberStyle.POINT;
    }

    /** Most hits wins; equal hits go to the earlier style, which is how month-first beats day-first. */
    private static DateStyle dateStyle(ColumnInference in) {
        DateStyle best = null;
        for (DateStyle style : DateStyle.values()) {
            long hits = in.dateHits[style.ordinal()];
            if (hits > 0 && (best == null || hits > in.dateHits[best.ordinal()])) {
                best = style;
            }
        }
        return best;
    }

    private static ColumnSpec strings(int index, String name, ColumnInference in, long rows) {
        StringTally tally = in.tally();
        long limit = Math.min(MAX_CATEGORIES, Math.max(50, (long) Math.floor(rows * 0.02)));
        boolean category = !tally.overflowed() && tally.distinct() <= limit && in.meanLength() < MAX_CATEGORY_LENGTH;
        if (!category) {
            return new ColumnSpec(index, name, ColumnType.TEXT, null, null, null, null, List.of());
        }
        Map<String, Long> counts = tally.counts();
        List<String> dictionary = new ArrayList<>(counts.keySet());
        dictionary.sort(null);
        return new ColumnSpec(index, name, ColumnType.CATEGORY, null, null, null, null, dictionary);
    }
}
