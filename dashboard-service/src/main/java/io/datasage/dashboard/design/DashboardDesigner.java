package io.datasage.dashboard.design;

import io.datasage.ai.planner.ColumnMeaning;
import io.datasage.ai.planner.ColumnRole;
import io.datasage.ai.planner.ColumnSemantics;
import io.datasage.ai.schema.ProfileSchemas;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Designs a dashboard from a dataset's profile, deterministically: 3-4 KPIs, 3-6 charts and 1 table built from
 * the real columns (BRIEF section 1), chosen by their roles: measures, dimensions, the time axis, the entity.
 */
public final class DashboardDesigner {

    private static final int MAX_CHARTS = 6;

    /** The design for a dataset called {@code name} with this profile and these domain hints. */
    public DashboardDesign design(String name, Map<String, Object> profile, List<String> domainHints) {
        ColumnSemantics semantics = ColumnSemantics.of(ProfileSchemas.from(name, null, profile));
        List<ColumnMeaning> facts = semantics.columns();
        List<ColumnMeaning> measures =
                semantics.measures().stream().filter(m -> m.distinct() > 2).toList();
        List<ColumnMeaning> dimensions = dimensions(semantics, rows(profile));
        Optional<ColumnMeaning> time =
                semantics.timeColumn().filter(t -> t.role() == ColumnRole.DATE && t.distinct() > 1);
        List<ComponentPlan> components = new ArrayList<>();
        kpis(components, measures, semantics.countedEntity());
        charts(components, measures, dimensions, time);
        components.add(table(measures, dimensions, facts));
        String domain = domainHints == null || domainHints.isEmpty() ? "general" : domainHints.get(0);
        return new DashboardDesign(
                name + " overview",
                domain,
                time.isPresent() ? "executive" : "analytical",
                components,
                Insights.from(profile),
                null,
                "designer");
    }

    private static void kpis(List<ComponentPlan> out, List<ColumnMeaning> measures, Optional<ColumnMeaning> entity) {
        out.add(ComponentPlan.of("kpi", "Records", 1, spec("kpi", null, null, "count", null)));
        entity.ifPresent(e ->
                out.add(ComponentPlan.of("kpi", plural(e), 1, spec("kpi", null, e.name(), "count_distinct", null))));
        for (ColumnMeaning m : measures) {
            if (out.size() >= 4) {
                break;
            }
            boolean sum = "sum".equals(m.aggregation());
            out.add(ComponentPlan.of(
                    "kpi",
                    (sum ? "Total " : "Average ") + m.name(),
                    1,
                    spec("kpi", null, m.name(), sum ? "sum" : "mean", null)));
        }
    }

    private static void charts(
            List<ComponentPlan> out,
            List<ColumnMeaning> measures,
            List<ColumnMeaning> dimensions,
            Optional<ColumnMeaning> time) {
        List<ComponentPlan> charts = new ArrayList<>();
        ColumnMeaning m1 = measures.isEmpty() ? null : measures.get(0);
        ColumnMeaning d1 = dimensions.isEmpty() ? null : dimensions.get(0);
        ColumnMeaning d2 = dimensions.size() > 1 ? dimensions.get(1) : null;
        String agg1 = m1 == null ? "count" : "sum".equals(m1.aggregation()) ? "sum" : "mean";
        String y1 = m1 == null ? null : m1.name();
        if (time.isPresent()) {
            charts.add(ComponentPlan.of(
                    "chart",
                    label(m1) + " over time",
                    2,
                    spec("line", time.get().name(), y1, agg1, null)));
        }
        if (d1 != null) {
            ChartSpec bar = new ChartSpec(
                    "bar",
                    d1.name(),
                    y1 == null ? null : List.of(y1),
                    null,
                    agg1,
                    null,
                    null,
                    new ChartSpec.Sort("y", "desc"),
                    10,
                    null,
                    null,
                    null);
            charts.add(ComponentPlan.of("chart", label(m1) + " by " + d1.name(), 2, bar));
        }
        if (d2 != null || d1 != null) {
            ColumnMeaning share = d2 != null ? d2 : d1;
            String pieAgg = m1 != null && "sum".equals(m1.aggregation()) ? "sum" : "count";
            charts.add(ComponentPlan.of(
                    "chart",
                    "Share of " + (pieAgg.equals("sum") ? m1.name() : "records") + " by " + share.name(),
                    2,
                    spec("pie", share.name(), pieAgg.equals("sum") ? y1 : null, pieAgg, null)));
        }
        if (measures.size() > 1) {
            ColumnMeaning m2 = measures.get(1);
            ChartSpec scatter = new ChartSpec(
                    "scatter",
                    m1.name(),
                    List.of(m2.name()),
                    d1 != null && d1.distinct() <= 8 ? d1.name() : null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            charts.add(ComponentPlan.of("chart", m2.name() + " vs " + m1.name(), 2, scatter));
        }
        if (m1 != null) {
            charts.add(ComponentPlan.of(
                    "chart", "Distribution of " + m1.name(), 2, spec("histogram", m1.name(), null, null, null)));
        }
        if (d1 != null && d2 != null && m1 != null) {
            ChartSpec stacked = new ChartSpec(
                    "stacked_bar",
                    d1.name(),
                    List.of(m1.name()),
                    d2.name(),
                    agg1,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            charts.add(ComponentPlan.of("chart", label(m1) + " by " + d1.name() + " and " + d2.name(), 2, stacked));
        }
        if (d1 != null && m1 != null && charts.size() < MAX_CHARTS) {
            charts.add(ComponentPlan.of(
                    "chart", m1.name() + " spread by " + d1.name(), 2, spec("box", d1.name(), m1.name(), null, null)));
        }
        out.addAll(charts.subList(0, Math.min(MAX_CHARTS, charts.size())));
    }

    private static ComponentPlan table(
            List<ColumnMeaning> measures, List<ColumnMeaning> dimensions, List<ColumnMeaning> facts) {
        if (!dimensions.isEmpty() && !measures.isEmpty()) {
            ColumnMeaning d = dimensions.get(0);
            List<String> ys =
                    measures.stream().limit(3).map(ColumnMeaning::name).toList();
            String agg = "sum".equals(measures.get(0).aggregation()) ? "sum" : "mean";
            return ComponentPlan.of(
                    "table",
                    "Top " + d.name() + " by " + measures.get(0).name(),
                    4,
                    new ChartSpec(
                            "table",
                            d.name(),
                            ys,
                            null,
                            agg,
                            null,
                            null,
                            new ChartSpec.Sort("y", "desc"),
                            10,
                            null,
                            null,
                            null));
        }
        List<String> columns = facts.stream().limit(6).map(ColumnMeaning::name).toList();
        return ComponentPlan.of(
                "table",
                "First rows",
                4,
                new ChartSpec("table", null, null, null, null, null, null, null, 10, null, columns, null));
    }

    private static ChartSpec spec(String type, String x, String y, String aggregation, Integer limit) {
        return new ChartSpec(
                type, x, y == null ? null : List.of(y), null, aggregation, null, null, null, limit, null, null, null);
    }

    private static String label(ColumnMeaning measure) {
        return measure == null ? "Records" : measure.name();
    }

    private static String plural(ColumnMeaning entity) {
        String word = entity.entity() == null ? entity.name() : entity.entity();
        String cap = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        return cap.endsWith("s") ? cap : cap + "s";
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
