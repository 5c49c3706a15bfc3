package io.datasage.ai.planner;

import io.datasage.contracts.chart.ChartSpec;
import java.time.LocalDate;
import java.util.List;

/** A whole year kept on a chart over a date is that date's year, not the year column of another date. */
final class AxisYears {

    private AxisYears() {}

    /**
     * "lapses per month in 2024" over Lapse Date beside Draw Date and Draw Year: a year column kept at one year, on a
     * chart whose axis is another date than the main one by a grain of time, becomes that year of the axis date, so
     * that the line shows the months of the year asked for.
     */
    static void onAxis(Draft d, SchemaIndex index) {
        // The year column beside the main date is that date's year (Loan Yr of Checkout Dt): only another date's axis
        // needs the year said again in its own terms.
        if (d.x == null || d.x.role() != ColumnRole.DATE || d.grain == null || d.x == index.primaryDate) {
            return;
        }
        String axis = d.x.name();
        if (d.filters.stream().anyMatch(f -> axis.equals(f.column()))) {
            return;
        }
        for (int i = 0; i < d.filters.size(); i++) {
            ChartSpec.Filter f = d.filters.get(i);
            ColumnInfo c = index.column(f.column());
            Integer year =
                    c != null && c.role() == ColumnRole.YEAR && "=".equals(f.op()) ? fullYear(c, f.value()) : null;
            if (year == null || !within(d.x, year)) {
                continue;
            }
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            d.filters.set(
                    i,
                    new ChartSpec.Filter(axis, "between", List.of(FilterValues.low(from), FilterValues.high(d.x, to))));
        }
    }

    /** The four-digit year a year column's value stands for, or null when it is not a year. */
    private static Integer fullYear(ColumnInfo c, Object value) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            return null;
        }
        int v = n.intValue();
        if (v >= 1800 && v <= 2200) {
            return v;
        }
        return !Double.isNaN(c.maxNum()) && c.maxNum() < 100 && v >= 0 && v < 100 ? 2000 + v : null;
    }

    /** Whether the date column has rows in that year. */
    private static boolean within(ColumnInfo date, int year) {
        return date.minDate() == null
                || date.maxDate() == null
                || date.minDate().getYear() <= year && year <= date.maxDate().getYear();
    }
}
