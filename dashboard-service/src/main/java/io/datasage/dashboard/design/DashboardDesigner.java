package io.datasage.dashboard.design;

import io.datasage.ai.planner.ColumnMeaning;
import io.datasage.ai.planner.ColumnRole;
import io.datasage.ai.planner.ColumnSemantics;
import io.datasage.ai.schema.ProfileSchemas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Designs a dashboard from a dataset's profile and data, deterministically: 3-4 KPIs, 3-6 charts of different
 * kinds and 1 table built from the real columns, chosen by their meaning (libs/ai's ColumnSemantics: measures,
 * groupings, the time axis, the entity); the main breakdown is the grouping that explains most of the key
 * measure's variation.
 */
public final class DashboardDesigner {

    /** The design for a dataset called {@code name} with this profile, domain hints and access to its data. */
    public DashboardDesign design(
            String name, Map<String, Object> profile, List<String> domainHints, GroupProbe probe) {
        ColumnSemantics semantics = ColumnSemantics.of(ProfileSchemas.from(name, null, profile));
        NumericStats stats = new NumericStats(profile);
        List<ColumnMeaning> measures =
                semantics.measures().stream().filter(m -> m.distinct() > 2).toList();
        Optional<ColumnMeaning> time =
                semantics.timeColumn().filter(t -> t.role() == ColumnRole.DATE && t.distinct() > 1);
        ColumnMeaning key = measures.isEmpty() ? null : measures.get(0);
        List<ColumnMeaning> dimensions = new ArrayList<>(dimensions(semantics, rows(profile)));
        MainBreakdown.Choice main = MainBreakdown.choose(
                dimensions,
                key,
                key == null ? null : stats.stat(key.name(), "std"),
                probe == null ? GroupProbe.NONE : probe);
        if (main != null) {
            dimensions.remove(main.dimension());
            dimensions.add(0, main.dimension());
        }
        Tiles tiles = new Tiles(stats);
        List<ComponentPlan> components = new ArrayList<>(tiles.kpis(measures, semantics.countedEntity(), time));
        components.addAll(tiles.charts(measures, dimensions, time));
        components.add(tiles.table(measures, dimensions, semantics.columns()));
        String pattern = Patterns.pick(name, semantics.columns(), time.isPresent(), key);
        return new DashboardDesign(
                Titles.fit(name + " overview", Titles.DASHBOARD),
                Patterns.domain(domainHints),
                pattern,
                components,
                Insights.from(profile, main, key),
                Patterns.explain(pattern, key, time.orElse(null), main),
                "designer");
    }

    /** The design without access to the data (groupings ranked by their sizes alone). */
    public DashboardDesign design(String name, Map<String, Object> profile, List<String> domainHints) {
        return design(name, profile, domainHints, GroupProbe.NONE);
    }

    /** Groupings that read best first: 3-12 values, then up to 25, then the rest; fewer empty cells first. */
    private static List<ColumnMeaning> dimensions(ColumnSemantics semantics, long rows) {
        return semantics.groupings().stream()
                .sorted(Comparator.comparingDouble((ColumnMeaning c) -> -dimensionScore(c, rows)))
                .toList();
    }

    private static double dimensionScore(ColumnMeaning c, long rows) {
        double score = c.distinct() >= 3 && c.distinct() <= 12 ? 1.5 : c.distinct() <= 25 ? 0.5 : 0;
        score -= rows == 0 ? 0 : 2.0 * c.nulls() / rows;
        return score - (c.role() == ColumnRole.BOOLEAN ? 0.5 : 0);
    }

    private static long rows(Map<String, Object> profile) {
        return profile != null && profile.get("rows") instanceof Number
                ? ((Number) profile.get("rows")).longValue()
                : 0;
    }
}
