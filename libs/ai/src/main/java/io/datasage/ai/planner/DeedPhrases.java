package io.datasage.ai.planner;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites about what was done, to what, by whom and when: "the date they were booked", "metres of hedge cut", "who
 * called us".
 */
final class DeedPhrases {

    private DeedPhrases() {}

    /** Words between a date and the verb that says which event it dates: "the date they were booked". */
    private static final Set<String> DATE_CLAUSE =
            Words.set("they it he she we you was were is are that when had been of the its their");

    /**
     * "use the date they were booked" beside BOOKING_DATE and HOURS_BOOKED: the participle after a date and a clause's
     * pronoun says which date, and is no other column.
     */
    static void dateTheyWere(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part date = parts.get(k);
            Part verb = parts.get(k + 1);
            // The word "date" alone may have been read as a day's grain ("by the date they were booked").
            boolean dated = date.kind == Part.Kind.COLUMN && date.column().role() == ColumnRole.DATE
                    || date.kind == Part.Kind.CUE && date.end - date.start == 1;
            if (!dated
                    || !"date".equals(tokens.get(date.end - 1).word())
                    || verb.end - verb.start != 1
                    || verb.start == date.end) {
                continue;
            }
            // "the date of the event" beside EVENT_DATE: the thing the date is of, as well as what was done.
            boolean of = "of".equals(tokens.get(date.end).word());
            if (!of && !Words.isParticiple(tokens.get(verb.start).word())) {
                continue;
            }
            boolean clause = true;
            for (int t = date.end; t < verb.start; t++) {
                clause &= DATE_CLAUSE.contains(tokens.get(t).word());
            }
            ColumnInfo named = index.dateOfVerb(tokens.get(verb.start).word());
            if (clause && named != null) {
                parts.set(k, PhraseRewrites.asColumn(date, named, Quality.EXACT, 1.0));
                parts.set(k + 1, PhraseRewrites.asColumn(verb, named, Quality.EXACT, 1.0));
            }
        }
    }

    /**
     * "how many completions in q4 2024", "jobs commissioned per month" beside STATUS Completed and COMPL_DT: a value
     * whose verb names a date, said with a period or a grain of time, counts the rows that date puts there; a status
     * filter as well would drop rows done then whose status has moved on.
     */
    static void deedDatedInTime(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean timed = parts.stream().anyMatch(p -> p.kind == Part.Kind.DATE || p.is(Cue.UNIT));
        if (!timed) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || p.values.size() != 1) {
                continue;
            }
            String value = p.value().value().toLowerCase(Locale.ROOT);
            if (!Words.isParticiple(value) || value.contains(" ")) {
                continue;
            }
            if (index.dateOfVerb(value) != null) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /** Last words of a column that says how or what kind ("Cut Method"), whose first word alone is the deed. */
    private static final Set<String> HOW_TAILS = Words.set("method type kind class category mode");

    /**
     * "metres of hedge cut each month" beside HEDGE_LENGTH_M and CUT_METHOD: a verb right after a measure's words,
     * that only opens a how-or-kind column's name, says what was done to the measure, not which method.
     */
    static void doneToTheMeasure(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.quality() != Quality.PARTIAL
                    || before.kind != Part.Kind.COLUMN
                    || before.end != p.start
                    || !before.column().isMeasure()) {
                continue;
            }
            ColumnInfo how = p.column();
            List<String> words = how.words();
            String next = p.end < tokens.size() ? tokens.get(p.end).word() : "";
            if ((how.role() == ColumnRole.CATEGORY || how.role() == ColumnRole.BOOLEAN)
                    && words.size() == 2
                    && words.get(0).equals(tokens.get(p.start).word())
                    && HOW_TAILS.contains(words.get(1))
                    && !HOW_TAILS.contains(next)) {
                parts.set(
                        k,
                        PhraseRewrites.asColumn(
                                p,
                                before.column(),
                                Quality.PARTIAL,
                                before.columns.get(0).score()));
            }
        }
    }

    /**
     * "share of calls by who called us" beside caller_type, "jobs by who booked them" beside Booked By: "who" and a
     * verb in the past name the column of the one who did it, its agent noun or its participle and "by".
     */
    static void whoDidIt(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part who = parts.get(k);
            Part verb = parts.get(k + 1);
            if (!who.is(Cue.WHICH)
                    || !"who".equals(tokens.get(who.start).word())
                    || who.end != verb.start
                    || verb.end - verb.start != 1
                    || verb.kind != Part.Kind.COLUMN && verb.kind != Part.Kind.WORD) {
                continue;
            }
            String did = tokens.get(verb.start).word();
            List<String> bases = Words.bases(did);
            if (bases.isEmpty()) {
                continue;
            }
            ColumnInfo agent = SchemaIndex.only(
                    index.columns,
                    c -> !c.isMeasure()
                            && c.role() != ColumnRole.DATE
                            && (c.words().size() >= 2
                                            && c.words().get(0).equals(did)
                                            && c.words().get(1).equals("by")
                                    || bases.stream()
                                            .anyMatch(b -> c.words().get(0).equals(agentNoun(b)))));
            if (agent != null) {
                parts.set(k + 1, PhraseRewrites.asColumn(verb, agent, Quality.SYNONYM, 0.8));
            }
        }
    }

    /** "caller" for "call", "user" for "use": the one who does it. */
    private static String agentNoun(String base) {
        return base.endsWith("e") ? base + "r" : base + "er";
    }
}
