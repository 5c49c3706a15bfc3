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
 */
public record Plan(ChartSpec spec, Confidence confidence, Kind kind, List<String> notes) {

    public Plan {
        notes = notes == null ? List.of() : List.copyOf(notes);
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
