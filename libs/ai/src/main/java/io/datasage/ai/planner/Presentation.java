package io.datasage.ai.planner;

import io.datasage.contracts.chart.ChartSpec;

/**
 * Follow-ups about how the chart looks ("add axis labels", "make the bars green", "bigger font", "dots smaller"):
 * the chart keeps its columns; only a sort asked alongside ("... and sort alphabetically") is applied.
 */
final class Presentation {

    private Presentation() {}

    /** Whether {@code q} asks only for looks: style words and nothing that changes the data shown. */
    static boolean only(Question q) {
        return q.has(Cue.STYLE)
                && q.measures.isEmpty()
                && q.dims.isEmpty()
                && q.filters.isEmpty()
                && q.timeMentions.isEmpty()
                && q.timeHints.isEmpty()
                && q.texts.isEmpty()
                && q.entities.isEmpty()
                && !q.countAsked
                && q.agg == null
                && q.grain == null
                && !q.trend
                && q.limit == null
                && q.axisX == null
                && q.axisY == null
                && !q.has(Cue.REMOVE);
    }

    /** The previous chart, sorted if asked, with a note on where looks are changed; null if it is not this data's. */
    static Draft keep(Question q, ChartSpec previous) {
        Draft d = FollowUps.fromSpec(previous.normalized(), q.index);
        if (d == null) {
            return null;
        }
        // "as an area chart with the gridlines off": an area and a line are one family, but either is asked by name.
        boolean lineOrArea = "area".equals(q.chart) || "line".equals(q.chart);
        if (q.chart != null && (!ChartWords.sameFamily(q.chart, d.type) || lineOrArea && !q.chart.equals(d.type))) {
            ChartWords.switchTo(q, d, q.chart);
        }
        if (q.sortOrder != null && d.x != null) {
            ChartWords.sort(q, d);
        }
        q.notes.add("Kept the chart's data; labels, colours, sizes and gridlines are set from the chart's toolbar.");
        return d;
    }
}
