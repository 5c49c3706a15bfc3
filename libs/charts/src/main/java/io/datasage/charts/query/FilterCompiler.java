package io.datasage.charts.query;

import io.datasage.charts.data.ColumnData;
import io.datasage.charts.spec.FilterOp;
import io.datasage.charts.spec.FilterSpec;
import io.datasage.charts.spec.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a validated filter into the row filter for its column type. Text {@code =}, {@code !=}, {@code in} and
 * {@code contains} ignore case; text ordering ({@code >}, {@code between}) compares code points. Integer
 * comparisons with a fractional bound are exact ({@code qty > 2.5} means {@code qty >= 3}). Date values are periods:
 * {@code date = 2024-03} is all of March, {@code date > 2024} starts in 2025, {@code date <= 2024-Q1} ends with March.
 */
final class FilterCompiler {

    private static final long MIN = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE;

    private FilterCompiler() {}

    static RowFilter compile(ColumnData column, FilterSpec spec) {
        switch (column.type()) {
            case INTEGER:
                return integer(column, spec);
            case DECIMAL:
                return decimal(column, spec);
            case DATE:
            case DATETIME:
                return temporal(column, spec);
            case BOOLEAN:
                return bool(column, spec);
            case CATEGORY:
                return new CategoryFilter(column, text(spec));
            default:
                return new TextFilter(column, text(spec));
        }
    }

    private static RowFilter integer(ColumnData column, FilterSpec spec) {
        List<Object> values = spec.values();
        BigDecimal v = (BigDecimal) values.get(0);
        switch (spec.op()) {
            case EQ:
            case NE:
            case IN:
                long[] points = values.stream()
                        .map(BigDecimal.class::cast)
                        .filter(d -> d.stripTrailingZeros().scale() <= 0 && fits(d))
                        .mapToLong(BigDecimal::longValueExact)
                        .toArray();
                return new LongRangeFilter(column, points, points.clone(), spec.op() == FilterOp.NE);
            case GT:
                return range(column, plusOne(floor(v)), MAX);
            case GE:
                return range(column, ceil(v), MAX);
            case LT:
                return range(column, MIN, minusOne(ceil(v)));
            case LE:
                return range(column, MIN, floor(v));
            default:
                return range(column, ceil(v), floor((BigDecimal) values.get(1)));
        }
    }

    private static RowFilter decimal(ColumnData column, FilterSpec spec) {
        int n = spec.values().size();
        double[] lows = new double[n];
        double[] highs = new double[n];
        boolean[] lowOpen = new boolean[n];
        boolean[] highOpen = new boolean[n];
        double v = ((BigDecimal) spec.values().get(0)).doubleValue();
        double inf = Double.POSITIVE_INFINITY;
        switch (spec.op()) {
            case EQ:
            case NE:
            case IN:
                for (int i = 0; i < n; i++) {
                    lows[i] = highs[i] = ((BigDecimal) spec.values().get(i)).doubleValue();
                }
                return new DoubleRangeFilter(column, lows, lowOpen, highs, highOpen, spec.op() == FilterOp.NE);
            case GT:
                return new DoubleRangeFilter(
                        column,
                        new double[] {v},
                        new boolean[] {true},
                        new double[] {inf},
                        new boolean[] {false},
                        false);
            case GE:
                return new DoubleRangeFilter(
                        column,
                        new double[] {v},
                        new boolean[] {false},
                        new double[] {inf},
                        new boolean[] {false},
                        false);
            case LT:
                return new DoubleRangeFilter(
                        column,
                        new double[] {-inf},
                        new boolean[] {false},
                        new double[] {v},
                        new boolean[] {true},
                        false);
            case LE:
                return new DoubleRangeFilter(
                        column,
                        new double[] {-inf},
                        new boolean[] {false},
                        new double[] {v},
                        new boolean[] {false},
                        false);
            default:
                double high = ((BigDecimal) spec.values().get(1)).doubleValue();
                return new DoubleRangeFilter(
                        column,
                        new double[] {v},
                        new boolean[] {false},
                        new double[] {high},
                        new boolean[] {false},
                        false);
        }
    }

    private static RowFilter temporal(ColumnData column, FilterSpec spec) {
        List<Object> values = spec.values();
        Period p = (Period) values.get(0);
        switch (spec.op()) {
            case EQ:
            case NE:
            case IN:
                long[] lows = new long[values.size()];
                long[] highs = new long[values.size()];
                for (int i = 0; i < values.size(); i++) {
                    lows[i] = ((Period) values.get(i)).start();
                    highs[i] = ((Period) values.get(i)).end() - 1;
                }
                return new LongRangeFilter(column, lows, highs, spec.op() == FilterOp.NE);
            case GT:
                return range(column, p.end(), MAX);
            case GE:
                return range(column, p.start(), MAX);
            case LT:
                return range(column, MIN, p.start() - 1);
            case LE:
                return range(column, MIN, p.end() - 1);
            default:
                return range(column, p.start(), ((Period) values.get(1)).end() - 1);
        }
    }

    private static RowFilter bool(ColumnData column, FilterSpec spec) {
        boolean allowTrue = false;
        boolean allowFalse = false;
        for (Object value : spec.values()) {
            if ((Boolean) value) {
                allowTrue = true;
            } else {
                allowFalse = true;
            }
        }
        if (spec.op() == FilterOp.NE) {
            return new BooleanFilter(column, !allowTrue, !allowFalse);
        }
        return new BooleanFilter(column, allowTrue, allowFalse);
    }

    private static Predicate<String> text(FilterSpec spec) {
        String first = (String) spec.values().get(0);
        String lower = lower(first);
        switch (spec.op()) {
            case EQ:
                return s -> lower(s).equals(lower);
            case NE:
                return s -> !lower(s).equals(lower);
            case IN:
                Set<String> wanted = new HashSet<>();
                for (Object value : spec.values()) {
                    wanted.add(lower((String) value));
                }
                return s -> wanted.contains(lower(s));
            case CONTAINS:
                return s -> lower(s).contains(lower);
            case GT:
                return s -> s.compareTo(first) > 0;
            case GE:
                return s -> s.compareTo(first) >= 0;
            case LT:
                return s -> s.compareTo(first) < 0;
            case LE:
                return s -> s.compareTo(first) <= 0;
            default:
                String high = (String) spec.values().get(1);
                return s -> s.compareTo(first) >= 0 && s.compareTo(high) <= 0;
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static LongRangeFilter range(ColumnData column, long low, long high) {
        return new LongRangeFilter(column, new long[] {low}, new long[] {high}, false);
    }

    private static boolean fits(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(MIN)) >= 0 && value.compareTo(BigDecimal.valueOf(MAX)) <= 0;
    }

    private static long floor(BigDecimal value) {
        return saturate(value.setScale(0, RoundingMode.FLOOR));
    }

    private static long ceil(BigDecimal value) {
        return saturate(value.setScale(0, RoundingMode.CEILING));
    }

    private static long saturate(BigDecimal whole) {
        if (whole.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            return MAX;
        }
        if (whole.compareTo(BigDecimal.valueOf(MIN)) < 0) {
            return MIN;
        }
        return whole.longValueExact();
    }

    private static long plusOne(long v) {
        return v == MAX ? MAX : v + 1;
    }

    private static long minusOne(long v) {
        return v == MIN ? MIN : v - 1;
    }
}
