package io.datasage.dashboard.design;

import io.datasage.contracts.chart.ChartSpec;

/**
 * One tile of a designed dashboard before it is rendered.
 *
 * @param type kpi, chart or table
 * @param span grid columns it takes out of 4
 */
public record ComponentPlan(String type, String title, int span, ChartSpec spec) {

    public ComponentPlan {
        // Titles often start with a lower-case column name ("sales over time").
        if (title != null && !title.isEmpty()) {
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }
    }
}
