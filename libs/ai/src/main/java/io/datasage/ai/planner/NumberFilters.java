package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import io.datasage.ai.planner.Question.Filter;
import java.util.List;
import java.util.Set;

/** Reads numeric filters: "above 1,000", "between 10 and 20", "5 or more", "4 cylinder", "negative profit", "20%" on a 0-1 column. */
final class NumberFilters {

    private final Question q;
    private final List<Part> parts;
    private final NumericColumns columns;

    NumberFilters(Question q) {
        this.q = q;
        this.parts = q.parts;
        this.columns = new NumericColumns(q);
    }

    private Part at(int k) {
        return Parts.at(parts, k);
    }

    /** Verbs of giving a score. */
    private static final Set<String> RATED = Set.of("rated", "scored", "graded");

    /** Names of a score given to each row. */
    /** Words saying a number of minutes or hours was late or early. */
    private static final Set<String> LATENESS = Set.of("late", "early", "overdue", "behind", "delayed");

    private static final Set<String> SCORES = Set.of("score", "rating", "grade", "quality", "star");

    void read() {
        noneOf();
        someOf();
        numbers();
        new SignFilters(q).read();
    }

    private void numbers() {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Kind.NUMBER || p.used || isRankNumber(k)) {
                continue;
            }
            Part prev = at(k - 1);
            Part next = at(k + 1);
            Part third = at(k + 2);
            String op = null;
            double[] values;
            int cueStart = k;
            int end = k;
            if (prev != null
                    && (prev.is(Cue.BETWEEN) || (prev.is(Cue.SINCE) && "from".equals(prev.text)))
                    && next != null
                    && (next.is(Cue.AND) || next.is(Cue.TO))
                    && third != null
                    && third.kind == Kind.NUMBER) {
                op = "between";
                values = new double[] {p.numberValue(), third.numberValue()};
                cueStart = k - 1;
                end = k + 2;
            } else if (next != null && next.is(Cue.TO) && third != null && third.kind == Kind.NUMBER) {
                op = "between";
                values = new double[] {p.numberValue(), third.numberValue()};
                end = k + 2;
            } else {
                values = new double[] {p.numberValue()};
                if (prev != null && prev.is(Cue.CMP) && spanOfTime(prev, p)) {
                    // The span's number and unit ("two years") are not columns or filters either.
                    p.used = true;
                    if (next != null
                            && next.kind == Kind.COLUMN
                            && next.text
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .matches("(day|week|month|quarter|year)s?")) {
                        next.used = true;
                    }
                    continue;
                }
                if (prev != null && prev.is(Cue.CMP) && !prev.arg.startsWith("post")) {
                    op = prev.arg;
                    cueStart = k - 1;
                    if ("=".equals(op) && next != null && next.is(Cue.CMP) && next.arg.startsWith("post")) {
                        // "rated 2 or lower": the comparison after the number says which way.
                        op = next.arg.substring(4);
                        end = k + 1;
                    }
                    Part before = at(k - 2);
                    Part first = at(k - 3);
                    if ("=".equals(op) && before != null && before.is(Cue.OR) && first != null && first.is(Cue.CMP)) {
                        op = first.arg + "=";
                        cueStart = k - 3;
                    }
                } else if (next != null && next.is(Cue.CMP) && next.arg.startsWith("post")) {
                    op = next.arg.substring(4);
                    end = k + 1;
                } else if (next != null
                        && next.is(Cue.UNIT)
                        && p.number.is(Token.CURRENCY)
                        && third != null
                        && third.is(Cue.CMP)
                        && third.arg.startsWith("post")) {
                    // "paying £60 a month or more": the sum's period before the comparison.
                    op = third.arg.substring(4);
                    end = k + 2;
                } else if (equalityColumn(k) != null) {
                    op = "=";
                }
            }
            if (op == null) {
                continue;
            }
            ColumnInfo col = "=".equals(op) && equalityColumn(k) != null
                    ? equalityColumn(k)
                    : columns.resolve(k, cueStart, end, values, p.number);
            ColumnInfo delay = lateBy(end);
            if (delay != null) {
                // "runs more than 30 mins late" beside Sched Dur [min] and Delay [min]: minutes late are the delay.
                col = delay;
            }
            int verb = parts.get(cueStart).start - (parts.get(cueStart).kind == Kind.NUMBER ? 1 : 0);
            // "lessons that were rated 1": the verb may be the comparison itself; a column the question never named
            // (lesson_fee) is no better guess than the score the verb gives.
            boolean rated = verb >= 0 && RATED.contains(q.tokens.get(verb).word())
                    || RATED.contains(q.tokens.get(parts.get(cueStart).start).word());
            final ColumnInfo guessed = col;
            if (rated && col != null && parts.stream().noneMatch(x -> x.kind == Kind.COLUMN && x.column() == guessed)) {
                col = null;
            }
            if (col == null && rated) {
                // "visits rated 2 or lower" beside one Rating, "samples scored 8 or higher" beside quality: the
                // score the verb gives.
                col = SchemaIndex.only(
                        q.index.columns,
                        c -> c.isMeasure()
                                && (c.groups().contains("rating")
                                        || c.core().stream().anyMatch(SCORES::contains)));
            }
            if (col == null) {
                col = MeasureCompletion.metricValues(q);
            }
            if (col == null) {
                q.notes.assumed("Could not tell which column '"
                        + Annotator.text(
                                q.tokens, parts.get(cueStart).start, parts.get(end).end - parts.get(cueStart).start)
                        + "' refers to; ignored it.");
                continue;
            }
            Object value;
            if ("between".equals(op)) {
                double lo = NumericColumns.scale(col, values[0], p.number);
                double hi = NumericColumns.scale(col, values[1], parts.get(end).number);
                value = List.of(FilterValues.number(Math.min(lo, hi)), FilterValues.number(Math.max(lo, hi)));
            } else {
                value = FilterValues.number(
                        columns.inColumnUnit(col, NumericColumns.scale(col, values[0], p.number), p.number));
            }
            q.filters.add(new Filter(
                    col,
                    op,
                    value,
                    Annotator.text(q.tokens, parts.get(cueStart).start, parts.get(end).end - parts.get(cueStart).start),
                    false));
            for (int j = cueStart; j <= end; j++) {
                parts.get(j).used = true;
            }
            // "more than 30 mins late": lateness after a number of minutes is what the number measured, not a flag.
            Part late = lateness(end);
            if (late != null) {
                at(end + 1).used = true;
                late.used = true;
            }
            // "over 25 m tall": past a unit word, the name after the number is the column compared, not a measure.
            Part after = at(end + 1);
            if (after != null
                    && after.kind == Kind.WORD
                    && ColumnMatcher.namesUnit(q.tokens.get(after.start))
                    && at(end + 2) != null) {
                after.used = true;
                after = at(end + 2);
            }
            for (Part unit : new Part[] {after, at(cueStart - 1)}) {
                if (unit != null
                        && unit.kind == Kind.COLUMN
                        && (Parts.numericOf(unit) == col || unit == after && unitOf(unit, col))
                        && !"=".equals(op)
                        && !namesEntity(unit)) {
                    unit.used = true;
                }
            }
        }
    }

    /** The word of lateness after a unit of time after part {@code end} ("30 mins late"), or null. */
    private Part lateness(int end) {
        Part unitOfTime = at(end + 1);
        Part late = at(end + 2);
        boolean said = unitOfTime != null
                && (unitOfTime.is(Cue.HOUR) || unitOfTime.is(Cue.UNIT))
                && late != null
                && late.end - late.start == 1
                && LATENESS.contains(q.tokens.get(late.start).word());
        return said ? late : null;
    }

    /** The one measure of lateness when a unit of time and a word of lateness follow part {@code end}, or null. */
    private ColumnInfo lateBy(int end) {
        if (lateness(end) == null) {
            return null;
        }
        return SchemaIndex.only(
                q.index.columns, c -> c.isMeasure() && c.core().stream().anyMatch(DELAY_WORDS::contains));
    }

    /** Words of a measure's name that make it a lateness. */
    private static final Set<String> DELAY_WORDS = Set.of("delay", "late", "lateness", "delayed");

    /** "more than 1500 USD" of Paid (USD) beside List Price (USD): a unit word after the number that the column has. */
    private boolean unitOf(Part p, ColumnInfo col) {
        return p.end - p.start == 1
                && ColumnMatcher.namesUnit(q.tokens.get(p.start))
                && p.columns.stream().anyMatch(h -> h.column() == col);
    }

    /** "days where no meals were served": "no" between a condition word and a count's name is that count at zero. */
    private void noneOf() {
        countAfterWhere(Set.of("no"), "=", "no ");
    }

    /**
     * "incidents where a life was lost": "a", "any" or "some" between a condition word and a count's name, with no
     * number after it, is that count above zero.
     */
    private void someOf() {
        countAfterWhere(SOME, ">", "some ");
    }

    /** A count's name after a condition word and one of {@code words}, no number after it, compared with zero. */
    private void countAfterWhere(Set<String> words, String op, String said) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = at(k + 1);
            if (p.kind != Kind.COLUMN
                    || p.used
                    || !parts.get(k - 1).is(Cue.WHERE)
                    || p.start < 1
                    || parts.get(k - 1).end != p.start - 1
                    || !words.contains(q.tokens.get(p.start - 1).word())
                    || next != null && (next.kind == Kind.NUMBER || next.is(Cue.COMPARE))) {
                continue;
            }
            ColumnInfo col = p.column();
            if (!holdsCount(col, 0)) {
                continue;
            }
            q.filters.add(new Filter(col, op, FilterValues.number(0), said + p.text, false));
            p.used = true;
            parts.get(k - 1).used = true;
        }
    }

    private static final Set<String> SOME = Set.of("a", "an", "any", "some");

    /** Whether a measure of whole numbers (a count of things) can hold {@code v}. */
    private static boolean holdsCount(ColumnInfo c, double v) {
        return c.isMeasure()
                && "integer".equals(c.schema().type())
                && v == Math.rint(v)
                && NumericColumns.contains(c, v);
    }

    /** "over the two years": a span of time, not "more than two" (the number sits after "over the"). */
    private boolean spanOfTime(Part cmp, Part number) {
        return "over".equals(cmp.text)
                && number.start > 0
                && "the".equals(q.tokens.get(number.start - 1).raw());
    }

    /** "patients over 65": the word names the rows counted as well as the column compared. */
    private boolean namesEntity(Part p) {
        String typed = q.tokens.get(p.end - 1).stem();
        return p.columns.stream().anyMatch(h -> typed.equals(h.column().entity()));
    }

    private boolean isRankNumber(int k) {
        Part prev = at(k - 1);
        Part next = at(k + 1);
        return (prev != null && (prev.is(Cue.TOP) || prev.is(Cue.SUPER) || prev.is(Cue.RANK) || prev.is(Cue.SHOWALL)))
                || (next != null && (next.is(Cue.SUPER) || next.is(Cue.TOP)));
    }

    /** The ordinal column a bare number sits next to ("4 cylinder", "satisfaction of 5"), or null. */
    private ColumnInfo equalityColumn(int k) {
        Part prev = at(k - 1);
        Part next = at(k + 1);
        double v = parts.get(k).numberValue();
        if (next != null && next.kind == Kind.COLUMN && isCountable(next.column(), v)) {
            next.used = true;
            return next.column();
        }
        // "appts that got a 1 star rating": stars are the rating's unit.
        Part rated = at(k + 2);
        if (next != null
                && next.kind == Kind.WORD
                && "star".equals(q.tokens.get(next.start).stem())
                && rated != null
                && rated.kind == Kind.COLUMN
                && isCountable(rated.column(), v)) {
            rated.used = true;
            return rated.column();
        }
        if (prev != null && prev.kind == Kind.COLUMN && isCountable(prev.column(), v)) {
            prev.used = true;
            return prev.column();
        }
        // "sessions scoring over 600 at 70m" beside DIST_M: a length written with its unit, of a measure of a few
        // set lengths, is that length.
        ColumnInfo lettered = columns.byUnitLetter(parts.get(k).number, new double[] {v});
        if (lettered != null && lettered.distinct() > 0 && lettered.distinct() <= 30) {
            return lettered;
        }
        ColumnInfo timed = timedLength(next, v);
        if (timed != null) {
            return timed;
        }
        // "where meals served is 0", "where 0 meals were served": a count and a number right after a condition word.
        for (int j : new int[] {k - 1, k + 1}) {
            Part c = at(j);
            Part where = at(Math.min(j, k) - 1);
            if (c != null
                    && c.kind == Kind.COLUMN
                    && where != null
                    && where.is(Cue.WHERE)
                    && holdsCount(c.column(), v)) {
                c.used = true;
                return c.column();
            }
        }
        return null;
    }

    /**
     * "average fee for a 30 min lesson" beside lesson_length_mins of 30, 45 and 60: a number and a unit of time
     * before a thing is the one length of a few set values kept in that unit.
     */
    private ColumnInfo timedLength(Part unit, double v) {
        if (unit == null || unit.end - unit.start != 1 || unit.kind == Kind.COLUMN || v != Math.rint(v)) {
            return null;
        }
        Token t = q.tokens.get(unit.start);
        Set<String> spellings = MeasurePhrases.TIME_UNIT_NAMES.values().stream()
                .filter(s -> s.contains(t.raw()) || s.contains(t.word()))
                .findFirst()
                .orElse(null);
        if (spellings == null) {
            return null;
        }
        ColumnInfo c = SchemaIndex.only(
                q.index.columns,
                m -> m.isMeasure()
                        && m.words().stream().anyMatch(spellings::contains)
                        && m.distinct() > 0
                        && m.distinct() <= 12);
        if (c == null || !NumericColumns.contains(c, v)) {
            return null;
        }
        unit.used = true;
        return c;
    }

    private static boolean isCountable(ColumnInfo c, double v) {
        // "vendor 2", "store 5": a code of a few values (VendorID) is named with one of them as well; so is a week
        // number ("in week 23").
        boolean fewCodes = c.role() == ColumnRole.ID && c.isNumeric() && c.distinct() > 0 && c.distinct() <= 50;
        // "the 10 km distance" beside a distance_km of 5, 10 and 21.1: a measure of a handful of set values.
        boolean setValues = c.isMeasure() && c.distinct() > 0 && c.distinct() <= 8;
        return (c.isOrdinal() || c.isCode() || c.role() == ColumnRole.YEAR || fewCodes || setValues)
                && v == Math.rint(v)
                && NumericColumns.contains(c, v);
    }
}
