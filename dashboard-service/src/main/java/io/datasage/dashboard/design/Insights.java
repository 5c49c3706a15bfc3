package io.datasage.dashboard.design;

import io.datasage.ai.planner.ColumnMeaning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Insight sentences, each with its numbers: the largest contributor of the main breakdown and its share (from the
 * data), then from the profile the significant trends with their p-values, the strongest correlation with r and n,
 * outliers and data-quality warnings (gaps, duplicates). At most 5.
 */
final class Insights {

    private static final int MAX = 5;

    private Insights() {}

    /** Insights from the profile, led by the main breakdown's largest contributor when one was measured. */
    static List<String> from(Map<String, Object> profile, MainBreakdown.Choice main, ColumnMeaning measure) {
        List<String> out = new ArrayList<>();
        if (main != null && measure != null && measure.additive()) {
            contributor(out, main, measure);
        }
        out.addAll(from(profile));
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    /** "West contributes 32.1% of all Sales (1,234,567 of 3,845,000)." from the groups' counts and means. */
    private static void contributor(List<String> out, MainBreakdown.Choice main, ColumnMeaning measure) {
        double total = 0;
        GroupProbe.Group top = null;
        for (GroupProbe.Group g : main.groups()) {
            double sum = g.count() * g.mean();
            total += sum;
            if (top == null || sum > top.count() * top.mean()) {
                top = g;
            }
        }
        if (top == null || total <= 0 || main.groups().size() < 2) {
            return;
        }
        double sum = top.count() * top.mean();
        out.add(String.format(
                Locale.ROOT,
                "%s %s contributes %.1f%% of all %s (%s of %s).",
                main.dimension().name(),
                top.key(),
                100 * sum / total,
                measure.name(),
                fmt(Math.round(sum * 100) / 100.0),
                fmt(Math.round(total * 100) / 100.0)));
    }

    @SuppressWarnings("unchecked")
    static List<String> from(Map<String, Object> profile) {
        List<String> out = new ArrayList<>();
        trends(out, (Map<String, Object>) profile.get("trends"));
        correlation(out, (Map<String, Object>) profile.get("correlations"));
        outliers(out, (List<Map<String, Object>>) profile.get("outliers"), number(profile.get("rows")));
        quality(out, (Map<String, Object>) profile.get("quality"), (List<Map<String, Object>>)
                profile.get("column_profiles"));
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    @SuppressWarnings("unchecked")
    private static void trends(List<String> out, Map<String, Object> trends) {
        if (trends == null) {
            return;
        }
        String grain = String.valueOf(trends.getOrDefault("grain", "period"));
        for (Map<String, Object> s : (List<Map<String, Object>>) trends.getOrDefault("series", List.of())) {
            if (Boolean.TRUE.equals(s.get("significant")) && !"flat".equals(s.get("direction")) && out.size() < 2) {
                out.add(String.format(
                        Locale.ROOT,
                        "%s trends %s by %s per %s on average (r² %.2f, p %s).",
                        s.get("column"),
                        s.get("direction"),
                        fmt(Math.abs(number(s.get("slope_per_period")))),
                        grain,
                        number(s.get("r_squared")),
                        p(number(s.get("p_value")))));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void correlation(List<String> out, Map<String, Object> correlations) {
        if (correlations == null || !(correlations.get("pearson") instanceof List)) {
            return;
        }
        List<String> columns = (List<String>) correlations.get("columns");
        List<List<Object>> matrix = (List<List<Object>>) correlations.get("pearson");
        double best = 0;
        int bi = -1;
        int bj = -1;
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = i + 1; j < matrix.get(i).size(); j++) {
                double r = number(matrix.get(i).get(j));
                if (Math.abs(r) > Math.abs(best) && Math.abs(r) < 0.9999) {
                    best = r;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (bi >= 0 && Math.abs(best) >= 0.5) {
            out.add(String.format(
                    Locale.ROOT,
                    "%s and %s %s (Pearson r = %.2f, n = %s).",
                    columns.get(bi),
                    columns.get(bj),
                    best > 0 ? "rise and fall together" : "move in opposite directions",
                    best,
                    fmt(number(correlations.get("rows_used")))));
        }
    }

    @SuppressWarnings("unchecked")
    private static void outliers(List<String> out, List<Map<String, Object>> outliers, double rows) {
        if (outliers == null || rows <= 0) {
            return;
        }
        Map<String, Object> worst = null;
        double worstCount = 0;
        for (Map<String, Object> o : outliers) {
            Map<String, Object> iqr = (Map<String, Object>) o.get("iqr");
            double count = iqr == null ? 0 : number(iqr.get("count"));
            if (count > worstCount) {
                worstCount = count;
                worst = o;
            }
        }
        if (worst != null && worstCount / rows >= 0.005) {
            Map<String, Object> iqr = (Map<String, Object>) worst.get("iqr");
            out.add(String.format(
                    Locale.ROOT,
                    "%s has %s outliers (%.1f%% of rows) outside %s to %s.",
                    worst.get("column"),
                    fmt(worstCount),
                    100 * worstCount / rows,
                    fmt(number(iqr.get("lower"))),
                    fmt(number(iqr.get("upper")))));
        }
    }

    private static void quality(List<String> out, Map<String, Object> quality, List<Map<String, Object>> columns) {
        if (quality == null) {
            return;
        }
        double completeness = number(quality.get("completeness"));
        if (completeness < 0.98 && columns != null) {
            Map<String, Object> emptiest = null;
            for (Map<String, Object> c : columns) {
                if (emptiest == null || number(c.get("null_ratio")) > number(emptiest.get("null_ratio"))) {
                    emptiest = c;
                }
            }
            out.add(String.format(
                    Locale.ROOT,
                    "%.1f%% of cells are empty; %s is the emptiest column (%.1f%% empty).",
                    100 * (1 - completeness),
                    emptiest.get("name"),
                    100 * number(emptiest.get("null_ratio"))));
        }
        double duplicates = number(quality.get("duplicate_rows"));
        if (duplicates > 0) {
            out.add(String.format(
                    Locale.ROOT,
                    "%s rows repeat an earlier row exactly%s.",
                    fmt(duplicates),
                    Boolean.TRUE.equals(quality.get("duplicates_estimated")) ? " (estimated)" : ""));
        }
    }

    private static double number(Object value) {
        return value instanceof Number ? ((Number) value).doubleValue() : 0;
    }

    private static String fmt(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : "%,.2f", value);
    }

    private static String p(double value) {
        return value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", value);
    }
}
