package io.datasage.charts.spec;

import java.util.Map;

/** The chart kinds the engine draws; {@link #wireName()} is the chart-spec value. */
public enum ChartType {
    BAR,
    LINE,
    PIE,
    SCATTER,
    HISTOGRAM,
    HEATMAP,
    GROUPED_BAR,
    STACKED_BAR,
    AREA,
    BOX,
    KPI,
    TABLE;

    private static final Map<String, ChartType> ALIASES = Map.ofEntries(
            Map.entry("column", BAR),
            Map.entry("bars", BAR),
            Map.entry("donut", PIE),
            Map.entry("doughnut", PIE),
            Map.entry("hist", HISTOGRAM),
            Map.entry("boxplot", BOX),
            Map.entry("box_and_whisker", BOX),
            Map.entry("indicator", KPI),
            Map.entry("metric", KPI),
            Map.entry("number", KPI),
            Map.entry("grouped", GROUPED_BAR),
            Map.entry("stacked", STACKED_BAR),
            Map.entry("grouped_column", GROUPED_BAR),
            Map.entry("stacked_column", STACKED_BAR),
            Map.entry("scatterplot", SCATTER),
            Map.entry("correlation", HEATMAP));

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a chart-spec value or a common alias ("column chart", "donut"); null when unknown. */
    public static ChartType parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = Names.key(value).replaceAll("_(chart|plot|graph)$", "");
        for (ChartType type : values()) {
            if (type.wireName().equals(key)) {
                return type;
            }
        }
        return ALIASES.get(key);
    }

    /** Charts whose x is grouped (with series and aggregated y): the bar family, line, area, pie. */
    public boolean isCategorical() {
        return this == BAR || this == LINE || this == PIE || this == GROUPED_BAR || this == STACKED_BAR || this == AREA;
    }

    /** Line and area: drawn in x order. */
    public boolean isLineLike() {
        return this == LINE || this == AREA;
    }

    /** Comma-separated wire names, for messages. */
    public static String allNames() {
        StringBuilder out = new StringBuilder();
        for (ChartType type : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(type.wireName());
        }
        return out.toString();
    }
}
