package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns tokens into {@link Part}s: every reading of every run of words (column, value, keyword, date, number) is
 * proposed, then the longest and best readings are kept without overlap. Words nothing explains are offered to
 * the keyword typo check and then to the semantic matcher.
 */
final class Annotator {

    /** Nouns that mean "rows" when no column names them ("how many cars", "number of records"). */
    static final Set<String> ROW_NOUNS = Words.set("""
        row record entry observation line case instance sample reading measurement event response submission car
        vehicle model people person user member patient student thing datapoint point item answer visit ticket call
        transaction order employee customer respondent hire unit listing home house property product campaign device
        sensor trip booking session flight stay admission visit deal opportunity lead prospect
        """);

    /** Words after which a value is a state of the rows ("tickets that are still open"). */
    static final Set<String> COPULAS =
            Set.of("is", "are", "was", "were", "still", "currently", "being", "been", "be", "now");

    /** A reading of {@code length} words; {@code typedName} when the user typed a column's own identifier. */
    private record Candidate(int start, int length, int priority, Part part, boolean typedName) {

        Candidate(int start, int length, int priority, Part part) {
            this(start, length, priority, part, false);
        }

        /** Typed identifiers ("total_amount") first, then longer readings. */
        int weight() {
            return typedName ? length + 100 : length;
        }
    }

    private Annotator() {}

    static List<Part> annotate(
            List<Token> tokens, SchemaIndex index, SemanticColumnMatcher semantic, double threshold) {
        List<Candidate> candidates = new ArrayList<>();
        Lexicon.Hit[] cues = new Lexicon.Hit[tokens.size()];
        boolean[] keywords = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            cues[i] = Lexicon.match(tokens, i);
            keywords[i] = cues[i] != null;
        }
        for (int i = 0; i < tokens.size(); i++) {
            propose(tokens, i, index, candidates, cues, keywords);
        }
        candidates.sort(Comparator.comparingInt(Candidate::weight)
                .reversed()
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
                .thenComparingInt(Candidate::start));
        Part[] at = new Part[tokens.size()];
        for (Candidate c : candidates) {
            boolean free = true;
            for (int k = c.start(); k < c.start() + c.length(); k++) {
                free &= at[k] == null;
            }
            if (free) {
                for (int k = c.start(); k < c.start() + c.length(); k++) {
                    at[k] = c.part();
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (at[i] != null) {
                if (parts.isEmpty() || parts.get(parts.size() - 1) != at[i]) {
                    parts.add(at[i]);
                }
                continue;
            }
            Token t = tokens.get(i);
            boolean filler = Words.FILLERS_UNLESS_NAMED.contains(t.word()) && !index.nameWords.contains(t.stem());
            // "sold lots" where each row is a lot: a small word that is also what the rows' own id names is that noun.
            if (t.isWord()
                    && (!Words.STOPWORDS.contains(t.word())
                            || index.namesRowIds(t)
                                    && !(i + 1 < tokens.size()
                                            && "of".equals(tokens.get(i + 1).word())))
                    && !filler
                    && !t.raw().isEmpty()) {
                // "mastitis cases" is not a misspelt "causes": a word naming rows is a word; nor is "charged" a
                // misspelt "changed": a verb of the business vocabulary is that verb.
                boolean known = ROW_NOUNS.contains(t.stem())
                        || Words.isParticiple(t.word())
                                && Words.bases(t.word()).stream().anyMatch(Synonyms::known);
                Lexicon.Hit typo = known ? null : Lexicon.typo(t.word());
                parts.add(typo != null ? Part.cue(i, i + 1, t.raw(), typo.cue(), typo.arg()) : Part.word(i, t.raw()));
            }
        }
        PhraseRewrites.apply(parts, tokens, index);
        echoedNameWords(parts);
        describedLines(parts, tokens);
        valueWordsInNames(parts, tokens, index);
        YearColumns.pick(parts, tokens, index);
        NumberedNames.pick(parts, tokens);
        unitsAfterNames(parts, tokens);
        wholeYesNoNames(parts);
        splitFlagNames(parts, tokens);
        groupedFlagNames(parts, tokens, index);
        hourColumns(parts, tokens, index);
        hoursMeasures(parts, tokens, index);
        rowGrainWords(parts, tokens);
        uniqueEntities(parts, tokens, index);
        entityValuesBeforeMeasures(parts, tokens, index);
        allRows(parts, tokens, index);
        extremesInNames(parts);
        denominatorsBeforeNames(parts, tokens);
        sharedNames(parts, tokens);
        datesBeforeNames(parts, tokens);
        participlesAfterMeasures(parts, tokens);
        activityValues(parts, tokens);
        aggregateWordsBeforeNames(parts, tokens);
        countedNouns(parts, tokens, index);
        if (semantic != null) {
            SemanticLookup.resolve(parts, tokens, index.schema, semantic, threshold);
        }
        return parts;
    }

    /**
     * A name repeated right after itself: "week nights stayed", a word that only partly names columns, the name's own
     * among them, goes on describing that name; "churned (churn flag Y)", the same column named exactly again, is
     * said twice. Either way it adds no column.
     */
    private static void echoedNameWords(List<Part> parts) {
        for (int k = parts.size() - 1; k > 0; k--) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN || before.kind != Part.Kind.COLUMN) {
                continue;
            }
            boolean echoed = p.end - p.start == 1
                    && before.end == p.start
                    && p.columns.stream().allMatch(h -> h.quality() == Quality.PARTIAL)
                    && p.columns.stream().anyMatch(h -> h.column().equals(before.column()));
            boolean restated = p.column() == before.column()
                    && p.quality() == Quality.EXACT
                    && before.quality() == Quality.EXACT
                    && p.start - before.end <= 1;
            if (echoed || restated) {
                parts.remove(k);
            }
        }
    }

    /** "organic lines only": "lines" after a flag or a value is the rows they describe, not a line chart. */
    private static void describedLines(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            boolean described = before.kind == Part.Kind.VALUE
                    || before.kind == Part.Kind.COLUMN && before.column().role() == ColumnRole.BOOLEAN;
            if (p.is(Cue.CHART)
                    && "line".equals(p.arg)
                    && tokens.get(p.start).isPlural()
                    && described
                    && before.end == p.start) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "usd salary", "salary in usd": a value of one column (USD in salary_currency) next to a name, the two together
     * the words of another column's name (salary_in_usd), name that column rather than filter the first.
     */
    private static void valueWordsInNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part a = parts.get(k);
            Part b = parts.get(k + 1);
            Part between = null;
            if (k + 2 < parts.size()
                    && b.end - b.start == 1
                    && Words.STOPWORDS.contains(tokens.get(b.start).word())) {
                // "salaries in usd": a small word between, even one that is also a code (IN for India).
                between = b;
                b = parts.get(k + 2);
            }
            Part value = a.kind == Part.Kind.VALUE ? a : b.kind == Part.Kind.VALUE ? b : null;
            Part name = a.kind == Part.Kind.COLUMN ? a : b.kind == Part.Kind.COLUMN ? b : null;
            if (value == null || name == null || value.end - value.start != 1) {
                continue;
            }
            int gap = b.start - a.end;
            if (gap > 1
                    || (gap == 1 && !Words.STOPWORDS.contains(tokens.get(a.end).word()))) {
                continue;
            }
            Set<String> words = new HashSet<>();
            for (int t = Math.min(a.start, b.start); t < Math.max(a.end, b.end); t++) {
                Token token = tokens.get(t);
                if (token.isWord() && !Words.STOPWORDS.contains(token.word())) {
                    words.add(token.stem());
                }
            }
            for (ColumnInfo c : index.columns) {
                boolean valueColumn =
                        value.values.stream().anyMatch(f -> f.entry().column().equals(c));
                if (!valueColumn
                        && c.isNumeric()
                        && words.size() >= 2
                        && c.words().containsAll(words)) {
                    int start = Math.min(a.start, b.start);
                    int end = Math.max(a.end, b.end);
                    parts.set(
                            k,
                            Part.column(
                                    start,
                                    end,
                                    text(tokens, start, end - start),
                                    List.of(new ColumnMatcher.Hit(c, end - start, Quality.EXACT, 1.0))));
                    parts.remove(k + 1);
                    if (between != null) {
                        parts.remove(k + 1);
                    }
                    break;
                }
            }
        }
    }

    /** "avg rating across all episodes" where each row is an episode: every row together, no grouping. */
    private static void allRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = parts.size() - 2; k >= 0; k--) {
            if (k + 1 >= parts.size()) {
                continue;
            }
            Part each = parts.get(k);
            Part rows = parts.get(k + 1);
            if (each.is(Cue.EACH)
                    && "all".equals(tokens.get(each.end - 1).word())
                    && rows.kind == Part.Kind.COLUMN
                    && rows.columns.get(0).column().role() == ColumnRole.ID
                    && rows.columns.get(0).column().distinct() >= 0.95 * Math.max(1, index.schema.rowCount())) {
                parts.subList(k, k + 2).clear();
            }
        }
    }

    /**
     * "by hour of day" where a column holds the hour (Issue Hr, 0 to 23): that column, not an hourly time axis.
     */
    private static void hourColumns(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo hour = null;
        for (ColumnInfo c : index.columns) {
            if (c.hourOfDay()) {
                hour = c;
            }
        }
        for (int k = 0; k < parts.size() && hour != null; k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.HOUR) || !tokens.get(p.start).stem().startsWith("hour")) {
                continue;
            }
            int end = p.end;
            if (k + 1 < parts.size()
                    && parts.get(k + 1).is(Cue.UNIT)
                    && "day".equals(parts.get(k + 1).arg)
                    && parts.get(k + 1).start - p.end <= 1) {
                // "hour of day"
                end = parts.remove(k + 1).end;
            }
            parts.set(
                    k,
                    Part.column(
                            p.start,
                            end,
                            text(tokens, p.start, end - p.start),
                            List.of(new ColumnMatcher.Hit(hour, end - p.start, Quality.EXACT, 1.0))));
        }
    }

    /**
     * "tickets get paid", "paid vs unpaid" with a flag Paid? and a measure Amt Paid ($): a word that is a yes/no
     * column's whole name is that column, unless an aggregation asks for the measure ("total paid").
     */
    private static void wholeYesNoNames(List<Part> parts) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2 || p.end - p.start != 1) {
                continue;
            }
            ColumnMatcher.Hit first = p.columns.get(0);
            Part prev = k > 0 ? parts.get(k - 1) : null;
            if (first.column().role() == ColumnRole.BOOLEAN
                    && first.quality() == Quality.EXACT
                    && first.column().core().size() == 1
                    && p.columns.stream().skip(1).noneMatch(h -> h.column().role() == ColumnRole.BOOLEAN)
                    && !(prev != null && (prev.is(Cue.AGG) || prev.end == p.start && prev.kind == Part.Kind.COLUMN))) {
                parts.set(k, Part.column(p.start, p.end, p.text, List.of(first)));
            }
        }
    }

    /**
     * "the queen wasn't seen", "queen was seen" for Queen Seen: a yes/no name's two words around a verb or a negation
     * name the flag; the negation goes before it, as in "not queen seen".
     */
    private static void splitFlagNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part a = parts.get(k);
            Part not = parts.get(k + 1).is(Cue.NOT) ? parts.get(k + 1) : null;
            Part b = not == null ? parts.get(k + 1) : Parts.at(parts, k + 2);
            if (a.kind != Part.Kind.COLUMN
                    || b == null
                    || b.kind != Part.Kind.COLUMN
                    || a.end - a.start != 1
                    || b.end - b.start != 1
                    || b.start - a.end > 3) {
                continue;
            }
            String first = tokens.get(a.start).stem();
            String second = tokens.get(b.start).stem();
            for (ColumnMatcher.Hit h : b.columns) {
                ColumnInfo flag = h.column();
                if (flag.role() == ColumnRole.BOOLEAN
                        && flag.core().equals(List.of(first, second))
                        && a.columns.stream().anyMatch(x -> x.column() == flag)) {
                    Part merged = Part.column(
                            a.start,
                            b.end,
                            text(tokens, a.start, b.end - a.start),
                            List.of(new ColumnMatcher.Hit(flag, b.end - a.start, Quality.EXACT, 1.0)));
                    parts.subList(k, k + (not == null ? 2 : 3)).clear();
                    parts.add(k, merged);
                    if (not != null) {
                        parts.add(k, not);
                    }
                    break;
                }
            }
        }
    }

    /**
     * "how many days was each site closed" with Site beside Site Closed?: after "each", "by" or "per", a flag's name
     * that begins with another column's whole name is that column, grouped, and then the flag as a condition.
     */
    private static void groupedFlagNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part cue = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 2
                    || !(cue.is(Cue.EACH) || cue.is(Cue.BY) || cue.is(Cue.PER))
                    || p.column().role() != ColumnRole.BOOLEAN
                    || p.quality() != Quality.EXACT) {
                continue;
            }
            ColumnInfo group = null;
            for (ColumnInfo c : index.columns) {
                if (c != p.column()
                        && c.role() == ColumnRole.CATEGORY
                        && c.words().equals(List.of(tokens.get(p.start).stem()))) {
                    group = c;
                }
            }
            if (group == null) {
                continue;
            }
            Part grouped = Part.column(
                    p.start,
                    p.start + 1,
                    tokens.get(p.start).raw(),
                    List.of(new ColumnMatcher.Hit(group, 1, Quality.EXACT, 1.0)));
            Part flag = Part.column(
                    p.start + 1,
                    p.end,
                    tokens.get(p.start + 1).raw(),
                    List.of(new ColumnMatcher.Hit(p.column(), 1, Quality.EXACT, 1.0)));
            parts.set(k, grouped);
            parts.add(k + 1, flag);
        }
    }

    /**
     * "delivery mins", "visit length in minutes": a time unit after a name kept in that unit (deliveryTimeMin) is
     * the name's unit, not a time axis by the minute.
     */
    private static void unitsAfterNames(List<Part> parts, List<Token> tokens) {
        for (int k = parts.size() - 1; k > 0; k--) {
            Part p = parts.get(k);
            Part name = parts.get(k - 1);
            // "hire length in days" for HIRE_DAYS: the unit the name is kept in, not Day Rate.
            boolean inUnit = p.kind == Part.Kind.COLUMN
                    && p.start > 0
                    && "in".equals(tokens.get(p.start - 1).word())
                    && TIME_UNITS.contains(tokens.get(p.start).stem());
            if ((p.is(Cue.HOUR) || inUnit)
                    && p.end - p.start == 1
                    && name.kind == Part.Kind.COLUMN
                    && p.start - name.end <= 1
                    && name.columns
                            .get(0)
                            .column()
                            .words()
                            .contains(tokens.get(p.start).stem())) {
                parts.remove(k);
            }
        }
    }

    /**
     * "print spend", "pages printed" in a file of print jobs whose Status is mostly Printed: the verb of the usual
     * outcome, before a name or after a measure, says what the rows record; it keeps no rows ("printed jobs" still
     * does).
     */
    private static void activityValues(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || p.values.size() != 1) {
                continue;
            }
            ValueIndex.Entry v = p.value();
            ColumnInfo c = v.column();
            Token t = tokens.get(p.start);
            if (c.role() != ColumnRole.CATEGORY
                    || c.schema().topValues().isEmpty()
                    || !c.schema().topValues().get(0).equals(v.value())
                    || !Words.isParticiple(v.value().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Part prev = k > 0 ? parts.get(k - 1) : null;
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            boolean verbBefore = !Words.isParticiple(t.word())
                    && next != null
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end;
            boolean afterMeasure = prev != null
                    && prev.kind == Part.Kind.COLUMN
                    && prev.end == p.start
                    && prev.column().isMeasure();
            if (verbBefore || afterMeasure) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "actual kg" for Actual Qty (kg) beside Planned Qty (kg); "price paid", "revenue paid" for Paid (USD) beside List
     * Price (USD): two words in a row that one column has in common name it together, and a kind of money before a
     * money column named by its participle is that column.
     */
    private static void sharedNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part a = parts.get(k);
            Part b = parts.get(k + 1);
            if (a.kind != Part.Kind.COLUMN
                    || b.kind != Part.Kind.COLUMN
                    || a.end != b.start
                    || a.end - a.start != 1
                    || b.end - b.start != 1) {
                continue;
            }
            ColumnInfo shared = null;
            int common = 0;
            for (ColumnMatcher.Hit h : a.columns) {
                if (b.columns.stream().anyMatch(x -> x.column() == h.column())) {
                    shared = shared == null ? h.column() : shared;
                    common++;
                }
            }
            ColumnInfo paid = b.column();
            boolean moneyBeforePaid = a.quality() != Quality.EXACT
                    && a.column().isMeasure()
                    && a.column() != paid
                    && MeasureKinds.money(a.column().schema(), a.column().words())
                    && MeasureKinds.money(paid.schema(), paid.words())
                    && paid.core().size() == 1
                    && Words.isParticiple(paid.core().get(0))
                    && b.quality() == Quality.EXACT;
            ColumnInfo named = common == 1 ? shared : null;
            if (moneyBeforePaid) {
                named = paid;
            }
            if (named != null) {
                parts.set(
                        k,
                        Part.column(
                                a.start,
                                b.end,
                                text(tokens, a.start, b.end - a.start),
                                List.of(new ColumnMatcher.Hit(named, 2, Quality.EXACT, 0.95))));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "total volunteer hours by programme" beside Hrs Logged: "hours" not after "by", "per", "each" or a number is
     * the measure kept in hours (the plainest of several: Hrs Logged rather than Training Hrs), not a time grain.
     */
    private static void hoursMeasures(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo hours = null;
        int plain = 0;
        List<ColumnInfo> all = new ArrayList<>();
        for (ColumnInfo c : index.columns) {
            if (c.isMeasure() && c.words().contains("hour") && !c.hourOfDay()) {
                all.add(c);
                boolean other = c.words().stream()
                        .anyMatch(w ->
                                !"hour".equals(w) && !Words.isParticiple(w) && !ColumnRoles.QUALIFIERS.contains(w));
                if (!other) {
                    hours = c;
                    plain++;
                }
            }
        }
        ColumnInfo measure = all.size() == 1 ? all.get(0) : plain == 1 ? hours : null;
        for (int k = 0; k < parts.size() && measure != null; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (!p.is(Cue.HOUR) || p.end - p.start != 1 || !t.isPlural()) {
                continue;
            }
            Part prev = k > 0 ? parts.get(k - 1) : null;
            if (prev != null
                    && (prev.is(Cue.BY)
                            || prev.is(Cue.PER)
                            || prev.is(Cue.EACH)
                            || prev.is(Cue.UNIT)
                            || prev.is(Cue.GRAIN)
                            || prev.kind == Part.Kind.NUMBER
                            || prev.kind == Part.Kind.DATE)) {
                continue;
            }
            parts.set(
                    k,
                    Part.column(
                            p.start, p.end, t.raw(), List.of(new ColumnMatcher.Hit(measure, 1, Quality.EXACT, 0.95))));
        }
    }

    /** "volunteer-months", "member-month": a value joined to a unit of time names what each row is, not a filter. */
    private static void rowGrainWords(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int after = p.end < tokens.size() && "-".equals(tokens.get(p.end).raw()) ? p.end + 1 : p.end;
            if (p.kind == Part.Kind.VALUE && after < tokens.size()) {
                Token next = tokens.get(after);
                if ((next.is(Token.JOINED) || after > p.end) && TIME_UNITS.contains(next.stem())) {
                    parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
                }
            }
        }
    }

    private static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "quarter", "year");

    /** Words between a thing and its participle ("accounts have hired", "kg was fed"). */
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "was", "were", "is", "are", "been");

    /**
     * "number of unique volunteers" beside vol_id and a Role holding Volunteer: after "unique" or "distinct", the
     * plural an id's name abbreviates counts that id, not the rows with the value.
     */
    private static void uniqueEntities(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            boolean unique = parts.get(k - 1).is(Cue.UNIQUE)
                    || parts.stream().anyMatch(x -> x.is(Cue.UNIQUE))
                            && parts.get(k - 1).is(Cue.COUNT);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || !t.isPlural() || !unique) {
                continue;
            }
            for (ColumnInfo c : index.columns) {
                String e = c.entity();
                if (c.role() == ColumnRole.ID
                        && e != null
                        && e.length() >= 3
                        && t.stem().startsWith(e)) {
                    parts.set(
                            k,
                            Part.column(
                                    p.start,
                                    p.end,
                                    t.raw(),
                                    List.of(new ColumnMatcher.Hit(c, 1, Quality.EXACT, 0.95))));
                    break;
                }
            }
        }
    }

    /**
     * "total volunteer hours" where vol_id names volunteers and Role is mostly Volunteer: the name of what the rows
     * are about, before a measure, describes the measure; it keeps every row.
     */
    private static void entityValuesBeforeMeasures(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.VALUE
                    || p.end - p.start != 1
                    || next.kind != Part.Kind.COLUMN
                    || next.start != p.end
                    || !next.column().isMeasure()) {
                continue;
            }
            ValueIndex.Entry v = p.value();
            List<String> top = v.column().schema().topValues();
            String stem = tokens.get(p.start).stem();
            boolean usual = !top.isEmpty() && top.get(0).equals(v.value());
            boolean entity = index.topic.words().contains(stem)
                    || index.columns.stream()
                            .anyMatch(c -> c.role() == ColumnRole.ID
                                    && c.entity() != null
                                    && c.entity().length() >= 3
                                    && stem.startsWith(c.entity()));
            if (usual && entity) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "booking channel", "hire contracts", "hire revenue": a word that names only dates, in part, right before another
     * name qualifies that name; it is no time axis.
     */
    private static void datesBeforeNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && next.start == p.end
                    && p.quality() == Quality.PARTIAL
                    && p.column().role() == ColumnRole.DATE
                    && next.kind == Part.Kind.COLUMN
                    && next.column().role() != ColumnRole.DATE) {
                parts.set(
                        k + 1, Part.column(p.start, next.end, text(tokens, p.start, next.end - p.start), next.columns));
                parts.remove(k);
            }
        }
    }

    /**
     * "kg fed", "hours logged": a participle right after a measure, naming another column only in part (Animals Fed),
     * is what was done with the measure.
     */
    private static void participlesAfterMeasures(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part a = parts.get(k - 1);
            Part b = parts.get(k);
            Token t = tokens.get(b.start);
            if (a.kind == Part.Kind.COLUMN
                    && b.kind == Part.Kind.COLUMN
                    && (a.end == b.start
                            || b.start - a.end == 1
                                    && AUXILIARIES.contains(tokens.get(a.end).word()))
                    && b.end - b.start == 1
                    && b.quality() == Quality.PARTIAL
                    && (a.column().isMeasure() || a.column().role() == ColumnRole.ID)
                    && b.columns.stream().noneMatch(h -> h.column() == a.column())
                    && Words.isParticiple(t.word())) {
                ColumnInfo named = b.column();
                if (named.isMeasure()
                        && named.groups().stream().anyMatch(a.column().groups()::contains)) {
                    // "units sold" beside Actual Qty and Sold Qty: the participle says which quantity.
                    parts.set(
                            k - 1,
                            Part.column(
                                    a.start,
                                    b.end,
                                    text(tokens, a.start, b.end - a.start),
                                    List.of(new ColumnMatcher.Hit(named, b.end - a.start, Quality.EXACT, 0.95))));
                    parts.remove(k);
                } else {
                    parts.set(k, Part.word(b.start, t.raw()));
                }
            }
        }
    }

    /**
     * "per-word rate", "word rate": a word right before a name that is what that name's column is counted per (Rate
     * (EUR/word)) qualifies the name; it does not add the column it names alone (Word Count).
     */
    private static void denominatorsBeforeNames(List<Part> parts, List<Token> tokens) {
        for (int k = parts.size() - 2; k >= 0; k--) {
            Part p = parts.get(k);
            Part name = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && name.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.end == name.start) {
                ColumnInfo named = name.columns.get(0).column();
                String w = tokens.get(p.start).stem();
                if (named.words().contains(w) && !named.core().contains(w)) {
                    parts.remove(k);
                }
            }
        }
    }

    /**
     * "min temp", "max heart rate": an extreme right before a name that one of its columns carries as a word
     * (temp_min among temp_max and temp_min) names that column; it is not an aggregation.
     */
    private static void extremesInNames(List<Part> parts) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part cue = parts.get(k);
            Part name = parts.get(k + 1);
            if (!cue.is(Cue.AGG)
                    || !("min".equals(cue.arg) || "max".equals(cue.arg))
                    || name.kind != Part.Kind.COLUMN
                    || cue.end != name.start) {
                continue;
            }
            String extreme = cue.arg;
            List<ColumnMatcher.Hit> carrying = name.columns.stream()
                    .filter(h -> h.column().words().contains(extreme)
                            || h.column().words().contains("min".equals(extreme) ? "minimum" : "maximum"))
                    .toList();
            if (carrying.size() == 1 && name.columns.size() > 1) {
                ColumnInfo c = carrying.get(0).column();
                parts.set(
                        k,
                        Part.column(
                                cue.start,
                                name.end,
                                cue.text + " " + name.text,
                                List.of(new ColumnMatcher.Hit(c, name.end - cue.start, Quality.EXACT, 1.0))));
                parts.remove(k + 1);
            }
        }
    }

    private static void propose(
            List<Token> tokens, int i, SchemaIndex index, List<Candidate> out, Lexicon.Hit[] cues, boolean[] keywords) {
        Token t = tokens.get(i);
        if (t.is(Token.QUOTED)) {
            List<ValueIndex.Found> found = index.values.exact(tokens, i);
            out.add(new Candidate(
                    i,
                    1,
                    found.isEmpty() ? 100 : 101,
                    found.isEmpty() ? Part.quoted(i, t.raw()) : Part.value(i, i + 1, t.raw(), found)));
            return;
        }
        if (index.hasTime()) {
            DatePhrases.Found d = DatePhrases.match(tokens, i, index.maxDate());
            if (d != null && d.length() == 1 && t.isNumber() && measureFollows(tokens, i + 1, index, keywords)) {
                // "longer than 2000 miles": an amount of a measure, not the year 2000.
                d = null;
            }
            if (d != null) {
                out.add(new Candidate(
                        i, d.length(), 95, Part.date(i, i + d.length(), text(tokens, i, d.length()), d.period())));
            }
        }
        Lexicon.Hit cue = cues[i];
        if (cue != null && "-".equals(t.raw()) && !isRangeDash(tokens, i)) {
            cue = null;
        }
        if (cue != null) {
            out.add(new Candidate(
                    i,
                    cue.length(),
                    75,
                    Part.cue(i, i + cue.length(), text(tokens, i, cue.length()), cue.cue(), cue.arg())));
        }
        if (t.isNumber()) {
            out.add(new Candidate(i, 1, 40, Part.number(i, t)));
        }
        ColumnInfo elided = ElidedNames.at(tokens, i, index);
        if (elided != null) {
            out.add(new Candidate(
                    i,
                    1,
                    86,
                    Part.column(i, i + 1, t.raw(), List.of(new ColumnMatcher.Hit(elided, 1, Quality.EXACT, 1.0)))));
        }
        List<ColumnMatcher.Hit> hits = ColumnMatcher.candidates(tokens, i, index, keywords);
        for (int len = 1; len <= ColumnMatcher.MAX_WORDS; len++) {
            List<ColumnMatcher.Hit> ofLength = new ArrayList<>();
            for (ColumnMatcher.Hit h : hits) {
                if (h.length() == len) {
                    ofLength.add(h);
                }
            }
            if (!ofLength.isEmpty()) {
                ColumnMatcher.Hit best = ofLength.get(0);
                int priority =
                        switch (best.quality()) {
                            case EXACT -> best.score() >= 0.99 ? 82 : 78;
                            case PARTIAL -> 65;
                            case SYNONYM -> 60;
                            default -> 45;
                        };
                boolean typed = len > 1 && best.quality() == Quality.EXACT && best.score() >= 0.99;
                for (int k = i + 1; k < i + len && typed; k++) {
                    typed = tokens.get(k).is(Token.JOINED);
                }
                out.add(new Candidate(
                        i, len, priority, Part.column(i, i + len, text(tokens, i, len), ofLength), typed));
            }
        }
        addValues(index.values.exact(tokens, i), tokens, i, out, true, isPredicate(tokens, i, index));
        addValues(index.values.approximate(tokens, i), tokens, i, out, false, false);
    }

    private static boolean measureFollows(List<Token> tokens, int i, SchemaIndex index, boolean[] keywords) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return false;
        }
        for (ColumnMatcher.Hit h : ColumnMatcher.candidates(tokens, i, index, keywords)) {
            if (h.length() == 1 && h.column().isMeasure()) {
                return true;
            }
        }
        return false;
    }

    /** "open tickets", "tickets that are closed": a word in the position of a state of the rows. */
    private static boolean isPredicate(List<Token> tokens, int i, SchemaIndex index) {
        String before = i > 0 ? tokens.get(i - 1).raw() : "";
        if (COPULAS.contains(before) || participleAfterNoun(tokens, i, index)) {
            return true;
        }
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).stem();
        return index.isRowNoun(next) || index.entities.containsKey(next);
    }

    /** "tickets closed", "orders cancelled": a participle right after the rows it describes. */
    static boolean participleAfterNoun(List<Token> tokens, int i, SchemaIndex index) {
        if (i == 0 || !tokens.get(i).word().endsWith("ed")) {
            return false;
        }
        String noun = tokens.get(i - 1).stem();
        return index.isRowNoun(noun) || index.entities.containsKey(noun);
    }

    private static void addValues(
            List<ValueIndex.Found> found,
            List<Token> tokens,
            int i,
            List<Candidate> out,
            boolean exact,
            boolean predicate) {
        for (int len = 1; len <= 8; len++) {
            List<ValueIndex.Found> ofLength = new ArrayList<>();
            for (ValueIndex.Found f : found) {
                if (f.length() == len) {
                    ofLength.add(f);
                }
            }
            if (ofLength.isEmpty()) {
                continue;
            }
            ValueIndex.Found best = ofLength.get(0);
            int priority;
            if (best.entry().weak() && len == 1 && !ValueIndex.byLongerName(best, tokens, i)) {
                boolean common = Words.STOPWORDS.contains(best.entry().stems().get(0));
                // A short code typed in capitals as the data spells it ("AA", "DL") is that value.
                boolean code = exact
                        && tokens.get(i).is(Token.UPPER)
                        && best.entry().column().role() != ColumnRole.BOOLEAN
                        && best.entry().value().equals(tokens.get(i).raw().toUpperCase(java.util.Locale.ROOT));
                priority = (predicate && !common) || code ? 84 : 30;
            } else if (exact) {
                priority = len > 1 ? 85 : ValueIndex.sameSpelling(best, tokens, i) ? 80 : 72;
            } else {
                priority = best.quality() == Quality.SYNONYM ? 70 : 50;
            }
            out.add(new Candidate(i, len, priority, Part.value(i, i + len, text(tokens, i, len), ofLength)));
        }
    }

    /** "total" or "count" read as a column name when the data has such a column, but followed by a name: a keyword. */
    private static void aggregateWordsBeforeNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && (next.kind == Part.Kind.COLUMN || next.kind == Part.Kind.VALUE)) {
                Lexicon.Hit cue = Lexicon.match(tokens, p.start);
                if (cue != null
                        && cue.length() == 1
                        && (cue.cue() == Cue.AGG || cue.cue() == Cue.COUNT || cue.cue() == Cue.SUPER)) {
                    parts.set(k, Part.cue(p.start, p.end, p.text, cue.cue(), cue.arg()));
                }
            }
        }
    }

    /**
     * "rentals", "trips", "visits" in a table of days with one generic count column (`cnt`, `count`, `total`): the
     * things that column counts. Only plural nouns nothing else explains, and only when the data has exactly one
     * such column.
     */
    private static void countedNouns(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo counter = index.countColumn();
        if (counter == null) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD) {
                continue;
            }
            Token t = tokens.get(p.start);
            boolean plural = !t.word().equals(t.stem()) && t.word().endsWith("s");
            if (k > 0 && parts.get(k - 1).kind == Part.Kind.COLUMN && parts.get(k - 1).end == p.start) {
                // "casual riders", "registered users": the head noun of the column just named.
                continue;
            }
            if (plural
                    && !index.isRowNoun(t.stem())
                    && !Synonyms.known(t.stem())
                    && !Lexicon.isKeyword(t.word())
                    && !index.nameWords.contains(t.stem())) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                p.end,
                                p.text,
                                List.of(new ColumnMatcher.Hit(counter, 1, Quality.PARTIAL, 0.7))));
            }
        }
    }

    /** A dash between numbers or dates ("10-20", "2015-2017"), not one inside a word ("non-furniture"). */
    private static boolean isRangeDash(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        return (before.isNumber() || before.is(Token.DATE) || DatePhrases.isMonth(before.raw()))
                && (after.isNumber() || after.is(Token.DATE) || DatePhrases.isMonth(after.raw()));
    }

    static String text(List<Token> tokens, int from, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < from + length && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String s = t.raw().isEmpty() ? t.word() : t.raw();
            if (b.length() > 0 && !t.is(Token.JOINED)) {
                b.append(' ');
            }
            b.append(s);
        }
        return b.toString();
    }
}
