package io.datasage.charts.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The result of a {@link GroupBy}: which groups exist, their keys, row counts and measures. */
public final class Groups {

    private final KeyEncoder x;
    private final KeyEncoder series;
    private final LongIntMap pairs;
    private final int size;
    private final long[] rows;
    private final List<Measure> measures;
    private final long rowsScanned;
    private final long rowsMatched;

    Groups(
            KeyEncoder x,
            KeyEncoder series,
            LongIntMap pairs,
            int size,
            long[] rows,
            List<Measure> measures,
            long rowsScanned,
            long rowsMatched) {
        this.x = x;
        this.series = series;
        this.pairs = pairs;
        this.size = size;
        this.rows = rows;
        this.measures = measures;
        this.rowsScanned = rowsScanned;
        this.rowsMatched = rowsMatched;
    }

    /** Ids of the groups that hold at least one row (every group, when there is no x). */
    public List<Integer> ids() {
        List<Integer> ids = new ArrayList<>();
        for (int g = 0; g < size; g++) {
            if (x == null || rows[g] > 0) {
                ids.add(g);
            }
        }
        return ids;
    }

    /** The x key id of a group. */
    public int xId(int group) {
        return pairs == null ? group : (int) (pairs.key(group) >>> 32);
    }

    /** The series key id of a group (-1 without series). */
    public int seriesId(int group) {
        return pairs == null ? -1 : (int) pairs.key(group);
    }

    /** Rows in a group. */
    public long rows(int group) {
        return rows[group];
    }

    public KeyEncoder x() {
        return x;
    }

    public KeyEncoder series() {
        return series;
    }

    public List<Measure> measures() {
        return measures;
    }

    public Measure measure(int index) {
        return measures.get(index);
    }

    public long rowsScanned() {
        return rowsScanned;
    }

    public long rowsMatched() {
        return rowsMatched;
    }

    /** Orders groups by their x keys' natural order. */
    public Comparator<Integer> byX() {
        return (a, b) -> x.compare(xId(a), xId(b));
    }

    /** Orders groups by a measure ascending, nulls last, ties by x. */
    public Comparator<Integer> byMeasure(int index, boolean descending) {
        Measure measure = measures.get(index);
        Comparator<Integer> byX = byX();
        return (a, b) -> {
            double va = measure.number(a);
            double vb = measure.number(b);
            boolean na = Double.isNaN(va);
            boolean nb = Double.isNaN(vb);
            if (na || nb) {
                return na == nb ? byX.compare(a, b) : na ? 1 : -1;
            }
            int c = descending ? Double.compare(vb, va) : Double.compare(va, vb);
            return c != 0 ? c : byX.compare(a, b);
        };
    }
}
