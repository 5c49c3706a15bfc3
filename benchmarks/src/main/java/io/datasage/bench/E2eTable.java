package io.datasage.bench;

import java.util.ArrayList;
import java.util.List;

/** The end-to-end results as one table: ours and DuckDB's p50/p95 side by side, the ratio and the goal. */
final class E2eTable {

    private final List<String> lines = new ArrayList<>();

    /** A row measured on both sides; the ratio is of the p50s. */
    void versus(String path, double[] ours, double[] duck, String unit, String duckWhat, String goal) {
        double ratio = Stats.median(ours) / Stats.median(duck);
        lines.add(String.format(
                java.util.Locale.ROOT,
                "%-44s %s   %-26s %s   %5.2fx  %s",
                path,
                cell(ours, unit),
                duckWhat,
                cell(duck, unit),
                ratio,
                goal));
    }

    /** A row measured on our side only. */
    void ours(String path, double[] ours, String unit, String goal) {
        lines.add(String.format(
                java.util.Locale.ROOT, "%-44s %s   %-26s %-21s   %6s  %s", path, cell(ours, unit), "", "", "", goal));
    }

    /** A free-form row (first-vs-tenth, memory). */
    void note(String path, String text) {
        lines.add(String.format(java.util.Locale.ROOT, "%-44s %s", path, text));
    }

    void print() {
        Report.line(
                "%-44s %-21s   %-26s %-21s   %6s  %s",
                "path", "datasage p50 / p95", "DuckDB (same run)", "p50 / p95", "ratio", "goal");
        lines.forEach(l -> Report.line("%s", l));
    }

    private static String cell(double[] values, String unit) {
        return String.format(
                java.util.Locale.ROOT,
                "%9s / %-9s",
                format(Stats.median(values), unit),
                format(Stats.percentile(values, 95), unit));
    }

    /** Milliseconds as "12.3 ms" or, from 1 s on, "1.23 s". */
    static String format(double ms, String unit) {
        if ("s".equals(unit) || ms >= 1000) {
            return String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000);
        }
        return String.format(java.util.Locale.ROOT, ms < 10 ? "%.2f ms" : "%.1f ms", ms);
    }
}
