package io.datasage.dashboard.design;

import java.util.List;

/**
 * A designed dashboard: its title, the domain it was designed for, the layout pattern, the tiles and the
 * insights found in the profile.
 *
 * @param pattern executive (KPIs and trends over time) or analytical (breakdowns and distributions)
 */
public record DashboardDesign(
        String title, String domain, String pattern, List<ComponentPlan> components, List<String> insights) {}
