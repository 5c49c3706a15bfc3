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
            ColumnInfo named = flag;
            if (p.kind == Part.Kind.VALUE
                    && named != null
                    && p.values.stream().anyMatch(v -> v.entry().column() == named)) {
                // "shoe hire yes/no": a yes or no that every flag has is the one named before it.
                c = named;
            }
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

    /**
     * "colour by whether there's a hot tub", "stacked by whether it went to the foodbank or not": the yes/no column
     * the clause after "whether" names (or a word of its name) is what the chart is split by; the clause's other
     * words and its "or not" are read with it.
     */
    static void namedAfterWhether(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part whether = parts.get(k + 1);
            if (!parts.get(k).is(Cue.SERIES)
                    || whether.kind != Part.Kind.WORD
                    || !"whether".equals(tokens.get(whether.start).word())) {
                continue;
            }
            for (int j = k + 2; j < parts.size(); j++) {
                Part p = parts.get(j);
                ColumnInfo flag = p.kind == Part.Kind.COLUMN && p.column().role() == ColumnRole.BOOLEAN
                        ? p.column()
                        : p.kind == Part.Kind.WORD ? flagWithWord(tokens.get(p.start), index) : null;
                if (flag != null) {
                    int end = j + 1;
                    if (end + 1 < parts.size()
                            && parts.get(end).is(Cue.OR)
                            && parts.get(end + 1).is(Cue.NOT)) {
                        parts.set(end, PhraseRewrites.understoodWord(parts.get(end).start, tokens));
                        parts.set(end + 1, PhraseRewrites.understoodWord(parts.get(end + 1).start, tokens));
                    }
                    parts.set(j, PhraseRewrites.asColumn(p, flag, Quality.EXACT, 0.95));
                    for (int i = k + 1; i < j; i++) {
                        parts.set(i, PhraseRewrites.understoodWord(parts.get(i).start, tokens));
                    }
                    break;
                }
                // "whether it was out of hours": a negation before the flag is read with it elsewhere.
                if (p.kind != Part.Kind.WORD && p.kind != Part.Kind.CUE || p.is(Cue.NOT)) {
                    break;
                }
            }
        }
    }

    /** The one yes/no column with this word in its name ("foodbank" of given_to_foodbank), or null. */
    private static ColumnInfo flagWithWord(Token t, SchemaIndex index) {
        return SchemaIndex.only(
                index.columns,
                c -> c.role() == ColumnRole.BOOLEAN
                        && (c.words().contains(t.stem()) || c.words().contains(t.word())));
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
