package io.datasage.dashboard.design;

import io.datasage.ai.planner.ColumnMeaning;
import io.datasage.ai.planner.ColumnSemantics;
import io.datasage.ai.prompt.LayoutFacts;
import io.datasage.ai.validation.ProposedLayout;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a model's checked layout into a design: titles that fit their tiles, the same skew handling as the offline
 * designer, and only the offline design's computed facts (insights, domain) beside it. Model text that is shown to
 * users (titles, the rationale) is kept only as plain words: markup is stripped and a rationale with digits in it
 * is replaced, since the model never saw the rows.
 */
public final class ProposedDesigns {

    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|[`*_#]{2,}");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private ProposedDesigns() {}

    /** The hints for the model from what the offline design found: measures, groupings main first, the time axis. */
    public static LayoutFacts facts(ColumnSemantics semantics, DashboardDesign offline) {
        List<LayoutFacts.Measure> measures = semantics.measures().stream()
                .filter(m -> m.distinct() > 2)
                .map(m -> new LayoutFacts.Measure(m.name(), Tiles.aggregation(m)))
                .toList();
        Set<String> groupings = new LinkedHashSet<>();
        Set<String> groupingNames = new LinkedHashSet<>();
        semantics.groupings().forEach(g -> groupingNames.add(g.name()));
        // The offline designer puts its main breakdown first among its charts' x axes.
        for (ComponentPlan c : offline.components()) {
            if (c.spec() != null && groupingNames.contains(c.spec().x())) {
                groupings.add(c.spec().x());
            }
        }
        groupings.addAll(groupingNames);
        String time = semantics.timeColumn().map(ColumnMeaning::name).orElse(null);
        return new LayoutFacts(measures, List.copyOf(groupings), time);
    }

    /**
     * The design made of {@code layout}'s tiles, each spec already checked and resolved by rendering it.
     *
     * @param specs the resolved spec of each tile, in the layout's order
     * @param profile the dataset's profile (for skew handling)
     * @param designedBy {@code llm:<model>}
     */
    public static DashboardDesign toDesign(
            ProposedLayout layout,
            List<ChartSpec> specs,
            DashboardDesign offline,
            Map<String, Object> profile,
            String designedBy) {
        NumericStats stats = new NumericStats(profile);
        List<ComponentPlan> components = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ProposedLayout.Tile tile = layout.tiles().get(i);
            ChartSpec spec = specs.get(i);
            String type = ComponentPlan.typeOf(spec);
            String title = plain(tile.title());
            if (title == null) {
                title = defaultTitle(spec);
            }
            int span = tile.span() == null ? 0 : tile.span();
            ComponentPlan plan = new ComponentPlan(
                    ComponentPlan.newId(),
                    type,
                    Titles.fit(title, "kpi".equals(type) ? Titles.KPI : Titles.CHART),
                    "kpi".equals(type) ? 1 : "table".equals(type) ? 4 : Math.max(2, span),
                    0,
                    spec,
                    false,
                    designedBy,
                    null);
            components.add(displayed(plan, stats));
        }
        String title = plain(layout.title());
        String rationale = plain(layout.rationale());
        String pattern = layout.pattern() == null ? offline.pattern() : layout.pattern();
        return new DashboardDesign(
                title == null ? offline.title() : Titles.fit(title, Titles.DASHBOARD),
                offline.domain(),
                pattern,
                components,
                offline.insights(),
                rationale == null || DIGIT.matcher(rationale).find() ? offline.explanation() : rationale,
                designedBy);
    }

    /** Skewed measures drawn as the offline designer draws them: a clipped histogram, a log-scaled box. */
    private static ComponentPlan displayed(ComponentPlan plan, NumericStats stats) {
        ChartSpec spec = plan.spec();
        String chart = spec.chartType() == null ? "" : spec.chartType().toLowerCase(Locale.ROOT);
        if ("histogram".equals(chart) && spec.x() != null && stats.skewed(spec.x())) {
            Double p99 = stats.quantile(spec.x(), "p99");
            return p99 == null ? plan : plan.withDisplay(new Display(null, p99));
        }
        if ("box".equals(chart) && spec.y() != null && spec.y().size() == 1) {
            String y = spec.y().get(0);
            Double min = stats.stat(y, "min");
            return stats.skewed(y) && min != null && min > 0 ? plan.withDisplay(new Display("log", null)) : plan;
        }
        return plan;
    }

    private static String defaultTitle(ChartSpec spec) {
        String y = spec.y() == null || spec.y().isEmpty() ? "Rows" : String.join(", ", spec.y());
        if ("kpi".equals(ComponentPlan.typeOf(spec))) {
            return Titles.kpi(spec.aggregation(), y);
        }
        return spec.x() == null ? y : y + " by " + spec.x();
    }

    /** The text without markup and runs of whitespace, or null when nothing is left. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        String plain =
                MARKUP.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }
}
