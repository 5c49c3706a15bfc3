package io.datasage.ai.planner;

import io.datasage.ai.planner.Plan.Confidence;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rewrites to offer when a plan is unsure: plain questions built from what the question did name (else from the
 * dataset's headline measure, groupings and time axis), each planned to check that it reads exactly and draws
 * something other than the answer given.
 */
final class Suggestions {

    static final int MAX = 3;

    private Suggestions() {}

    /**
     * Up to {@link #MAX} suggestions for {@code answer}; {@code planner} plans a candidate text without suggestions.
     *
     * @param understood the measures and groupings the question named, in order (may be empty)
     */
    static List<Suggestion> offer(
            Plan answer, List<ColumnInfo> understood, SchemaIndex index, Function<String, Plan> planner) {
        List<Suggestion> out = new ArrayList<>();
        Set<ChartSpec> seen = new LinkedHashSet<>();
        seen.add(untitled(answer.spec()));
        for (String text : candidates(understood, index)) {
            if (out.size() == MAX) {
                break;
            }
            Plan p = planner.apply(text);
            ChartSpec spec = untitled(p.spec());
            if (p.confidence() != Confidence.LOW && p.kind() != Plan.Kind.CLARIFY && seen.add(spec)) {
                out.add(new Suggestion(text, p.spec()));
            }
        }
        return out;
    }

    private static List<String> candidates(List<ColumnInfo> understood, SchemaIndex index) {
        List<ColumnInfo> measures = new ArrayList<>();
        List<ColumnInfo> groups = new ArrayList<>();
        for (ColumnInfo c : understood) {
            if (c.isMeasure() && !measures.contains(c)) {
                measures.add(c);
            } else if (isGrouping(c) && !groups.contains(c)) {
                groups.add(c);
            }
        }
        if (measures.isEmpty() && index.primaryMeasure != null) {
            measures.add(index.primaryMeasure);
        }
        for (ColumnInfo c : index.measures()) {
            if (measures.size() >= 2) {
                break;
            }
            if (!measures.contains(c)) {
                measures.add(c);
            }
        }
        for (ColumnInfo c : index.columns) {
            if (groups.size() >= 2) {
                break;
            }
            if (isGrouping(c) && c.distinct() <= ChartChooser.MANY_GROUPS && !groups.contains(c)) {
                groups.add(c);
            }
        }
        ColumnInfo time = index.timeColumn();
        List<String> out = new ArrayList<>();
        ColumnInfo m1 = measures.isEmpty() ? null : measures.get(0);
        if (m1 != null && !groups.isEmpty()) {
            out.add(aggregate(m1) + " by " + groups.get(0).name());
        }
        if (m1 != null && time != null) {
            out.add(aggregate(m1) + " over time");
        }
        if (m1 == null && !groups.isEmpty()) {
            out.add("number of rows by " + groups.get(0).name());
        }
        if (m1 != null && measures.size() > 1) {
            out.add(measures.get(1).name() + " vs " + m1.name());
        }
        if (m1 != null) {
            out.add("distribution of " + m1.name());
        }
        if (m1 != null && groups.size() > 1) {
            out.add(aggregate(m1) + " by " + groups.get(1).name());
        }
        return out;
    }

    private static boolean isGrouping(ColumnInfo c) {
        return (c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.BOOLEAN) && c.distinct() >= 2;
    }

    private static String aggregate(ColumnInfo m) {
        return ("sum".equals(Aggregations.defaultFor(m)) ? "total " : "average ") + m.name();
    }

    /** Specs compare without their titles: two questions drawing the same chart are one suggestion. */
    private static ChartSpec untitled(ChartSpec s) {
        return new ChartSpec(
                s.chartType(),
                s.x(),
                s.y(),
                s.series(),
                s.aggregation(),
                s.timeGrain(),
                s.filters(),
                s.sort(),
                s.limit(),
                s.bins(),
                s.columns(),
                null);
    }
}
