package io.datasage.ai.planner;

import io.datasage.ai.planner.Question.Dim;
import java.util.List;

/** Applies the chart words the user typed ("as a pie", "stacked", "line chart") wherever the data allows them. */
final class ChartWords {

    private ChartWords() {}

    static void apply(Question q, Draft d, List<Dim> dims) {
        String want = q.chart;
        if (want != null && !want.equals(d.type)) {
            switchTo(q, d, want);
        }
        FlagSeries.apply(q, d);
        // "avg delay per Yr for each operator, grouped bars": a year column is a time axis too.
        boolean dated = d.x != null && (d.x.role() == ColumnRole.DATE || d.x.role() == ColumnRole.YEAR);
        if ((q.stacked || q.grouped && dated) && "line".equals(d.type) && d.series != null && q.chart == null) {
            // "yearly counts by channel, side by side": bars per period, one per series.
            d.type = q.stacked ? "stacked_bar" : "grouped_bar";
        }
        if (q.stacked
                && ("bar".equals(d.type) || "grouped_bar".equals(d.type))
                && (d.series != null || d.y.size() > 1)) {
            d.type = "stacked_bar";
        }
        if (q.grouped
                && ("bar".equals(d.type) || "stacked_bar".equals(d.type))
                && (d.series != null || d.y.size() > 1)) {
            d.type = "grouped_bar";
        }
        if (q.sortOrder != null && !"kpi".equals(d.type) && d.x != null) {
            sort(q, d);
        }
    }

    /** Whether two chart types draw the same family: bars of any arrangement, or lines and areas. */
    static boolean sameFamily(String a, String b) {
        return family(a).equals(family(b));
    }

    private static String family(String type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case "grouped_bar", "stacked_bar" -> "bar";
            case "area" -> "line";
            default -> type;
        };
    }

    static void sort(Question q, Draft d) {
        switch (q.sortOrder) {
            case "alpha" -> {
                d.sortBy = "x";
                d.sortOrder = "asc";
            }
            case "rev" -> d.sortOrder = "asc".equals(d.sortOrder) ? "desc" : "asc";
            default -> {
                d.sortBy = d.sortBy == null ? "y" : d.sortBy;
                d.sortOrder = q.sortOrder;
            }
        }
    }

    /** Changes the chart type to {@code want} when the draft's columns fit it; notes when they do not. */
    static void switchTo(Question q, Draft d, String want) {
        boolean hasX = d.x != null;
        // Week numbers, hours of the day and other numbered codes run in order like years: a line may join them.
        // "line of income by wk no" beside WK_NO 1-53 read as a grouping: its numbers are no measure to bin.
        boolean numericX = hasX
                && d.x.isNumeric()
                && d.x.isMeasure()
                && !d.x.isOrdinal()
                && !d.x.isCode()
                && d.x.role() != ColumnRole.YEAR;
        switch (want) {
            case "bar" -> {
                if ("scatter".equals(d.type) && hasX && d.x.distinct() > 0 && d.x.distinct() <= 20 && d.y.size() == 1) {
                    // "avg salary vs remote ratio, bar chart": a measure over a few values of another is bars.
                    d.type = "bar";
                    d.aggregation = q.agg != null ? q.agg : "mean";
                    return;
                }
                if ("box".equals(d.type) && hasX && !numericX && d.y.size() == 1) {
                    // "PAR spread by crop", then "as a bar chart": one bar per group, of the average unless named.
                    d.type = d.series != null ? "grouped_bar" : "bar";
                    d.aggregation = q.agg != null ? q.agg : "mean";
                    return;
                }
                if ("histogram".equals(d.type)
                        || "scatter".equals(d.type)
                        || "heatmap".equals(d.type)
                        || "box".equals(d.type)) {
                    return;
                }
                if ("kpi".equals(d.type) && !hasX) {
                    return;
                }
                d.type = d.series != null || d.y.size() > 1 ? (q.stacked ? "stacked_bar" : "grouped_bar") : "bar";
            }
            case "line", "area" -> {
                ColumnInfo spread = "histogram".equals(d.type) ? d.x : d.y.size() == 1 && !hasX ? d.y.get(0) : null;
                ColumnInfo time = q.index.timeColumn();
                // Not "the lines that had any discount": rows of a file of lines are no chart asked for.
                boolean said = q.parts.stream()
                        .anyMatch(p -> p.is(Cue.CHART) && !p.text.trim().endsWith("lines"));
                if (said && spread != null && spread.isMeasure() && time != null && time.role() == ColumnRole.DATE) {
                    // "line chart of quantity sold": one measure drawn as a line runs over the file's dates.
                    d.type = want;
                    d.x = time;
                    d.y.clear();
                    d.y.add(spread);
                    d.aggregation = q.agg != null ? q.agg : Aggregations.defaultFor(spread);
                    d.grain = TimeGrains.defaultFor(time, q.filters);
                    d.bins = null;
                    return;
                }
                if (!hasX || numericX || "heatmap".equals(d.type)) {
                    refuse(q, d, want);
                    return;
                }
                d.type = want;
                d.sortBy = d.sortOrder == null ? null : d.sortBy;
                if (q.rankOrder == null && q.limit == null && q.sortOrder == null) {
                    // A line over many week numbers joins them all in order, not the 20 largest.
                    d.sortBy = null;
                    d.sortOrder = null;
                    d.limit = null;
                }
            }
            case "pie" -> {
                boolean fewValues = d.y.size() == 1
                        && d.y.get(0).distinct() <= 10
                        && (d.y.get(0).isOrdinal()
                                || d.y.get(0).isCode()
                                || d.y.get(0).distinct() == 2)
                        && q.agg == null;
                if (!hasX && fewValues) {
                    // "what % of patients have angina? pie", "pie of severity" (1-5): the share of each of the
                    // column's few values.
                    d.x = d.y.get(0);
                    d.y.clear();
                    d.aggregation = "count";
                    d.type = "pie";
                    return;
                }
                if (!hasX || numericX || d.y.size() > 1) {
                    refuse(q, d, want);
                    return;
                }
                if (d.series != null) {
                    q.notes.add("A pie shows one grouping; left out " + d.series.name() + ".");
                    d.series = null;
                }
                d.type = "pie";
            }
            case "scatter" -> {
                if (hasX && d.y.size() == 1 && (d.x.isNumeric() || d.x.isTime())) {
                    d.type = "scatter";
                } else {
                    refuse(q, d, want);
                }
            }
            case "histogram" -> {
                // A year or a few whole numbers on x count well as a histogram too ("histogram of year").
                ColumnInfo m = !d.y.isEmpty() ? d.y.get(0) : hasX && d.x.isNumeric() ? d.x : null;
                if (m == null && !hasX) {
                    m = comparedMeasure(q);
                }
                if (m == null || !m.isNumeric()) {
                    refuse(q, d, want);
                    return;
                }
                d.type = "histogram";
                d.series = d.x != null && d.x != m && !d.x.isTime() ? d.x : d.series;
                d.x = m;
                d.y.clear();
                d.aggregation = null;
                d.grain = null;
            }
            case "box" -> {
                ColumnInfo m = !d.y.isEmpty() ? d.y.get(0) : numericX ? d.x : null;
                if (m == null || !m.isNumeric()) {
                    refuse(q, d, want);
                    return;
                }
                d.type = "box";
                // A box per date is unreadable; a box per year of a handful of years is a fine comparison.
                boolean fewYears = d.x != null && d.x.role() == ColumnRole.YEAR && d.x.distinct() <= 30;
                d.x = d.x == m || (d.x != null && d.x.isTime() && !fewYears) ? null : d.x;
                d.y.clear();
                d.y.add(m);
                d.aggregation = null;
                d.grain = null;
            }
            case "heatmap" -> {
                if (hasX && d.series == null && d.y.size() == 1 && levels(q, d.y.get(0))) {
                    // "heatmap SOC vs CTCAE grade": a grade of a few levels is the second axis, each cell a count.
                    d.series = d.y.remove(0);
                    d.aggregation = "count";
                }
                if (hasX && d.series != null) {
                    d.type = "heatmap";
                } else {
                    refuse(q, d, want);
                }
            }
            case "map" -> {
                ColumnInfo lat = coordinate(q.index, "lat", "latitude", 90);
                ColumnInfo lon = coordinate(q.index, "lon", "longitude", 180);
                if (lat == null || lon == null) {
                    q.notes.assumed("Maps are not available; drew the same numbers as a " + d.type.replace('_', ' ')
                            + " chart.");
                    return;
                }
                // With coordinates, a map is every row at its place: longitude across, latitude up, a few groups
                // coloured.
                ColumnInfo group = hasX && !d.x.isNumeric() && !d.x.isTime() && d.x.distinct() <= 20 ? d.x : d.series;
                d.type = "scatter";
                d.x = lon;
                d.y.clear();
                d.y.add(lat);
                d.series = group;
                d.aggregation = null;
                d.grain = null;
                d.sortBy = null;
                d.sortOrder = null;
                d.limit = null;
                q.notes.assumed("Drew each row at its coordinates (" + lon.name() + " across, " + lat.name() + " up).");
            }
            case "table" -> {
                d.type = "table";
                if (d.x == null && d.y.isEmpty() && d.columns.isEmpty()) {
                    d.rowsOf(q.index.columns);
                }
            }
            case "kpi" -> {
                if (!hasX || "histogram".equals(d.type)) {
                    d.type = "kpi";
                    d.x = null;
                    d.series = null;
                    d.bins = null;
                } else {
                    refuse(q, d, want);
                }
            }
            default -> {}
        }
    }

    /**
     * "histogram of stays longer than 4 hours": with nothing else to draw, the one measure the question compares with
     * a number is what is spread.
     */
    private static ColumnInfo comparedMeasure(Question q) {
        ColumnInfo only = null;
        for (Question.Filter f : q.filters) {
            if (f.column().isMeasure() && f.value() instanceof Number) {
                if (only != null && only != f.column()) {
                    return null;
                }
                only = f.column();
            }
        }
        return only;
    }

    /** A numeric column named as a coordinate ("lat", "Latitude") whose values stay within +-limit, or null. */
    private static ColumnInfo coordinate(SchemaIndex index, String shortName, String longName, double limit) {
        for (ColumnInfo c : index.columns) {
            boolean named = c.words().contains(shortName)
                    || c.words().contains(longName)
                    || ("lon".equals(shortName)
                            && (c.words().contains("lng") || c.words().contains("long")));
            if (named && c.isNumeric() && Math.abs(c.minNum()) <= limit && Math.abs(c.maxNum()) <= limit) {
                return c;
            }
        }
        return null;
    }

    /** An integer of a few levels (a grade, a rating) named without an aggregation: a dimension, not a measure. */
    private static boolean levels(Question q, ColumnInfo c) {
        return c.isOrdinal()
                && c.distinct() <= 12
                && q.agg == null
                && q.measures.stream().noneMatch(m -> m.column() == c && m.agg() != null);
    }

    private static void refuse(Question q, Draft d, String want) {
        q.notes.assumed(
                "A " + want + " chart does not fit these columns; drew a " + d.type.replace('_', ' ') + " instead.");
    }
}
