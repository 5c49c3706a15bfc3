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
    /** Below this share of the variation (1%) no grouping is worth calling the main breakdown. */
    static final double NEGLIGIBLE = 0.01;

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
        if (best.eta() < NEGLIGIBLE) {
            // "explains 0.0%, more than Region (0.0%)" would read as a finding; say plainly there is none.
            StringBuilder none = new StringBuilder("No breakdown explains much of the variation in ")
                    .append(measure.name())
                    .append(" (eta squared: ");
            for (int i = 0; i < Math.min(scored.size(), 4); i++) {
                none.append(i > 0 ? ", " : "")
                        .append(scored.get(i).column().name())
                        .append(' ')
                        .append(percent(scored.get(i).eta()));
            }
            none.append("); it is much the same in every group. ")
                    .append(best.column().name())
                    .append(" is shown first.");
            return new Choice(best.column(), best.eta(), none.toString(), best.groups());
        }
        StringBuilder why = new StringBuilder(String.format(
                Locale.ROOT,
                "%s is the main breakdown: it explains %s of the variation in %s (eta squared)",
                best.column().name(),
                percent(best.eta()),
                measure.name()));
        if (scored.size() > 1) {
            why.append(", more than ");
            for (int i = 1; i < Math.min(scored.size(), 4); i++) {
                Scored s = scored.get(i);
                why.append(i > 1 ? ", " : "")
                        .append(s.column().name())
                        .append(" (")
                        .append(percent(s.eta()))
                        .append(')');
            }
        }
        return new Choice(best.column(), best.eta(), why.append('.').toString(), best.groups());
    }

    /** A share as a percentage with one decimal, or "under 0.1%" rather than a misleading "0.0%". */
    private static String percent(double share) {
        return share < 0.0005 ? "under 0.1%" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
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
