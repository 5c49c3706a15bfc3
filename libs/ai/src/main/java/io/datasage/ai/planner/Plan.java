package io.datasage.ai.planner;

import io.datasage.contracts.chart.ChartSpec;
import java.util.List;

/**
 * The planner's answer to one question: the chart to draw, how sure it is, and what it assumed on the way.
 *
 * @param spec the chart spec; never null, also for {@link Kind#CLARIFY}
 * @param confidence how much of the question was understood exactly
 * @param kind what the answer is
 * @param notes what was assumed, one sentence each, for the reply text ("Read 'revenue' as the Sales column.")
 * @param suggestions 2-3 rewrites to offer when the plan is unsure (LOW confidence, or two readings were close);
 *     empty otherwise
 */
public record Plan(ChartSpec spec, Confidence confidence, Kind kind, List<String> notes, List<Suggestion> suggestions) {

    public Plan {
        notes = notes == null ? List.of() : List.copyOf(notes);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** A plan without suggestions. */
    public Plan(ChartSpec spec, Confidence confidence, Kind kind, List<String> notes) {
        this(spec, confidence, kind, notes, List.of());
    }

    /** This plan offering {@code offered} as rewrites. */
    Plan withSuggestions(List<Suggestion> offered) {
        return new Plan(spec, confidence, kind, notes, offered);
    }

    /** How much of the question was understood exactly. */
    public enum Confidence {
        /** Every column, value and intent matched exactly. */
        HIGH,
        /** Something was matched by synonym, spelling or meaning, or a sensible default filled a gap. */
        MEDIUM,
        /** Little or nothing was understood; the chart is a default for the dataset. */
        LOW
    }

    /** What the answer is. */
    public enum Kind {
        /** A chart. */
        CHART,
        /** A single number, drawn as a KPI figure. */
        VALUE,
        /** The question was not understood: the spec is a suggested overview chart and the reply should ask again. */
        CLARIFY
    }
}
