package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites about names: a name in parentheses or after "by", a flag named before the rows or by the things it
 * describes, the date of a thing, adverbs of time and colour words, the initials a file is named by, a plural naming a
 * column's head word, a kind word or a loose measure word inside a grouping's phrase, a change of looks. Those about
 * values are in {@link ValuePhrases}.
 */
final class NamePhrases {

    private NamePhrases() {}

    /**
     * "day guests" beside guests_day and guests_evening: a word of time right before a name it tells apart is part of
     * that name, not a daily axis.
     */
    static void timeWordOfAName(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part unit = parts.get(k);
            Part name = parts.get(k + 1);
            if (!unit.is(Cue.UNIT)
                    || unit.end - unit.start != 1
                    || name.kind != Part.Kind.COLUMN
                    || name.start != unit.end
                    || name.columns.size() < 2) {
                continue;
            }
            String word = tokens.get(unit.start).stem();
            List<ColumnInfo> named = name.closeColumns().stream()
                    .filter(c -> c.words().contains(word))
                    .toList();
            if (named.size() == 1) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, named.get(0), Quality.EXACT, 0.95);
            }
        }
    }

    /**
     * "fwci spread by quartile" with Journal Quartile: after "by", a statistics word (quartile, percentile) that is a
     * word of exactly one grouping column's name is that column.
     */
    static void byNameWord(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.OUTLIER) || p.end - p.start != 1 || !parts.get(k - 1).is(Cue.BY)) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            ColumnInfo named = PhraseRewrites.onlyColumn(
                    index,
                    c -> !c.isNumeric()
                            && c.role() != ColumnRole.DATE
                            && c.words().contains(stem));
            if (named != null) {
                parts.set(k, PhraseRewrites.asColumn(p, named, Quality.PARTIAL, 0.7));
            }
        }
    }

    /**
     * "ped crashes" with Pedestrian Involved?, "OA papers" with Open Access?: an unknown word right before the rows'
     * plural (or another unknown plural) that abbreviates a yes/no column's first word or spells its initials is
     * that column, describing the rows.
     */
    static void flagBeforeRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.WORD
                    || p.end - p.start != 1
                    || next.start != p.end
                    || !(index.namesRows(tokens.get(next.start))
                            || next.kind == Part.Kind.WORD
                                    && tokens.get(next.start).isPlural())) {
                continue;
            }
            String w = tokens.get(p.start).word();
            ColumnInfo flag = PhraseRewrites.onlyColumn(
                    index, c -> c.role() == ColumnRole.BOOLEAN && !c.core().isEmpty() && beginsOrSpells(w, c.core()));
            if (flag != null) {
                parts.set(k, PhraseRewrites.asColumn(p, flag, Quality.SYNONYM, 0.8));
            }
        }
    }

    /**
     * "based on the date of the event" with Event Date: "date of the X" names the date column "X Date"; "by month of
     * tour" beside tourDate is a grain of it.
     */
    static void dateOfTheThing(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part date = parts.get(k);
            // "by month of tour" beside tourDate and tourOperator: a grain of the thing's date, as "the date of".
            boolean grain = date.is(Cue.UNIT);
            if (date.kind != Part.Kind.CUE
                    || date.end - date.start != 1
                    || !grain && !"date".equals(tokens.get(date.start).word())) {
                continue;
            }
            int i = date.end;
            if (i >= tokens.size() || !"of".equals(tokens.get(i).word())) {
                continue;
            }
            i++;
            if (i < tokens.size() && "the".equals(tokens.get(i).word())) {
                i++;
            }
            Part thing = parts.get(k + 1);
            if (thing.start != i || thing.end - thing.start != 1) {
                continue;
            }
            String stem = tokens.get(i).stem();
            ColumnInfo column = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.role() == ColumnRole.DATE
                            && c.words().size() == 2
                            && c.words().get(0).equals(stem)
                            && "date".equals(c.words().get(1)));
            if (column != null && grain) {
                parts.set(k + 1, PhraseRewrites.asColumn(thing, column, Quality.EXACT, 0.95));
            } else if (column != null) {
                parts.set(k, PhraseRewrites.asColumn(date, column, Quality.EXACT, 0.95));
                parts.set(k + 1, PhraseRewrites.asWord(thing, tokens));
            }
        }
    }

    /**
     * "visits for insured pets" with Insured?, Pet Weight (kg) and Pet Age [yrs]: a plural right after a yes/no column
     * that only begins several names is the thing the flag describes, not one of those measures.
     */
    static void thingsAFlagDescribes(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part flag = parts.get(k - 1);
            Part p = parts.get(k);
            if (flag.kind == Part.Kind.COLUMN
                    && flag.column().role() == ColumnRole.BOOLEAN
                    && p.kind == Part.Kind.COLUMN
                    && p.start == flag.end
                    && p.end - p.start == 1
                    && tokens.get(p.start).isPlural()
                    && p.columns.size() > 1
                    && p.columns.stream().allMatch(h -> h.quality() == Quality.PARTIAL)) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "top 10 vendors by value", "by vendor" beside VNDR_ID, VNDR_NAME and a DISP holding "Vendor Collect": a plural
     * or a grouping naming the head word of a column's name (or abbreviated by it) is that column, not the first word
     * of a longer value.
     */
    static void pluralNamesItsColumn(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE
                    || p.end - p.start != 1
                    || p.values.get(0).entry().stems().size() < 2) {
                continue;
            }
            Token t = tokens.get(p.start);
            if (!t.isPlural() && !(k > 0 && parts.get(k - 1).is(Cue.BY))) {
                continue;
            }
            List<ColumnMatcher.Hit> hits = new ArrayList<>();
            for (ColumnMatcher.Hit h : ColumnMatcher.candidates(tokens, p.start, index, new boolean[tokens.size()])) {
                List<String> core = h.column().core();
                if (h.length() == 1
                        && h.column().role() != ColumnRole.MEASURE
                        && !core.isEmpty()
                        && (core.get(0).equals(t.stem()) || WordForms.abbreviates(core.get(0), t.stem()))) {
                    hits.add(h);
                }
            }
            if (!hits.isEmpty()) {
                parts.set(k, Part.column(p.start, p.end, p.text, hits));
            }
        }
    }

    /**
     * "change colours to blue", "change the title": a change of how the chart looks is no change over time.
     */
    static void changeOfLooks(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.is(Cue.TREND)
                    && p.end - p.start == 1
                    && tokens.get(p.start).word().startsWith("chang")
                    && parts.get(k + 1).is(Cue.STYLE)) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "for each type of alteration work" beside Fitting Type and Alteration Work: a kind word naming a column of its
     * own, then "of" and another column, is a word of the phrase that names the second.
     */
    static void kindOfAColumn(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && SchemaIndex.KIND_NOUNS.contains(tokens.get(p.start).stem())
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end + 1
                    && "of".equals(tokens.get(p.end).word())
                    && next.column() != p.column()
                    && !next.column().isMeasure()) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "lines by return reason" beside QTY_RTN and RSN_DESC: after "by", a measure named by one loose word right before
     * a grouping column is a word of the grouping's phrase, not a measure.
     */
    static void measureWordOfAGrouping(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (parts.get(k - 1).is(Cue.BY)
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.column().isMeasure()
                    && (p.quality() == Quality.FUZZY || p.quality() == Quality.PARTIAL)
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && !Words.isParticiple(tokens.get(next.start).word())
                    && !next.column().isNumeric()
                    && !next.column().isTime()) {
                parts.set(k + 1, Part.column(p.start, next.end, p.text + " " + next.text, next.columns));
                parts.remove(k);
            }
        }
    }

    /**
     * "shortest first", "cheapest first", "worst first": the superlative orders the bars; "first" asks for no top of
     * its own and names no column.
     */
    static void superlativeFirst(List<Part> parts) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.is(Cue.TOP) && "first".equals(p.text) && before.is(Cue.SUPER) && LOW_FIRST.contains(before.text)) {
                parts.remove(k);
                k--;
            } else if (p.kind == Part.Kind.COLUMN && "first".equals(p.text) && before.is(Cue.SUPER)) {
                // "worst first" beside First Time?: the order of the bars, not that column.
                parts.remove(k);
                k--;
            }
        }
    }

    /** Superlatives that always mean the low values, whatever the measure ("worst" and "fastest" depend on it). */
    private static final Set<String> LOW_FIRST =
            Set.of("shortest", "cheapest", "smallest", "lowest", "fewest", "least");

    /**
     * "monthly avg views" where a Pay Period column holds MONTHLY: an adverb of time before an aggregation asks for
     * a time axis when the data has a date, not for the rows with that value; a statistic's name before a measure
     * is that statistic.
     */
    static void grainAdverbs(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1) {
                continue;
            }
            Lexicon.Hit grain = Lexicon.match(tokens, p.start);
            Part next = parts.get(k + 1);
            if (grain != null
                    && grain.cue() == Cue.AGG
                    && grain.length() == 1
                    && next.kind == Part.Kind.COLUMN
                    && next.column().isMeasure()) {
                // "the median tree age" where Site Type holds Median: the statistic of the measure after it.
                parts.set(k, Part.cue(p.start, p.end, p.text, Cue.AGG, grain.arg()));
                continue;
            }
            if (index.primaryDate == null) {
                continue;
            }
            // Not "monthly salary", which may well be the salary of monthly-paid rows.
            boolean aggregateNext = parts.get(k + 1).is(Cue.AGG);
            if (grain != null && grain.cue() == Cue.GRAIN && grain.length() == 1 && aggregateNext) {
                parts.set(k, Part.cue(p.start, p.end, p.text, Cue.GRAIN, grain.arg()));
            }
        }
    }

    /**
     * "colour the points by wine type", "color the bars by region": the marks named between the colour word and "by"
     * add nothing; the column after "by" is the colour.
     */
    static void colourTheMarksBy(List<Part> parts) {
        for (int k = 0; k < parts.size(); k++) {
            if (!parts.get(k).is(Cue.SERIES)) {
                continue;
            }
            int j = k + 1;
            while (j < parts.size()
                    && j - k <= 2
                    && (parts.get(j).kind == Part.Kind.WORD
                            || parts.get(j).is(Cue.STYLE)
                            || parts.get(j).is(Cue.CHART))) {
                j++;
            }
            if (j > k + 1 && j < parts.size() && parts.get(j).is(Cue.BY)) {
                parts.subList(k + 1, j + 1).clear();
            }
        }
    }

    /**
     * "match results (FTR)", "heart disease (target = 1)": a column's name in parentheses, alone or in a condition,
     * is what the words right before it describe; they name nothing themselves (here not the Match Date column).
     */
    static void parenthesisedNames(List<Part> parts, List<Token> tokens) {
        for (int k = parts.size() - 1; k > 0; k--) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.start == 0
                    || !"(".equals(tokens.get(p.start - 1).raw())) {
                continue;
            }
            boolean wholeName = p.quality() == Quality.EXACT
                    && p.end < tokens.size()
                    && ")".equals(tokens.get(p.end).raw());
            // "(target = 1)", "(flag = Y)": the condition the words before it describe.
            boolean condition = k + 1 < parts.size() && parts.get(k + 1).is(Cue.CMP);
            if (!wholeName && !condition) {
                continue;
            }
            ColumnInfo named = p.columns.get(0).column();
            int edge = p.start - 1;
            for (int j = k - 1; j >= 0 && k - j <= 3; j--) {
                Part d = parts.get(j);
                // Words, a name only partly given ("goals" of Total Goals) or the same column, not another whole name.
                boolean describes = d.kind == Part.Kind.WORD
                        || d.kind == Part.Kind.COLUMN
                                && (!(d.quality() == Quality.EXACT
                                                && d.columns.get(0).score() >= 0.99)
                                        || d.columns.get(0).column() == named);
                if (!describes || d.end != edge) {
                    break;
                }
                parts.remove(j);
                k--;
                edge = d.start;
            }
        }
    }

    /**
     * "only ones under warranty" beside WARR_FLG: a comparison word right before a yes/no column, no number after, is
     * the state the flag records ("under warranty"), not a comparison.
     */
    static void stateOfAFlag(List<Part> parts) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part cmp = parts.get(k);
            Part flag = parts.get(k + 1);
            Part after = k + 2 < parts.size() ? parts.get(k + 2) : null;
            if (cmp.is(Cue.CMP)
                    && cmp.end - cmp.start == 1
                    && flag.start == cmp.end
                    && flag.kind == Part.Kind.COLUMN
                    && flag.column().role() == ColumnRole.BOOLEAN
                    && (after == null || after.kind != Part.Kind.NUMBER)) {
                String text = cmp.text + " " + flag.text;
                parts.set(k, Part.column(cmp.start, flag.end, text, flag.columns));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "distribution of box weights", "median price of a family box" beside box_size and box_weight_kg: a chart's word
     * that a name holds, before another word of that name or after a value of it, is that name's word, not the chart.
     */
    static void chartWordOfAName(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.CHART) || p.end - p.start != 1) {
                continue;
            }
            String w = tokens.get(p.start).stem();
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            Part before = k > 0 ? parts.get(k - 1) : null;
            boolean nameFollows = next != null
                    && next.start == p.end
                    && next.kind == Part.Kind.COLUMN
                    && next.column().words().contains(w);
            boolean valueBefore = before != null
                    && before.end == p.start
                    && before.kind == Part.Kind.VALUE
                    && before.value().column().words().contains(w);
            if (nameFollows || valueBefore) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "avg kata score by belt", "gradings for black belt 1st dan" beside beltFrom and beltTo: a name or a value both of
     * a pair hold, told apart only by "from" and "to", is the one the rows ended at (the grade awarded, where a
     * move went), unless the question says "from".
     */
    static void toOverFrom(List<Part> parts, List<Token> tokens) {
        if (tokens.stream().anyMatch(t -> "from".equals(t.word()))) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.COLUMN && p.columns.size() > 1) {
                ColumnMatcher.Hit first = p.columns.get(0);
                ColumnMatcher.Hit second = p.columns.get(1);
                if (first.score() == second.score() && fromThenTo(first.column(), second.column())) {
                    List<ColumnMatcher.Hit> hits = new ArrayList<>(p.columns);
                    hits.set(0, second);
                    hits.set(1, first);
                    parts.set(k, Part.column(p.start, p.end, p.text, hits));
                }
            } else if (p.kind == Part.Kind.VALUE && p.values.size() > 1) {
                ValueIndex.Found first = p.values.get(0);
                ValueIndex.Found second = p.values.get(1);
                if (first.entry().value().equals(second.entry().value())
                        && fromThenTo(first.entry().column(), second.entry().column())) {
                    List<ValueIndex.Found> found = new ArrayList<>(p.values);
                    found.set(0, second);
                    found.set(1, first);
                    parts.set(k, Part.value(p.start, p.end, p.text, found));
                }
            }
        }
    }

    /** Whether two names differ only by "from" in the first where the second has "to". */
    private static boolean fromThenTo(ColumnInfo from, ColumnInfo to) {
        List<String> a = from.words();
        List<String> b = to.words();
        if (a.size() != b.size()) {
            return false;
        }
        boolean pair = false;
        for (int i = 0; i < a.size(); i++) {
            if ("from".equals(a.get(i)) && "to".equals(b.get(i))) {
                pair = true;
            } else if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return pair;
    }

    /** Whether {@code w} abbreviates the first of the words ("ped") or spells their initials ("oa"). */
    private static boolean beginsOrSpells(String w, List<String> words) {
        return WordForms.abbreviates(w, words.get(0))
                || words.size() >= 2 && Words.initials(words).equals(w);
    }
}
