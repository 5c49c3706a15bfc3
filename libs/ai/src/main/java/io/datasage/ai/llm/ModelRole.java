package io.datasage.ai.llm;

import java.util.Locale;

/** What a model is asked to do, as the original system named its model roles; each role has its own fallback list. */
public enum ModelRole {
    /** Questions in a conversation to an answer and a chart spec. */
    CHAT_ENGINE,
    /** Dashboard layouts. */
    LAYOUT_DESIGNER,
    /** Insight summaries. */
    SUMMARY_ENGINE,
    /** The best chart type for some columns. */
    CHART_RECOMMENDER,
    /** Small, fast visualisation tasks. */
    VISUALIZATION_ENGINE;

    /** The original system's name: {@code chat_engine}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The configuration key: {@code chat-engine}. */
    public String configKey() {
        return wireName().replace('_', '-');
    }

    /** The role named {@code name} in any of its spellings ({@code chat_engine}, {@code chat-engine}, {@code CHAT_ENGINE}). */
    public static ModelRole parse(String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ModelRole role : values()) {
            if (role.name().equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException(
                "unknown model role '" + name + "'; roles are: chat-engine, layout-designer, "
                        + "summary-engine, chart-recommender, visualization-engine");
    }
}
