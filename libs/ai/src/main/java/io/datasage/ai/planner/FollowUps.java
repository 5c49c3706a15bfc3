package io.datasage.ai.planner;

import io.datasage.ai.planner.Question.DimRole;
import io.datasage.contracts.chart.ChartSpec;

/**
 * Edits the previous chart for a follow-up ("now only for 2024", "make it a pie", "by month instead", "what about
 * profit?", "and by segment", "remove the filter", "show the top 5"). A question that names both what to measure
 * and how to organise it is a new question, not a follow-up.
 */
final class FollowUps {

    private FollowUps() {}

    /**
     * Whether {@code q} only makes sense as an edit of {@code previous}: it names only some parts of a chart (a
     * measure, a grouping, a filter, a chart type, an axis), or a measure with its aggregation when the previous
     * chart already groups ("bars", "by fuel type", then "median price").
     */
    static boolean isFollowUp(Question q, ChartSpec previous) {
        if (q.has(Cue.OVERVIEW) || q.has(Cue.MATRIX)) {
            return false;
        }
        if (swapsAMeasure(q, previous)) {
            return true;
        }
        boolean subject = !q.measures.isEmpty()
                || q.countAsked
                || !q.entities.isEmpty()
                || !q.texts.isEmpty()
                || q.dims.stream().anyMatch(d -> d.role() == DimRole.SUBJECT || d.role() == DimRole.WHICH)
                || !q.timeMentions.isEmpty();
        boolean organizer = q.dims.stream()
                        .anyMatch(
                                d -> d.role() == DimRole.BY || d.role() == DimRole.SERIES || d.role() == DimRole.WHICH)
                || q.trend
                || q.grain != null
                || q.has(Cue.DIST)
                || q.has(Cue.OUTLIER)
                || q.has(Cue.REL)
                || q.has(Cue.VS)
                || q.has(Cue.CAUSE)
                || q.has(Cue.SHARE)
                || q.has(Cue.VALUEQ)
                || !q.groupedMeasures.isEmpty()
                || q.rankOrder != null
                || q.has(Cue.LIST)
                || q.measures.size() >= 2;
        boolean aggregated = q.agg != null || q.measures.stream().anyMatch(m -> m.agg() != null);
        // "number of pieces made" on bars by instructor: a count of things each row holds, added up, is a measure.
        boolean countedMeasure = q.countAsked
                && q.measures.size() == 1
                && "sum".equals(q.measures.get(0).agg());
        if (subject && !organizer && aggregated && (!q.countAsked || countedMeasure)) {
            // A measure with its aggregation fills the y of a chart that groups; alone it is a single number.
            return previous.x() != null && !"kpi".equals(previous.chartType()) && q.measures.size() <= 2;
        }
        if (q.measures.isEmpty()
                && !q.countAsked
                && q.dims.size() == 1
                && q.dims.get(0).role() == DimRole.WHICH
                && q.dims.get(0).column().name().equals(previous.x())
                && (previous.y() != null && !previous.y().isEmpty() || "count".equals(previous.aggregation()))) {
            // "top 10 sites" after "total hours logged by site", "top 3 days only" after sessions per day of week:
            // the same chart ranked.
            return true;
        }
        organizer |= aggregated;
        boolean markers = q.has(Cue.WHATABOUT) || q.has(Cue.INSTEAD) || q.has(Cue.SAME) || q.has(Cue.MAKEIT);
        if (subject && organizer) {
            return markers
                    && q.measures.size() <= 1
                    && q.dims.isEmpty()
                    && !q.wantsTime()
                    && !q.countAsked
                    && q.rankOrder == null;
        }
        return true;
    }

    /**
     * "use total_amount instead of fare" on a chart of fare_amount: one measure of the chart named to be replaced by
     * one it does not show.
     */
    private static boolean swapsAMeasure(Question q, ChartSpec previous) {
        if (!q.has(Cue.INSTEAD) || q.measures.size() != 2 || previous.y() == null) {
            return false;
        }
        long shown = q.measures.stream()
                .filter(m -> previous.y().contains(m.column().name()))
                .count();
        return shown == 1;
    }

    /** The previous chart edited by {@code q}, or null when the previous chart does not belong to this dataset. */
    static Draft apply(Question q, ChartSpec previous) {
        boolean swap = swapsAMeasure(q, previous);
        if (swap) {
            // The measure shown is the one replaced; the other takes its place.
            q.measures.removeIf(m -> previous.y().contains(m.column().name()));
        }
        Draft d = fromSpec(previous.normalized(), q.index);
        if (d == null) {
            return null;
        }
        if ("day".equals(q.grain)
                && q.rankOrder != null
                && q.timeMentions.isEmpty()
                && d.x != null
                && d.x == q.index.weekdayColumn) {
            // "top 3 days only" on bars by weekday: the days are the bars already drawn, not dates.
            q.grain = null;
        }
        boolean adding = q.has(Cue.ALSO)
                || FollowUpEdits.startsWith(q, Cue.AND)
                || FollowUpEdits.startsWith(q, Cue.SERIES)
                || FollowUpEdits.startsWith(q, Cue.BREAKDOWN)
                // "stack it by language", "compare by network side by side": bars split by a second column.
                || q.stacked
                || q.grouped;
        boolean instead = q.has(Cue.INSTEAD);
        // Columns the question puts on an axis go exactly there, not through the generic edits.
        q.measures.removeIf(m -> m.column() == q.axisX || m.column() == q.axisY);
        q.dims.removeIf(x -> x.column() == q.axisX || x.column() == q.axisY);
        for (Part p : q.parts) {
            String year = YearColumns.year(p);
            if (year != null && q.measures.isEmpty() && q.dims.isEmpty()) {
                // "use 1970 instead" on a chart of 2022 Population: the same measure for that year.
                d.y.replaceAll(
                        c -> YearColumns.sibling(c, year, q.index) == null ? c : YearColumns.sibling(c, year, q.index));
                p.used = d.y.stream().anyMatch(c -> year.equals(YearColumns.yearOf(c)));
            }
        }
        FollowUpEdits.filters(q, d, adding);
        FollowUpEdits.measures(q, d, adding);
        FollowUpEdits.dims(q, d, adding, instead);
        FollowUpEdits.time(q, d, adding, instead);
        if (q.chart != null) {
            ChartWords.switchTo(q, d, q.chart);
        } else if ((q.has(Cue.SHARE) || q.has(Cue.BREAKDOWN)) && q.dims.isEmpty() && !"pie".equals(d.type)) {
            ChartWords.switchTo(q, d, "pie");
        }
        boolean composition = q.breakdown && !q.grouped && ChartFamilies.nonNegative(d) && ChartFamilies.additive(d);
        if ((q.stacked || composition)
                && (d.series != null || d.y.size() > 1)
                && !"line".equals(d.type)
                && !"area".equals(d.type)) {
            d.type = "stacked_bar";
        }
        if (q.grouped && (d.series != null || d.y.size() > 1)) {
            d.type = "grouped_bar";
        }
        if (swap && previous.aggregation() != null && d.aggregation != null && q.agg == null) {
            // "use total_amount instead of fare" on an average: the average of the other measure.
            d.aggregation = previous.aggregation();
        }
        FollowUpEdits.ranking(q, d);
        Axes.apply(q, d);
        FollowUpEdits.fix(d);
        q.notes.add("Changed the previous chart.");
        return d;
    }

    /** The previous spec as a draft over this dataset's columns; null when it names columns this dataset lacks. */
    static Draft fromSpec(ChartSpec s, SchemaIndex index) {
        Draft d = new Draft();
        d.type = s.chartType() == null ? "bar" : s.chartType();
        if (s.x() != null) {
            d.x = index.column(s.x());
            if (d.x == null) {
                return null;
            }
        }
        if (s.y() != null) {
            for (String y : s.y()) {
                ColumnInfo c = index.column(y);
                if (c == null) {
                    return null;
                }
                d.y.add(c);
            }
        }
        if (s.series() != null) {
            d.series = index.column(s.series());
            if (d.series == null) {
                return null;
            }
        }
        d.aggregation = s.aggregation();
        d.grain = s.timeGrain();
        if (s.filters() != null) {
            for (ChartSpec.Filter f : s.filters()) {
                if (index.column(f.column()) == null) {
                    return null;
                }
                d.filters.add(f);
            }
        }
        if (s.sort() != null) {
            d.sortBy = s.sort().by();
            d.sortOrder = s.sort().order();
        }
        d.limit = s.limit();
        d.bins = s.bins();
        return d;
    }
}
