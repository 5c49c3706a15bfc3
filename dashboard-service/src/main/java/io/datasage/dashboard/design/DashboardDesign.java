package io.datasage.dashboard.design;

import java.util.List;

/**
 * A designed dashboard: its title, the domain it was designed for, the layout pattern, the tiles and the
 * insights found in the data.
 *
 * @param pattern executive (KPIs and trends over time), analytical (breakdowns and distributions) or operational
 *     (statuses and counts of work items)
 * @param explanation why the layout looks as it does: the main breakdown and how much it explains
 * @param designedBy {@code designer} (offline) or {@code llm:<model>}
 */
public record DashboardDesign(
        String title,
        String domain,
        String pattern,
        List<ComponentPlan> components,
        List<String> insights,
        String explanation,
        String designedBy) {}
