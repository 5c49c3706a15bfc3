package io.datasage.dashboard.design;

import io.datasage.contracts.chart.ChartSpec;
import java.util.Locale;
import java.util.UUID;

/**
 * One tile of a dashboard as stored: what it shows and where, before it is rendered.
 *
 * @param id stable within its dashboard; edits and pins refer to it
 * @param type kpi, chart or table
 * @param span grid columns it takes out of 4
 * @param height grid rows it takes (1 for a KPI, 2 for a chart; a table as many as its rows need)
 * @param pinned kept as it is when the dashboard is regenerated
 * @param origin who put it there: {@code designer}, {@code llm:<model>}, {@code chat}, {@code user}
 * @param display how the figure is drawn (log value axis, clipped range), or null for the engine's figure as is
 */
public record ComponentPlan(
        String id,
        String type,
        String title,
        int span,
        int height,
        ChartSpec spec,
        boolean pinned,
        String origin,
        Display display) {

    /** Kinds of tiles. */
    public static final java.util.List<String> TYPES = java.util.List.of("kpi", "chart", "table");

    public ComponentPlan {
        // Titles often start with a lower-case column name ("sales over time").
        if (title != null && !title.isEmpty()) {
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }
        type = type == null ? typeOf(spec) : type.toLowerCase(Locale.ROOT);
        span = span < 1 || span > 4 ? defaultSpan(type) : span;
        height = height < 1 || height > 6 ? defaultHeight(type) : height;
        origin = origin == null ? "designer" : origin;
    }

    /** A new unpinned tile made by the designer, with a fresh id. */
    public static ComponentPlan of(String type, String title, int span, ChartSpec spec) {
        return new ComponentPlan(newId(), type, title, span, 0, spec, false, "designer", null);
    }

    /** A fresh component id: short, random, unique within any realistic dashboard. */
    public static String newId() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The tile kind a spec implies: a kpi spec is a KPI tile, a table spec a table, the rest charts. */
    public static String typeOf(ChartSpec spec) {
        String chart =
                spec == null || spec.chartType() == null ? "" : spec.chartType().toLowerCase(Locale.ROOT);
        return "kpi".equals(chart) ? "kpi" : "table".equals(chart) ? "table" : "chart";
    }

    /** The same tile with another id. */
    public ComponentPlan withId(String newId) {
        return new ComponentPlan(newId, type, title, span, height, spec, pinned, origin, display);
    }

    /** The same tile with another origin. */
    public ComponentPlan withOrigin(String newOrigin) {
        return new ComponentPlan(id, type, title, span, height, spec, pinned, newOrigin, display);
    }

    /** The same tile drawn differently. */
    public ComponentPlan withDisplay(Display newDisplay) {
        return new ComponentPlan(id, type, title, span, height, spec, pinned, origin, newDisplay);
    }

    /** The same tile with another height. */
    public ComponentPlan withHeight(int newHeight) {
        return new ComponentPlan(id, type, title, span, newHeight, spec, pinned, origin, display);
    }

    private static int defaultSpan(String type) {
        return "kpi".equals(type) ? 1 : "table".equals(type) ? 4 : 2;
    }

    private static int defaultHeight(String type) {
        return "kpi".equals(type) ? 1 : 2;
    }
}
