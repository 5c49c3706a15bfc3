package io.datasage.ai.planner;

/**
 * "remakes by reason" beside Remake Y/N and a Remake Reason filled only for remakes: the reason of an event is
 * recorded only when the event happened, and rows without one are left out of a grouping anyway, so the flag the
 * noun also named says nothing more; the chart is drawn without it.
 */
final class ImpliedFilters {

    /** A grouping column this empty (share of rows without a value) is filled only for some of them. */
    private static final double MOSTLY_EMPTY = 0.5;

    private ImpliedFilters() {}

    /** Drops a yes filter on a flag that a mostly empty grouping column of the same event already implies. */
    static void drop(Draft d, SchemaIndex index, Notes notes) {
        long rows = index.schema.rowCount();
        for (ColumnInfo grouped : java.util.Arrays.asList(d.x, d.series)) {
            if (grouped == null || rows <= 0 || grouped.schema().nulls() < MOSTLY_EMPTY * rows) {
                continue;
            }
            d.filters.removeIf(f -> {
                ColumnInfo flag = index.column(f.column());
                boolean implied = flag != null
                        && flag.role() == ColumnRole.BOOLEAN
                        && "=".equals(f.op())
                        && String.valueOf(f.value()).equalsIgnoreCase(flag.yes())
                        && sameEvent(flag, grouped);
                if (implied) {
                    notes.add("Left out " + f.column() + " = " + f.value() + ": " + grouped.name()
                            + " is filled only for those rows.");
                }
                return implied;
            });
        }
    }

    /** Whether two names share a word of the event, allowing for its forms (CANCEL_REASON, CANCELLED_OTD). */
    private static boolean sameEvent(ColumnInfo flag, ColumnInfo grouped) {
        for (String a : flag.core()) {
            for (String b : grouped.core()) {
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
