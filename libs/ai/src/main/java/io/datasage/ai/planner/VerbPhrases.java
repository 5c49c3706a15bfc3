package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** Rewrites about verbs: a participle, a verb after "we" or a verb of a date that says what happened, not which column. */
final class VerbPhrases {

    private VerbPhrases() {}

    /**
     * "how many tickets did we sell", "how far ahead do people book": a word right after "we", "you", "they" or "do people"
     * that only resembles a name (a synonym's, Published On's) or a value is what they did, not the column.
     */
    static void verbAfterPronoun(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            // "how many sessions did we run" beside drill_name = Conditioning Runs: nor one word of a longer value.
            boolean partOfAValue = p.kind == Part.Kind.VALUE
                    && !p.values
                            .get(0)
                            .entry()
                            .compact()
                            .equals(tokens.get(p.start).word());
            // "did we work for" beside WORK_DESC: a category's own word is a verb there too (a measure's verb, "did we
            // spend", still names the measure).
            boolean categoryVerb = p.kind == Part.Kind.COLUMN
                    && !p.column().isMeasure()
                    && !tokens.get(p.start).isPlural()
                    && p.end < tokens.size();
            // "calls where we gritted" beside a Gritted Too flag: the deed is the flag's yes.
            boolean flagDone = p.kind == Part.Kind.COLUMN
                    && p.column().role() == ColumnRole.BOOLEAN
                    && p.quality() == Quality.EXACT
                    && tokens.get(p.start).word().endsWith("ed");
            if (!flagDone
                    && (p.kind == Part.Kind.COLUMN && (p.quality() != Quality.EXACT || categoryVerb) || partOfAValue)
                    && p.end - p.start == 1
                    && p.start > 0
                    && (PRONOUNS.contains(tokens.get(p.start - 1).word()) || askedOfPeople(tokens, p.start - 1))) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /** "do people book": "people" after a question's auxiliary is the subject, like "they". */
    private static boolean askedOfPeople(List<Token> tokens, int i) {
        return i > 0
                && "people".equals(tokens.get(i).word())
                && AUXILIARY.contains(tokens.get(i - 1).word());
    }

    private static final Set<String> PRONOUNS = Set.of("we", "you", "they", "i");

    /** Words asking a question before its subject ("do people book"). */
    private static final Set<String> AUXILIARY = Set.of("do", "did", "does", "would", "will", "can");

    private static final Set<String> HAVING = Set.of("have", "has", "had", "with");

    /**
     * "how many clients have unpaid bills": after the things counted and "have" or "with", a word only like a name
     * ("bills" for bill_yr or Line Amt) says what they have, a condition, and no measure of its own. A flag stays.
     */
    static void thingsTheCountedHave(List<Part> parts, List<Token> tokens) {
        if (parts.size() < 3 || !parts.get(0).is(Cue.COUNT)) {
            return;
        }
        Part counted = parts.get(1);
        if (counted.kind != Part.Kind.COLUMN
                || counted.columns.get(0).column().entity() == null
                || counted.end >= tokens.size()
                || !HAVING.contains(tokens.get(counted.end).word())
                // "how many contracts have we had": "have" asks the question, the things are not said to have any.
                || counted.end + 1 < tokens.size()
                        && PRONOUNS.contains(tokens.get(counted.end + 1).word())) {
            return;
        }
        for (int k = 2; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            // "... in each area": what comes after a grouping word is the grouping.
            boolean grouped = parts.get(k - 1).isGrouping() || parts.get(k - 1).is(Cue.EACH);
            if (p.kind == Part.Kind.COLUMN
                    && !grouped
                    && p.columns.stream()
                            .noneMatch(h ->
                                    h.quality() == Quality.EXACT || h.column().role() == ColumnRole.BOOLEAN)
                    && (next == null || next.kind != Part.Kind.NUMBER)) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "purchases made by loyalty members": "by" after a participle names who did it, a condition on the rows
     * (Loyalty Member? = true), not a grouping.
     */
    static void agentNotGrouping(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part by = parts.get(k);
            Part next = parts.get(k + 1);
            if (by.is(Cue.BY)
                    && "by".equals(by.text)
                    && by.start > 0
                    && Words.isParticiple(tokens.get(by.start - 1).word())
                    && (next.kind == Part.Kind.VALUE
                            || next.kind == Part.Kind.COLUMN && next.column().role() == ColumnRole.BOOLEAN)) {
                parts.set(k, PhraseRewrites.asWord(by, tokens));
            }
        }
    }

    /**
     * "value of food distributed in 2024": "distributed" after a noun says what was handed out; only "how is X
     * distributed" or "X is distributed" asks for a distribution.
     */
    static void distributedAsVerb(List<Part> parts, List<Token> tokens) {
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
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "permits issued in 2023" with Issue Date and a Status of Issued: a past participle right before a period says
     * which date the period is of, not a value to keep.
     */
    static void verbOfADate(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
            ColumnInfo date = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.role() == ColumnRole.DATE
                            && !c.words().isEmpty()
                            && bases.contains(c.words().get(0)));
            if (date != null) {
                parts.set(k, PhraseRewrites.asColumn(p, date, Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "units picked" with qty_ordered and qty_picked: a synonym's word and the participle right after it name the one
     * column of that meaning whose name has the participle, not the first of its kind.
     */
    static void synonymThenParticiple(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index,
                    c -> c != p.column()
                            && c.core().stream().anyMatch(word -> Synonyms.groupsOf(word).stream()
                                    .anyMatch(meant::contains))
                            && c.forms().stream().anyMatch(f -> f.contains(w)));
            if (only != null) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, only, Quality.SYNONYM, 0.9);
            }
        }
    }

    /**
     * "passengers carried per month" beside Vehicles Carried, "fines issued per agency" beside Issue Hr, "tickets
     * sold", "wafers tested": a participle right after a measure or the rows' id says what happened to them, not the
     * other column whose name it ends or whose first word is its verb, a synonym's column or a value it resembles.
     */
    static void participleAfterItsNoun(List<Part> parts, List<Token> tokens) {
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
                            || Words.bases(w).contains(p.column().words().get(0))
                            // "customer accounts have hired" beside ON_HIRE_DT: the verb a date's name holds.
                            || counted
                                    && p.column().isTime()
                                    && p.column().words().stream().anyMatch(Words.bases(w)::contains));
            // "tickets sold" (not the sales column), "energy generated" (not Fault Category = Generator).
            // "gross weight loaded" beside MOVE_TYPE = LOAD: a value the participle is made from is the rows it keeps.
            boolean synonymOrValue = p.kind == Part.Kind.COLUMN && p.quality() == Quality.SYNONYM
                    || p.kind == Part.Kind.VALUE
                            && !p.values.get(0).entry().compact().equals(w)
                            && !Words.bases(w).contains(p.values.get(0).entry().compact());
            // "airings watched longer than 2 hours": a participle compared names its measure (Watch Time Min).
            boolean compared = k + 1 < parts.size() && parts.get(k + 1).is(Cue.CMP);
            if ((otherName || synonymOrValue) && !compared) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "top 10 examiners by scripts marked", "how many seeds were marked", "marking volume by subject" beside a MARK
     * column: the participle after the rows or another name, or the -ing form before a count, says what was done to
     * them, not the measure its bare verb names.
     */
    static void verbOfAMeasure(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || p.quality() != Quality.EXACT) {
                continue;
            }
            ColumnInfo c = p.column();
            String w = tokens.get(p.start).word();
            if (!c.isMeasure()
                    || c.additive()
                    || c.core().size() != 1
                    || c.spelled().contains(w)
                    || !Words.bases(w).contains(c.core().get(0))) {
                continue;
            }
            Part before = k > 0 ? parts.get(k - 1) : null;
            // "kg picked per block" beside NET_KG and PICK_#: after another measure, what was done to get it.
            // "belt attempted" beside attempt#: after a thing's name, what was done to it.
            boolean afterName = before != null
                    && before.kind == Part.Kind.COLUMN
                    && before.column() != c
                    && (before.column().isMeasure() || before.column().role() == ColumnRole.CATEGORY);
            boolean participle = Words.isParticiple(w)
                    && before != null
                    && (before.kind == Part.Kind.COLUMN || before.kind == Part.Kind.WORD)
                    && (tokens.get(before.end - 1).isPlural() || afterName)
                    && onlyAuxiliaries(tokens, before.end, p.start);
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            // "marking volume": the volume of rows (counted later on, where no column is a volume).
            boolean gerund = w.endsWith("ing")
                    && next != null
                    && (next.is(Cue.COUNT)
                            || "volume".equals(tokens.get(next.start).stem()));
            // "apps priced above 0": a participle compared names its measure.
            boolean compared = next != null && next.is(Cue.CMP);
            if ((participle || gerund) && !compared) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /** Forms of "get" that make the participle after them a passive verb ("get hired"). */
    private static final Set<String> GET = Set.of("get", "gets", "got", "getting", "gotten");

    /**
     * "which booths get hired least" beside HIRE_HOURS: a participle after "get" says what happens to the things,
     * not a measure or category only partly named by its bare verb (a yes/no column so named stays).
     */
    static void passiveAfterGet(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.start > 0
                    // "get damaged" beside Damage Type: matched by its stem, the participle is still a verb.
                    && (p.quality() != Quality.EXACT || !p.column().words().contains(w))
                    && p.column().role() != ColumnRole.BOOLEAN
                    && Words.isParticiple(w)
                    && GET.contains(tokens.get(p.start - 1).word())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /** Particles that make a verb of the participle before them ("paid out", "written off"). */
    private static final Set<String> PARTICLES = Set.of("out", "off", "back", "up");

    /**
     * "which handlers have paid out the most money" beside a STATUS holding Paid: a participle after "have" and
     * before a particle is what was done, not a value to filter on.
     */
    static void perfectVerbsNotValues(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.VALUE
                    && p.end - p.start == 1
                    && p.start > 0
                    && p.end < tokens.size()
                    && HAVING.contains(tokens.get(p.start - 1).word())
                    && PARTICLES.contains(tokens.get(p.end).word())
                    && Words.isParticiple(tokens.get(p.start).word())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

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
}
