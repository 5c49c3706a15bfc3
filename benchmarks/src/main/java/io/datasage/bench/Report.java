package io.datasage.bench;

import java.util.Locale;

/** Prints results as aligned lines, ratios always against DuckDB measured in the same run. */
final class Report {

    private Report() {}

    static void title(String text) {
        System.out.println();
        System.out.println("== " + text);
    }

    static void line(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    /** One comparison: our time, DuckDB's, the ratio and whether it is within the target ratio. */
    static void versus(String name, String unit, double ours, double duck, double targetRatio) {
        double ratio = ours / duck;
        line(
                "%-34s datasage %9.2f %s   duckdb %9.2f %s   ratio %5.2f  (target <= %.1f: %s)",
                name, ours, unit, duck, unit, ratio, targetRatio, ratio <= targetRatio ? "met" : "NOT met");
    }
}
