package io.datasage.dashboard.design;

import io.datasage.ai.planner.ColumnMeaning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks the grouping that explains most of the key measure's variation: eta squared (between-group sum of squares
 * over the total, from exact group counts and means and the profile's standard deviation) among groupings of
 * moderate cardinality (2-30 values). Says why, with the numbers.
 */
final class MainBreakdown {

    static final int MAX_GROUPS = 30;
    private static final int MAX_CANDIDATES = 6;

    /**
     * The choice and why.
     *
     * @param etaSquared share of the measure's variation explained, 0..1; NaN when it could not be measured
     */
    record Choice(ColumnMeaning dimension, double etaSquared, String explanation, List<GroupProbe.Group> groups) {}

    private MainBreakdown() {}

    /** The dimensions ordered with the main breakdown first, and the reason, or the input order when unmeasurable. */
    static Choice choose(List<ColumnMeaning> dimensions, ColumnMeaning measure, Double std, GroupProbe probe) {
        if (dimensions.isEmpty()) {
            return null;
        }
        if (measure == null || std == null || std <= 0) {
            return new Choice(dimensions.get(0), Double.NaN, null, List.of());
        }
        List<Scored> scored = new ArrayList<>();
        for (ColumnMeaning d : dimensions) {
            if (scored.size() == MAX_CANDIDATES) {
                break;
            }
            if (d.distinct() < 2 || d.distinct() > MAX_GROUPS) {
                continue;
            }
            List<GroupProbe.Group> groups = probe.groups(d.name(), measure.name());
            double eta = etaSquared(groups, std);
            if (!Double.isNaN(eta)) {
                scored.add(new Scored(d, eta, groups));
            }
        }
        if (scored.isEmpty()) {
            return new Choice(dimensions.get(0), Double.NaN, null, List.of());
        }
        scored.sort(Comparator.comparingDouble(Scored::eta).reversed());
        Scored best = scored.get(0);
        StringBuilder why = new StringBuilder(String.format(
                Locale.ROOT,
                "%s is the main breakdown: it explains %.1f%% of the variation in %s (eta squared)",
                best.column().name(),
                100 * best.eta(),
                measure.name()));
        if (scored.size() > 1) {
            why.append(", more than ");
            for (int i = 1; i < Math.min(scored.size(), 4); i++) {
                Scored s = scored.get(i);
                why.append(i > 1 ? ", " : "")
                        .append(String.format(
                                Locale.ROOT, "%s (%.1f%%)", s.column().name(), 100 * s.eta()));
            }
        }
        return new Choice(best.column(), best.eta(), why.append('.').toString(), best.groups());
    }

    /** Between-group over total sum of squares; NaN without at least two non-empty groups. */
    static double etaSquared(List<GroupProbe.Group> groups, double std) {
        long n = 0;
        double sum = 0;
        int nonEmpty = 0;
        for (GroupProbe.Group g : groups) {
            if (g.count() > 0 && Double.isFinite(g.mean())) {
                n += g.count();
                sum += g.count() * g.mean();
                nonEmpty++;
            }
        }
        if (nonEmpty < 2 || n < 3) {
            return Double.NaN;
        }
        double mean = sum / n;
        double between = 0;
        for (GroupProbe.Group g : groups) {
            if (g.count() > 0 && Double.isFinite(g.mean())) {
                between += g.count() * (g.mean() - mean) * (g.mean() - mean);
            }
        }
        double total = (n - 1) * std * std;
        return total <= 0 ? Double.NaN : Math.min(1, between / total);
    }

    private record Scored(ColumnMeaning column, double eta, List<GroupProbe.Group> groups) {}
}
