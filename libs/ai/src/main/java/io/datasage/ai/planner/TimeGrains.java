package io.datasage.ai.planner;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Picks a time grain that gives a readable number of points for the span the chart covers. */
final class TimeGrains {

    private TimeGrains() {}

    /** day up to three months, week up to ~7 months, month up to 8 years, else year; null for a year column. */
    static String defaultFor(ColumnInfo time, List<Question.Filter> filters) {
        if (time.role() != ColumnRole.DATE || time.minDate() == null || time.maxDate() == null) {
            return time.role() == ColumnRole.DATE ? "month" : null;
        }
        LocalDate from = time.minDate();
        LocalDate to = time.maxDate();
        for (Question.Filter f : filters) {
            if (f.column() != time) {
                continue;
            }
            if ("between".equals(f.op()) && f.value() instanceof List<?> l && l.size() == 2) {
                from = later(from, l.get(0));
                to = earlier(to, l.get(1));
            } else if (">=".equals(f.op()) || ">".equals(f.op())) {
                from = later(from, f.value());
            } else if ("<".equals(f.op()) || "<=".equals(f.op())) {
                to = earlier(to, f.value());
            }
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days <= 92) {
            return "day";
        }
        if (days <= 200) {
            return "week";
        }
        return days <= 8 * 366 ? "month" : "year";
    }

    private static LocalDate later(LocalDate d, Object iso) {
        LocalDate o = ColumnRoles.date(String.valueOf(iso));
        return o != null && o.isAfter(d) ? o : d;
    }

    private static LocalDate earlier(LocalDate d, Object iso) {
        LocalDate o = ColumnRoles.date(String.valueOf(iso));
        return o != null && o.isBefore(d) ? o : d;
    }
}
