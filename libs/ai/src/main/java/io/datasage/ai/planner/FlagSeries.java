package io.datasage.ai.planner;

import java.util.List;

/**
 * "qa passes and fails per master distiller, stacked", "flooring yes/no by marquee size as a grouped bar": stacked or
 * side-by-side bars asked over one grouping split it by the yes/no column the question names, both sides, rather
 * than keeping one side or averaging the flag.
 */
final class FlagSeries {

    private FlagSeries() {}

    /** Moves the named yes/no column to the series of stacked or grouped bars that have none. */
    static void apply(Question q, Draft d) {
        if (!(q.stacked || q.grouped)
                || d.x == null
                || d.series != null
                || !("bar".equals(d.type) || "stacked_bar".equals(d.type) || "grouped_bar".equals(d.type))) {
            return;
        }
        ColumnInfo flag = null;
        Part flagPart = null;
        for (Part p : q.parts) {
            ColumnInfo c = p.kind == Part.Kind.COLUMN
                    ? p.column()
                    : p.kind == Part.Kind.VALUE ? p.values.get(0).entry().column() : null;
            if (c == null || c.role() != ColumnRole.BOOLEAN || c == d.x) {
                continue;
            }
            if (flag != null && flag != c) {
                return;
            }
            flag = c;
            flagPart = flagPart == null ? p : flagPart;
        }
        if (flag == null) {
            return;
        }
        ColumnInfo f = flag;
        d.series = f;
        d.filters.removeIf(x -> x.column().equals(f.name()));
        d.y.remove(f);
        ColumnInfo otherSide = otherSide(q.parts, flagPart);
        if (otherSide != null && otherSide.isMeasure()) {
            // "walk-in vs booked" beside Hours Booked: the flag's other side, not a measure of its own.
            d.y.remove(otherSide);
        }
        if (d.y.isEmpty()) {
            d.aggregation = "count";
        }
        q.notes.add("Split the bars by " + f.name() + ".");
    }

    /** The column of the part after "vs" right after the flag's part: the flag's other side said in words. */
    private static ColumnInfo otherSide(List<Part> parts, Part flag) {
        int k = parts.indexOf(flag);
        if (k < 0 || k + 2 >= parts.size() || !parts.get(k + 1).is(Cue.VS)) {
            return null;
        }
        Part other = parts.get(k + 2);
        return other.kind == Part.Kind.COLUMN ? other.column() : null;
    }
}
