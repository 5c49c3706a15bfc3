package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rewrites of the annotated parts where a phrase means more than its words: a name in parentheses naming the words
 * before it, a plural naming the rows rather than a column, an adverb of time rather than a value, the marks named
 * between a colour word and "by".
 */
final class PhraseRewrites {

    private PhraseRewrites() {}

    /** Applies every rewrite, in an order where each sees the parts the earlier ones left. */
    static void apply(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        parenthesisedNames(parts, tokens);
        perRowNoun(parts, tokens);
        grainAdverbs(parts, tokens, index);
        rateInTheName(parts, tokens);
        colourTheMarksBy(parts);
        rowsNotOverview(parts, tokens, index);
        rankedByRows(parts, tokens, index);
        recordsOf(parts, tokens);
        valueOfTheRows(parts, tokens, index);
        doingForDoer(parts, tokens, index);
        superlativeFirst(parts);
        perUnitSlash(parts, tokens);
        valueNamingItsColumn(parts);
        flagBeforeRows(parts, tokens, index);
        thingsAFlagDescribes(parts, tokens);
        synonymThenParticiple(parts, tokens, index);
        participleAfterItsNoun(parts, tokens);
        oneOfTheRows(parts, tokens, index);
        verbOfADate(parts, tokens, index);
        distributedAsVerb(parts, tokens);
        measureOfAThing(parts, tokens);
        thingBeforeItsMeasure(parts, tokens);
        valueOfAKind(parts, tokens, index);
        flagNounBeforeMeasure(parts, tokens);
        agentNotGrouping(parts, tokens);
        hoursMeasure(parts, tokens, index);
        verbAfterPronoun(parts, tokens);
        dateOfTheThing(parts, tokens, index);
        moneyOfAThing(parts, tokens, index);
        moneyNounAfterMoney(parts, tokens);
        byNameWord(parts, tokens, index);
        theSubjectItself(parts, tokens, index);
        doersOfTheRows(parts, tokens, index);
    }

    /**
     * "monthly visitor trend" where visit_id is one per row: the one who does what each row records (visitor, caller,
     * rider) stands for the rows, not for a column it partly names (Visitor Origin).
     */
    private static void doersOfTheRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.quality() != Quality.PARTIAL
                    || p.column().role() != ColumnRole.CATEGORY
                    || groupedBefore(parts, k)) {
                // A name for the doer (picker_name) is meant, and so is an attribute grouped by ("by where visitors
                // come from").
                continue;
            }
            String stem = tokens.get(p.start).stem();
            for (String ending : DOER_ENDINGS) {
                ColumnInfo id = stem.endsWith(ending)
                        ? index.entityId(stem.substring(0, stem.length() - ending.length()))
                        : null;
                if (id != null && id.role() == ColumnRole.ID && index.isRowEntity(id)) {
                    parts.set(k, asWord(p, tokens));
                    break;
                }
            }
        }
    }

    /** Endings that make a doer of what each row records: visit-or, ride-r, call-er. */
    private static final List<String> DOER_ENDINGS = List.of("or", "er", "r");

    private static boolean groupedBefore(List<Part> parts, int k) {
        for (int j = Math.max(0, k - 2); j < k; j++) {
            Part p = parts.get(j);
            if (p.is(Cue.BY) || p.is(Cue.PER) || p.is(Cue.SERIES) || p.is(Cue.EACH)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "time spent in the museum" in a museum-visits file: the file's own subject after "in/at the" is the place
     * every row happened, not the column it partly names (Museum Site).
     */
    private static void theSubjectItself(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.start < 2
                    || p.quality() == Quality.EXACT
                    || !index.topic.words().contains(tokens.get(p.start).stem())) {
                continue;
            }
            String the = tokens.get(p.start - 1).word();
            String at = tokens.get(p.start - 2).word();
            if ("the".equals(the) && ("in".equals(at) || "at".equals(at))) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "fwci spread by quartile" with Journal Quartile: after "by", a statistics word (quartile, percentile) that is a
     * word of exactly one grouping column's name is that column.
     */
    private static void byNameWord(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.OUTLIER) || p.end - p.start != 1 || !parts.get(k - 1).is(Cue.BY)) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            ColumnInfo named = onlyColumn(
                    index,
                    c -> !c.isNumeric()
                            && c.role() != ColumnRole.DATE
                            && c.words().contains(stem));
            if (named != null) {
                parts.set(k, asColumn(p, named, Quality.PARTIAL, 0.7));
            }
        }
    }

    /**
     * "ped crashes" with Pedestrian Involved?, "OA papers" with Open Access?: an unknown word right before the rows'
     * plural (or another unknown plural) that abbreviates a yes/no column's first word or spells its initials is
     * that column, describing the rows.
     */
    private static void flagBeforeRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
            ColumnInfo flag = onlyColumn(
                    index, c -> c.role() == ColumnRole.BOOLEAN && !c.core().isEmpty() && beginsOrSpells(w, c.core()));
            if (flag != null) {
                parts.set(k, asColumn(p, flag, Quality.SYNONYM, 0.8));
            }
        }
    }

    /** "based on the date of the event" with Event Date: "date of the X" names the date column "X Date". */
    private static void dateOfTheThing(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part date = parts.get(k);
            if (date.kind != Part.Kind.CUE
                    || date.end - date.start != 1
                    || !"date".equals(tokens.get(date.start).word())) {
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
            ColumnInfo column = onlyColumn(
                    index,
                    c -> c.role() == ColumnRole.DATE
                            && c.words().size() == 2
                            && c.words().get(0).equals(stem)
                            && "date".equals(c.words().get(1)));
            if (column != null) {
                parts.set(k, asColumn(date, column, Quality.EXACT, 0.95));
                parts.set(k + 1, asWord(thing, tokens));
            }
        }
    }

    /**
     * "how many tickets did we sell", "how many venues do we publish in": a word right after "we", "you" or "they"
     * that only resembles a name (a synonym's, Published On's) is what they did, not the column.
     */
    private static void verbAfterPronoun(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.COLUMN
                    && p.quality() != Quality.EXACT
                    && p.end - p.start == 1
                    && p.start > 0
                    && PRONOUNS.contains(tokens.get(p.start - 1).word())) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    private static final Set<String> PRONOUNS = Set.of("we", "you", "they", "i");

    /** Whether only forms of "to be" or "to have" stand between two positions ("have been tested"). */
    private static boolean onlyAuxiliaries(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).word();
            if (!Annotator.COPULAS.contains(w) && !"have".equals(w) && !"has".equals(w) && !"had".equals(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens from {@code from} to {@code to} are only forms of "to be" ("wafers were tested"). */
    private static boolean onlyCopulas(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Annotator.COPULAS.contains(tokens.get(i).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "total hours booked by room type" with Duration (hrs): "hours" after a total or before a participle is the one
     * measure counted in hours, not an hourly axis.
     */
    private static void hoursMeasure(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (parts.stream().noneMatch(p -> p.is(Cue.HOUR))) {
            return;
        }
        ColumnInfo hours = onlyColumn(index, c -> c.isMeasure() && c.words().contains("hour"));
        if (hours == null) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.HOUR)
                    || p.end - p.start != 1
                    || !"hours".equals(tokens.get(p.start).word())) {
                continue;
            }
            boolean totalled = k > 0 && parts.get(k - 1).is(Cue.AGG);
            boolean done = p.end < tokens.size()
                    && Words.isParticiple(tokens.get(p.end).word());
            if (totalled || done) {
                parts.set(k, asColumn(p, hours, Quality.SYNONYM, 0.8));
            }
        }
    }

    /**
     * "purchases made by loyalty members": "by" after a participle names who did it, a condition on the rows
     * (Loyalty Member? = true), not a grouping.
     */
    private static void agentNotGrouping(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part by = parts.get(k);
            Part next = parts.get(k + 1);
            if (by.is(Cue.BY)
                    && "by".equals(by.text)
                    && by.start > 0
                    && Words.isParticiple(tokens.get(by.start - 1).word())
                    && (next.kind == Part.Kind.VALUE
                            || next.kind == Part.Kind.COLUMN && next.column().role() == ColumnRole.BOOLEAN)) {
                parts.set(k, asWord(by, tokens));
            }
        }
    }

    /**
     * "ticket revenue" beside Ticket Type, Ticket Price (USD) and a Gift Shop Spend, "hire income" with Hire Charge
     * (£): a word for money made after a word of one money column's name is that column's money, not another's or a
     * grouping.
     */
    private static void moneyOfAThing(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part thing = parts.get(k);
            Part money = parts.get(k + 1);
            Token m = tokens.get(money.start);
            Set<String> groups = Synonyms.groupsOf(m.stem());
            // A noun ("revenue", "income"), not a verb ("tickets sold": tickets counted).
            boolean noun = !Words.isParticiple(m.word()) && !m.word().endsWith("ing") && !"sell".equals(m.word());
            boolean salesWord = money.end - money.start == 1
                    && money.start == thing.end
                    && noun
                    && (groups.contains("sales") || groups.contains("salary"));
            if (!salesWord
                    || thing.end - thing.start != 1
                    || !(thing.kind == Part.Kind.COLUMN || thing.kind == Part.Kind.WORD)) {
                continue;
            }
            String word = tokens.get(thing.start).stem();
            ColumnInfo only = null;
            for (ColumnInfo c : index.columns) {
                if (c.isMeasure()
                        && MeasureKinds.money(c.schema(), c.words())
                        && c.core().contains(word)) {
                    if (only != null) {
                        only = null;
                        break;
                    }
                    only = c;
                }
            }
            if (only != null) {
                ColumnMatcher.Hit hit = new ColumnMatcher.Hit(only, 2, Quality.SYNONYM, 0.9);
                parts.set(k, Part.column(thing.start, money.end, thing.text + " " + money.text, List.of(hit)));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "avg concession spend" with Concessions $ and Gross ($): a money word right after a named money measure says
     * what kind of amount it is, not the file's other money column.
     */
    private static void moneyNounAfterMoney(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part before = parts.get(k - 1);
            Part p = parts.get(k);
            if (before.kind == Part.Kind.COLUMN
                    && before.quality() == Quality.EXACT
                    && before.column().isMeasure()
                    && MeasureKinds.money(
                            before.column().schema(), before.column().words())
                    && p.kind == Part.Kind.COLUMN
                    && p.start == before.end
                    && p.end - p.start == 1
                    && p.quality() == Quality.SYNONYM
                    && p.column() != before.column()
                    && MeasureKinds.money(p.column().schema(), p.column().words())) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "load weights" with Rejected Load? and Net Weight (t): the noun a yes/no column's participle qualifies, right
     * before a measure, says what the measure is of.
     */
    private static void flagNounBeforeMeasure(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.quality() != Quality.PARTIAL
                    || p.column().role() != ColumnRole.BOOLEAN
                    || next.kind != Part.Kind.COLUMN
                    || next.start != p.end
                    || !next.column().isMeasure()) {
                continue;
            }
            List<String> core = p.column().core();
            if (core.size() == 2
                    && Words.isParticiple(core.get(0))
                    && core.get(1).equals(tokens.get(p.start).stem())) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "refunded season passes" beside a Season column and a Pass Type holding "Season": a value of a kind column
     * right before the plural of its noun is that kind, not the other column it names.
     */
    private static void valueOfAKind(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end >= tokens.size()) {
                continue;
            }
            Token after = tokens.get(p.end);
            for (ValueIndex.Found f : index.values.exact(tokens, p.start)) {
                ColumnInfo kind = f.entry().column();
                if (p.start + f.length() == p.end
                        && ColumnMatcher.sortsIntoKinds(kind)
                        && kind != p.column()
                        && after.isPlural()
                        && kind.core().get(0).equals(after.stem())) {
                    parts.set(k, Part.value(p.start, p.end, p.text, List.of(f)));
                    break;
                }
            }
        }
    }

    /**
     * "avg pass price by resort" beside Pass Type: the noun of a kind column right before a measure is the thing
     * measured (the rows), not a grouping by its kinds.
     */
    private static void thingBeforeItsMeasure(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && next.column().isMeasure()
                    && ColumnMatcher.sortsIntoKinds(p.column())
                    && p.column().core().get(0).equals(tokens.get(p.start).stem())) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "value of food distributed" with Est. Value ($) and Food Weight (lbs), "weight of damaged bags" beside
     * bagCount: after a measure and "of" (and values), a word that only begins another measure's name is what the
     * first measure is of, not a second measure.
     */
    private static void measureOfAThing(List<Part> parts, List<Token> tokens) {
        for (int m = 0; m + 1 < parts.size(); m++) {
            Part measure = parts.get(m);
            if (measure.kind != Part.Kind.COLUMN
                    || !measure.column().isMeasure()
                    || measure.end >= tokens.size()
                    || !"of".equals(tokens.get(measure.end).word())) {
                continue;
            }
            // "weight of damaged bags": values of the things may come between.
            int k = m + 1;
            while (k < parts.size() && parts.get(k).kind == Part.Kind.VALUE) {
                k++;
            }
            Part p = k < parts.size() ? parts.get(k) : null;
            if (p != null
                    && p.kind == Part.Kind.COLUMN
                    && (k > m + 1 || p.start == measure.end + 1)
                    && p.end - p.start == 1
                    && p.quality() != Quality.SYNONYM
                    && p.columns.get(0).score() < 1.0
                    && p.column() != measure.column()
                    && p.column().isMeasure()
                    && p.column().core().size() > 1
                    && p.column().core().get(0).equals(tokens.get(p.start).stem())) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "value of food distributed in 2024": "distributed" after a noun says what was handed out; only "how is X
     * distributed" or "X is distributed" asks for a distribution.
     */
    private static void distributedAsVerb(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.DIST) || !"distributed".equals(tokens.get(p.start).word())) {
                continue;
            }
            boolean asked = false;
            for (int i = 0; i < p.start; i++) {
                String w = tokens.get(i).word();
                asked |= "how".equals(w) || Annotator.COPULAS.contains(w);
            }
            if (!asked) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "permits issued in 2023" with Issue Date and a Status of Issued: a past participle right before a period says
     * which date the period is of, not a value to keep.
     */
    private static void verbOfADate(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            if ((p.kind != Part.Kind.VALUE && p.kind != Part.Kind.WORD)
                    || p.end - p.start != 1
                    || parts.get(k + 1).kind != Part.Kind.DATE
                    || !w.endsWith("ed")) {
                continue;
            }
            List<String> bases = Words.bases(w);
            ColumnInfo date = onlyColumn(
                    index,
                    c -> c.role() == ColumnRole.DATE
                            && !c.words().isEmpty()
                            && bases.contains(c.words().get(0)));
            if (date != null) {
                parts.set(k, asColumn(p, date, Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "most passengers ever on a single sailing" where sailing_id is one per row: one row is meant, so the largest
     * value, not a ranking of the rows.
     */
    private static void oneOfTheRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.start == 0
                    || p.column().role() != ColumnRole.ID
                    || !index.isRowEntity(p.column())
                    || tokens.get(p.start).isPlural()
                    || !ONE_OF.contains(tokens.get(p.start - 1).word())) {
                continue;
            }
            parts.set(k, asWord(p, tokens));
        }
    }

    /** Words before a row's name that mean any one row ("a single sailing", "any order", "one visit"). */
    private static final Set<String> ONE_OF = Set.of("single", "any", "a", "an", "one", "individual");

    /**
     * "units picked" with qty_ordered and qty_picked: a synonym's word and the participle right after it name the one
     * column of that meaning whose name has the participle, not the first of its kind.
     */
    private static void synonymThenParticiple(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.quality() != Quality.SYNONYM
                    || !(next.kind == Part.Kind.WORD || next.kind == Part.Kind.COLUMN)
                    || next.start != p.end
                    || next.end != next.start + 1
                    || !Words.isParticiple(tokens.get(next.start).word())) {
                continue;
            }
            String w = tokens.get(next.start).word();
            Set<String> meant = Synonyms.groupsOf(Synonyms.key(tokens.subList(p.start, p.end)));
            ColumnInfo only = null;
            for (ColumnInfo c : index.columns) {
                boolean alike = c != p.column()
                        && c.core().stream().anyMatch(word -> Synonyms.groupsOf(word).stream()
                                .anyMatch(meant::contains));
                if (alike && c.forms().stream().anyMatch(f -> f.contains(w))) {
                    if (only != null) {
                        only = null;
                        break;
                    }
                    only = c;
                }
            }
            if (only != null) {
                ColumnMatcher.Hit hit = new ColumnMatcher.Hit(only, next.end - p.start, Quality.SYNONYM, 0.9);
                parts.set(k, Part.column(p.start, next.end, p.text + " " + next.text, List.of(hit)));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "passengers carried per month" beside Vehicles Carried, "fines issued per agency" beside Issue Hr, "tickets
     * sold", "wafers tested": a participle right after a measure or the rows' id says what happened to them, not the
     * other column whose name it ends or whose first word is its verb, a synonym's column or a value it resembles.
     */
    private static void participleAfterItsNoun(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part before = parts.get(k - 1);
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            // "how many distinct species have been tested": a column counted is what happened to as well, unless a
            // period
            // follows and the participle names a date ("titles released in 2021").
            boolean counted = k >= 2
                    && (parts.get(k - 2).is(Cue.UNIQUE) || parts.get(k - 2).is(Cue.COUNT))
                    && p.kind == Part.Kind.COLUMN
                    && (k + 1 == parts.size() || parts.get(k + 1).kind != Part.Kind.DATE);
            if (before.kind != Part.Kind.COLUMN
                    || !(before.column().isMeasure() || before.column().role() == ColumnRole.ID || counted)
                    || !onlyAuxiliaries(tokens, before.end, p.start)
                    || p.end - p.start != 1
                    || !Words.isParticiple(w)) {
                continue;
            }
            boolean otherName = p.kind == Part.Kind.COLUMN
                    && p.column() != before.column()
                    && p.quality() != Quality.SYNONYM
                    && p.columns.get(0).score() < 1.0
                    && p.column().words().size() > 1
                    && (p.column().words().get(p.column().words().size() - 1).equals(w)
                            || Words.bases(w).contains(p.column().words().get(0)));
            // "tickets sold" (not the sales column), "energy generated" (not Fault Category = Generator).
            boolean synonymOrValue = p.kind == Part.Kind.COLUMN && p.quality() == Quality.SYNONYM
                    || p.kind == Part.Kind.VALUE
                            && !p.values.get(0).entry().compact().equals(w);
            // "airings watched longer than 2 hours": a participle compared names its measure (Watch Time Min).
            boolean compared = k + 1 < parts.size() && parts.get(k + 1).is(Cue.CMP);
            if ((otherName || synonymOrValue) && !compared) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "visits for insured pets" with Insured?, Pet Weight (kg) and Pet Age [yrs]: a plural right after a yes/no column
     * that only begins several names is the thing the flag describes, not one of those measures.
     */
    private static void thingsAFlagDescribes(List<Part> parts, List<Token> tokens) {
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
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "events by review status" where status holds "reviewed": after "by", a value right before its own column's
     * name is a word of the column's phrase, not a filter.
     */
    private static void valueNamingItsColumn(List<Part> parts) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (parts.get(k - 1).is(Cue.BY)
                    && p.kind == Part.Kind.VALUE
                    && p.end == next.start
                    && next.kind == Part.Kind.COLUMN
                    && p.values.get(0).entry().column() == next.column()) {
                parts.set(k + 1, Part.column(p.start, next.end, p.text + " " + next.text, next.columns));
                parts.remove(k);
            }
        }
    }

    /**
     * "price/kg" with Price per kg: the unit after the slash belongs to the name before it, not to Live Weight (kg);
     * a unit after "per" is a rate's, not a measure.
     */
    private static void perUnitSlash(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.is(Cue.PER)
                    && next.kind == Part.Kind.COLUMN
                    && next.end - next.start == 1
                    && ColumnMatcher.namesUnit(tokens.get(next.start))) {
                // "median price per kilo": the unit of a rate, not a measure of its own.
                parts.set(k + 1, asWord(next, tokens));
                continue;
            }
            boolean slash =
                    p.end + 1 == next.start && "/".equals(tokens.get(p.end).raw());
            if (slash
                    && p.kind == Part.Kind.COLUMN
                    && next.kind == Part.Kind.COLUMN
                    && next.end - next.start == 1
                    && p.column().words().contains(tokens.get(next.start).word())) {
                String text = p.text + "/" + next.text;
                parts.set(k, Part.column(p.start, next.end, text, p.columns));
                parts.remove(k + 1);
            }
        }
    }

    /** Superlatives that always mean the low values, whatever the measure ("worst" and "fastest" depend on it). */
    private static final Set<String> LOW_FIRST =
            Set.of("shortest", "cheapest", "smallest", "lowest", "fewest", "least");

    /** "shortest first", "cheapest first": the superlative orders the bars; "first" asks for no top of its own. */
    private static void superlativeFirst(List<Part> parts) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.is(Cue.TOP) && "first".equals(p.text) && before.is(Cue.SUPER) && LOW_FIRST.contains(before.text)) {
                parts.remove(k);
                k--;
            }
        }
    }

    /**
     * "winning candidates" with a yes/no column Winner?, "smoking patients" with Smoker: the -ing form of the verb
     * whose doer a yes/no column names is that column.
     */
    private static void doingForDoer(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD || p.end - p.start != 1) {
                continue;
            }
            String word = tokens.get(p.start).word();
            if (!word.endsWith("ing")) {
                continue;
            }
            List<String> verbs = Words.bases(word);
            for (ColumnInfo c : index.columns) {
                String doer = c.core().size() == 1 ? c.core().get(0) : "";
                if (c.role() == ColumnRole.BOOLEAN
                        && doer.length() > 4
                        && doer.endsWith("er")
                        && verbs.contains(doer.substring(0, doer.length() - 2))) {
                    parts.set(k, asColumn(p, c, Quality.SYNONYM, 0.8));
                    break;
                }
            }
        }
    }

    /**
     * "awarded value", "landings value", "total value of contracts", "distribution of contract values": where one
     * measure's name says value (Contract Value ($), Landed Value (USD)), "value" named with the word before it (an
     * unknown word, a date or the rows' noun only partly named) or after an aggregation or a value is that measure.
     * "value" is otherwise a filler word.
     */
    private static void valueOfTheRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo measure = onlyColumn(index, c -> c.isMeasure() && c.core().contains("value"));
        if (measure == null) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (!("value".equals(w) || "values".equals(w)) || covered(parts, i)) {
                continue;
            }
            int k = 0;
            while (k < parts.size() && parts.get(k).end <= i) {
                k++;
            }
            Part before = k > 0 ? parts.get(k - 1) : null;
            if (before == null || before.end != i) {
                continue;
            }
            boolean vague = before.kind == Part.Kind.WORD
                    || (before.kind == Part.Kind.COLUMN
                            && before.end - before.start == 1
                            && before.quality() != Quality.EXACT
                            && !before.column().isMeasure());
            ColumnMatcher.Hit hit = new ColumnMatcher.Hit(measure, 1, Quality.SYNONYM, 0.8);
            if (vague) {
                String text =
                        tokens.get(before.start).raw() + " " + tokens.get(i).raw();
                parts.set(k - 1, Part.column(before.start, i + 1, text, List.of(hit)));
            } else if (before.is(Cue.AGG) || before.is(Cue.GRAIN) || before.kind == Part.Kind.VALUE) {
                // "total value", "quarterly value", "scallop value": the measure, with the value before it a filter.
                parts.add(k, Part.column(i, i + 1, tokens.get(i).raw(), List.of(hit)));
            }
        }
    }

    private static boolean covered(List<Part> parts, int i) {
        for (Part p : parts) {
            if (p.start <= i && i < p.end) {
                return true;
            }
        }
        return false;
    }

    /**
     * "average daily yield" with Milk Yield (kg/day): an adverb of time before a measure whose name is per that unit
     * says what the measure is, not the time axis.
     */
    private static void rateInTheName(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.is(Cue.GRAIN)
                    && p.end - p.start == 1
                    && next.kind == Part.Kind.COLUMN
                    && next.column().isMeasure()
                    && next.column().words().contains(p.arg)) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "monthly avg views" where a Pay Period column holds MONTHLY: an adverb of time before an aggregation asks for
     * a time axis when the data has a date, not for the rows with that value; a statistic's name before a measure
     * is that statistic.
     */
    private static void grainAdverbs(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
    private static void colourTheMarksBy(List<Part> parts) {
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
     * "only samples with quality >= 7" where each row is a sample (Sample ID): the plural names the rows, it does not
     * ask for a sample of the data.
     */
    private static void rowsNotOverview(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.OVERVIEW) || p.end - p.start != 1) {
                continue;
            }
            Token t = tokens.get(p.start);
            if (index.namesRows(t)) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /** Words that stand for the rows themselves after a noun: "inspection records", "order lines". */
    private static final Set<String> ROW_WORDS = Set.of("records", "rows", "entries", "lines");

    /**
     * "how many inspection records have grade C": a name only partly given right before "records" says what the
     * rows are; it names no column (not INSPECTION TYPE).
     */
    private static void recordsOf(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            boolean partly = p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && !(p.quality() == Quality.EXACT && p.columns.get(0).score() >= 0.99);
            if (partly
                    && next.kind == Part.Kind.WORD
                    && ROW_WORDS.contains(tokens.get(next.start).word())) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    /**
     * "top 5 authors by loans", "top 10 landing pages by sessions": ranked by a plural naming the rows is ranked by
     * how many there are, as "by number of loans" says.
     */
    private static void rankedByRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean ranked = false;
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            ranked |= p.is(Cue.TOP);
            Part next = parts.get(k + 1);
            if (!ranked || !p.is(Cue.BY) || next.end - next.start != 1) {
                continue;
            }
            boolean wordOrName = next.kind == Part.Kind.WORD || next.kind == Part.Kind.COLUMN;
            if (wordOrName && index.namesRows(tokens.get(next.start))) {
                parts.add(k + 1, Part.cue(next.start, next.start, "number of", Cue.COUNT, null));
                k++;
            }
        }
    }

    /**
     * "average goals per match", "applies per posting": "per" and a word that only partly names a date column
     * (Match Date, Posted Date) means per row, as "per order" does; it names no column.
     */
    private static void perRowNoun(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || !(before.is(Cue.PER) || before.is(Cue.COUNT))
                    || p.columns.isEmpty()) {
                continue;
            }
            // "number of checkouts" beside Checkout Date, Checkout Yr and Checkout Mth: the loans themselves.
            boolean datePartly =
                    p.columns.stream().allMatch(h -> h.quality() == Quality.PARTIAL && isTimePart(h.column()))
                            && p.columns.stream().anyMatch(h -> h.column().role() == ColumnRole.DATE);
            if (datePartly) {
                parts.set(k, asWord(p, tokens));
            }
        }
    }

    private static boolean isTimePart(ColumnInfo c) {
        return c.isTime() || c.words().stream().anyMatch(w -> w.equals("month") || w.equals("week") || w.equals("day"));
    }

    /**
     * "match results (FTR)", "heart disease (target = 1)": a column's name in parentheses, alone or in a condition,
     * is what the words right before it describe; they name nothing themselves (here not the Match Date column).
     */
    private static void parenthesisedNames(List<Part> parts, List<Token> tokens) {
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

    /** The one column of the schema that passes {@code test}, or null when none or several do. */
    private static ColumnInfo onlyColumn(SchemaIndex index, Predicate<ColumnInfo> test) {
        ColumnInfo only = null;
        for (ColumnInfo c : index.columns) {
            if (test.test(c)) {
                if (only != null) {
                    return null;
                }
                only = c;
            }
        }
        return only;
    }

    /** The part read as a plain word, naming no column, value or keyword. */
    private static Part asWord(Part p, List<Token> tokens) {
        return Part.word(p.start, tokens.get(p.start).raw());
    }

    /** The part read as naming {@code column}. */
    private static Part asColumn(Part p, ColumnInfo column, Quality quality, double score) {
        return Part.column(p.start, p.end, p.text, List.of(new ColumnMatcher.Hit(column, 1, quality, score)));
    }

    /** Whether {@code w} abbreviates the first of the words ("ped") or spells their initials ("oa"). */
    private static boolean beginsOrSpells(String w, List<String> words) {
        return WordForms.abbreviates(w, words.get(0))
                || words.size() >= 2 && Words.initials(words).equals(w);
    }
}
