package io.datasage.dashboard.design;

import io.datasage.ai.planner.ColumnMeaning;
import io.datasage.ai.planner.ColumnRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's domain and layout pattern, as in the original system: executive (KPIs and the trend over time
 * first), operational (work items by status and stage) or analytical (breakdowns and distributions), chosen from
 * the columns; and the sentence that says why the layout looks as it does.
 */
final class Patterns {

    private static final List<String> WORK_ITEMS = List.of(
            "ticket",
            "tickets",
            "incident",
            "incidents",
            "task",
            "tasks",
            "issue",
            "issues",
            "request",
            "requests",
            "case",
            "cases",
            "shipment",
            "shipments",
            "inventory",
            "warehouse");
    private static final List<String> WORKFLOW = List.of("status", "priority", "stage", "sla", "assignee", "queue");

    private Patterns() {}

    /** The first domain hint, or "general". */
    static String domain(List<String> hints) {
        return hints == null || hints.isEmpty() || hints.get(0) == null ? "general" : hints.get(0);
    }

    /**
     * operational for work items tracked through states (tickets, tasks; or several workflow columns and no money
     * to add up), executive with a time axis and a key measure, else analytical.
     */
    static String pick(String name, List<ColumnMeaning> columns, boolean hasTime, ColumnMeaning keyMeasure) {
        long workflow = columns.stream()
                .filter(c -> words(c.name()).stream().anyMatch(WORKFLOW::contains))
                .count();
        boolean workItems = words(name == null ? "" : name).stream().anyMatch(WORK_ITEMS::contains)
                || columns.stream()
                        .anyMatch(c -> c.role() == ColumnRole.ID
                                && words(c.name()).stream().anyMatch(WORK_ITEMS::contains));
        boolean additiveKey = keyMeasure != null && keyMeasure.additive();
        if ((workflow >= 1 && workItems) || (workflow >= 2 && !additiveKey)) {
            return "operational";
        }
        return hasTime && keyMeasure != null ? "executive" : "analytical";
    }

    /** Why the layout looks as it does: the pattern, the key measure and the main breakdown with its numbers. */
    static String explain(String pattern, ColumnMeaning key, ColumnMeaning time, MainBreakdown.Choice main) {
        StringBuilder why = new StringBuilder(pattern.substring(0, 1).toUpperCase(Locale.ROOT))
                .append(pattern.substring(1))
                .append(" layout");
        if ("executive".equals(pattern)) {
            why.append(": headline numbers and the trend of ")
                    .append(key.name())
                    .append(" over ")
                    .append(time.name());
        } else if ("operational".equals(pattern)) {
            why.append(": counts of work items by their state");
        } else {
            why.append(": breakdowns and distributions");
            if (key != null) {
                why.append(" of ").append(key.name());
            }
        }
        why.append('.');
        if (main != null && main.explanation() != null) {
            why.append(' ').append(main.explanation());
        }
        return why.toString();
    }

    /** Lower-case words of a name: "OrderDate", "order_date" and "Order Date" all give [order, date]. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : spaced.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
