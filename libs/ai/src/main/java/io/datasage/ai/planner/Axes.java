package io.datasage.ai.planner;

/**
 * Puts the columns a question assigns to axes ("x axis: region", "price on the y axis", "x-axis is year, y-axis
 * is sales") where it says, whatever chart the rest of the question chose or the previous turn drew.
 */
final class Axes {

    private Axes() {}

    static void apply(Question q, Draft d) {
        ColumnInfo x = q.axisX;
        ColumnInfo y = q.axisY;
        if (x == null && y == null) {
            return;
        }
        if (x != null) {
            putX(q, d, x);
        }
        if (y != null && y != d.x) {
            putY(q, d, y);
        }
        if ("scatter".equals(d.type) && d.series == null) {
            // "x axis is alcohol, y is quality, colour by wine type": the colour asked for stays with the points.
            for (Question.Dim dim : q.dims) {
                ColumnInfo c = dim.column();
                if (dim.role() == Question.DimRole.SERIES && c != d.x && !d.y.contains(c)) {
                    d.series = c;
                    break;
                }
            }
        }
        if ("scatter".equals(d.type) && d.x != null && d.y.isEmpty() && y == null) {
            // Only x was named: keep a measure of the question on y.
            for (Question.Measure m : q.measures) {
                if (m.column() != d.x) {
                    d.y.add(m.column());
                    break;
                }
            }
        }
    }

    private static void putX(Question q, Draft d, ColumnInfo x) {
        if ("scatter".equals(d.type) && d.y.contains(x) && d.x != null) {
            // The column moves from y to x: the old x takes its place on y.
            d.y.set(d.y.indexOf(x), d.x);
        }
        if (d.y.remove(x) && d.y.isEmpty()) {
            // Its aggregation goes with it: "x: port #, y: number of sessions" counts rows per port.
            d.aggregation = null;
        }
        if (d.series == x) {
            d.series = null;
        }
        // "scatter with places booked on the x axis": a measure of few values on x is still a number when the
        // question asked for points.
        boolean numeric = x.isMeasure() && (!x.isOrdinal() || "scatter".equals(q.chart));
        if (numeric && ("histogram".equals(d.type) || "kpi".equals(d.type) && d.y.isEmpty())) {
            d.type = "histogram";
            d.x = x;
            d.aggregation = null;
            return;
        }
        if (numeric && !"box".equals(d.type)) {
            d.type = "scatter";
            d.aggregation = null;
            d.grain = null;
            d.sortBy = null;
            d.sortOrder = null;
            d.limit = null;
        } else if (x.isTime()) {
            d.type = "area".equals(d.type) ? "area" : "line";
            d.grain = x.role() == ColumnRole.DATE
                    ? (q.grain != null ? q.grain : TimeGrains.defaultFor(x, java.util.List.of()))
                    : null;
        } else if ("kpi".equals(d.type) || "scatter".equals(d.type) || "histogram".equals(d.type)) {
            d.type = "bar";
        }
        if (!"scatter".equals(d.type) && d.aggregation == null) {
            d.aggregation = d.y.isEmpty() ? "count" : Aggregations.defaultFor(d.y.get(0));
        }
        if ("box".equals(d.type) && numeric) {
            d.y.clear();
            d.y.add(x);
            return;
        }
        d.x = x;
    }

    private static void putY(Question q, Draft d, ColumnInfo y) {
        if ("histogram".equals(d.type)) {
            d.x = y;
            return;
        }
        d.y.clear();
        d.y.add(y);
        if ("scatter".equals(d.type)) {
            return;
        }
        String named = null;
        for (Question.Measure m : q.measures) {
            if (m.column() == y && m.agg() != null) {
                named = m.agg();
            }
        }
        d.aggregation = named != null ? named : q.agg != null ? q.agg : Aggregations.defaultFor(y);
        if ("kpi".equals(d.type) && d.x != null) {
            d.type = "bar";
        }
    }
}
