package io.datasage.ai.planner;

import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "remakes by reason" beside Remake Y/N and a Remake Reason filled only for remakes, "write offs for frost damage"
 * beside line_type = WRITE-OFF and a Writeoff Reason filled only for write-offs: the reason of an event is recorded
 * only when the event happened, and rows without one are left out of a grouping or a filter on it anyway, so the
 * flag or kind the noun also named says nothing more; the chart is drawn without it.
 */
final class ImpliedFilters {

    /** A column this empty (share of rows without a value) is filled only for some of them. */
    private static final double MOSTLY_EMPTY = 0.5;

    private ImpliedFilters() {}

    /**
     * Drops a yes filter on a flag, or a kind's filter, that a mostly empty grouping or filtered column of the same
     * event already implies.
     */
    static void drop(Draft d, SchemaIndex index, Notes notes) {
        long rows = index.schema.rowCount();
        List<ColumnInfo> implying = new ArrayList<>();
        implying.add(d.x);
        implying.add(d.series);
        for (ChartSpec.Filter f : d.filters) {
            if ("=".equals(f.op()) || "in".equals(f.op())) {
                implying.add(index.column(f.column()));
            }
        }
        for (ColumnInfo event : implying) {
            if (event == null || rows <= 0 || event.schema().nulls() < MOSTLY_EMPTY * rows) {
                continue;
            }
            d.filters.removeIf(f -> {
                ColumnInfo col = index.column(f.column());
                if (col == null || col == event || !"=".equals(f.op())) {
                    return false;
                }
                String value = String.valueOf(f.value());
                boolean flag = col.role() == ColumnRole.BOOLEAN
                        && value.equalsIgnoreCase(col.yes())
                        && sameEvent(col.core(), event.core());
                // "WRITE-OFF" of line_type beside Writeoff Reason: the kind whose reason the column records.
                boolean kind = col.role() == ColumnRole.CATEGORY
                        && sameEvent(List.of(value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")), event.core());
                if (flag || kind) {
                    notes.add("Left out " + f.column() + " = " + f.value() + ": " + event.name()
                            + " is filled only for those rows.");
                }
                return flag || kind;
            });
        }
    }

    /** Whether two names share a word of the event, allowing for its forms (CANCEL_REASON, CANCELLED_OTD). */
    private static boolean sameEvent(List<String> one, List<String> other) {
        for (String a : one) {
            for (String b : other) {
                if (a.length() >= 4
                        && b.length() >= 4
                        && commonPrefix(a, b) >= Math.min(5, Math.min(a.length(), b.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
