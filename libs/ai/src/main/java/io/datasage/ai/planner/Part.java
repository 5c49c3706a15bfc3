package io.datasage.ai.planner;

import java.util.List;

/**
 * One understood piece of a question, in question order: a column, a category value, a number, a calendar period,
 * a keyword, a quoted string or an unknown word. The parser marks the parts it has used.
 */
final class Part {

    enum Kind {
        COLUMN,
        VALUE,
        NUMBER,
        DATE,
        CUE,
        QUOTED,
        WORD
    }

    final Kind kind;
    final int start;
    final int end;
    final String text;
    /** For a COLUMN: the candidates, best first. */
    final List<ColumnMatcher.Hit> columns;
    /** For a VALUE: the candidates, best first. */
    final List<ValueIndex.Found> values;

    final Cue cue;
    final String arg;
    final Token number;
    final Period period;
    boolean used;

    private Part(
            Kind kind,
            int start,
            int end,
            String text,
            List<ColumnMatcher.Hit> columns,
            List<ValueIndex.Found> values,
            Cue cue,
            String arg,
            Token number,
            Period period) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.columns = columns;
        this.values = values;
        this.cue = cue;
        this.arg = arg;
        this.number = number;
        this.period = period;
    }

    static Part column(int start, int end, String text, List<ColumnMatcher.Hit> hits) {
        return new Part(Kind.COLUMN, start, end, text, List.copyOf(hits), null, null, null, null, null);
    }

    static Part value(int start, int end, String text, List<ValueIndex.Found> found) {
        return new Part(Kind.VALUE, start, end, text, null, List.copyOf(found), null, null, null, null);
    }

    static Part cue(int start, int end, String text, Cue cue, String arg) {
        return new Part(Kind.CUE, start, end, text, null, null, cue, arg, null, null);
    }

    static Part number(int index, Token t) {
        return new Part(Kind.NUMBER, index, index + 1, t.raw(), null, null, null, null, t, null);
    }

    static Part date(int start, int end, String text, Period p) {
        return new Part(Kind.DATE, start, end, text, null, null, null, null, null, p);
    }

    static Part quoted(int index, String text) {
        return new Part(Kind.QUOTED, index, index + 1, text, null, null, null, null, null, null);
    }

    static Part word(int index, String text) {
        return new Part(Kind.WORD, index, index + 1, text, null, null, null, null, null, null);
    }

    boolean is(Cue c) {
        return kind == Kind.CUE && cue == c;
    }

    boolean isCue() {
        return kind == Kind.CUE;
    }

    /** Whether this is "by", "per" or "each": what follows is grouped by. */
    boolean isGrouping() {
        return is(Cue.BY) || is(Cue.PER) || is(Cue.EACH);
    }

    /** The best column of a COLUMN part. */
    ColumnInfo column() {
        return columns.get(0).column();
    }

    /** How far below the best a candidate may score and still be what the words could mean. */
    static final double CLOSE_CALL = 0.08;

    /** The columns of a COLUMN part that score within {@link #CLOSE_CALL} of the best, best first. */
    List<ColumnInfo> closeColumns() {
        double best = columns.get(0).score();
        return columns.stream()
                .filter(h -> h.score() >= best - CLOSE_CALL)
                .map(ColumnMatcher.Hit::column)
                .toList();
    }

    Quality quality() {
        if (kind == Kind.COLUMN) {
            return columns.get(0).quality();
        }
        if (kind == Kind.VALUE) {
            return values.get(0).quality();
        }
        return Quality.EXACT;
    }

    /** The best value of a VALUE part. */
    ValueIndex.Entry value() {
        return values.get(0).entry();
    }

    double numberValue() {
        return number.number();
    }

    @Override
    public String toString() {
        return kind + (cue != null ? ":" + cue + (arg != null ? "(" + arg + ")" : "") : "") + "[" + text + "]"
                + (columns != null
                        ? columns.stream()
                                .map(h -> h.column().name() + "/" + h.quality() + "/" + Math.round(h.score() * 100))
                                .toList()
                        : "")
                + (values != null
                        ? values.stream()
                                .map(v -> v.entry().column().name() + "="
                                        + v.entry().value())
                                .toList()
                        : "");
    }
}
