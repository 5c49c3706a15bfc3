package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import io.datasage.ai.planner.Question.DimRole;
import io.datasage.ai.planner.Question.Filter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads yes/no columns used as conditions: "who left", "would not recommend", "returned transactions", "how many work overtime". */
final class YesNoFilters {

    private final Question q;
    private final List<Part> parts;

    YesNoFilters(Question q) {
        this.q = q;
        this.parts = q.parts;
    }

    private Part at(int k) {
        return Parts.at(parts, k);
    }

    /** "with and without X", "X vs not", "X or not", "X vs no X": both values of the yes/no column at {@code k}. */
    private boolean bothWays(int k) {
        Part p1 = at(k - 1);
        Part p2 = at(k - 2);
        Part p3 = at(k - 3);
        boolean withAndWithout = p1 != null
                && p1.is(Cue.NOT)
                && "without".equals(p1.text)
                && p2 != null
                && (p2.is(Cue.AND) || p2.is(Cue.OR) || p2.is(Cue.VS))
                && p3 != null
                && "with".equals(p3.text);
        // "enrichment feeds vs normal ones": the rows' noun may follow the flag, and the other side be any words.
        int j = k + 1;
        boolean noun = at(j) != null && at(j).kind == Kind.WORD && rowsNoun(q.tokens.get(at(j).start));
        if (noun) {
            j++;
        }
        Part n1 = at(j);
        // "injuries when a pedestrian is involved compared to when not": the other side's "when" before its "not".
        Part n2 = n1 != null && n1.is(Cue.VS) && at(j + 1) != null && "when".equals(at(j + 1).text)
                ? at(j + 2)
                : at(j + 1);
        boolean versusNot = n1 != null
                && (n1.is(Cue.VS) || n1.is(Cue.OR))
                && n2 != null
                && (n2.is(Cue.NOT) || negationOf(n2, at(k)) || noun && n2.kind == Kind.WORD);
        // "apps with in-app purchases vs without".
        boolean withVersusWithout = p1 != null
                && "with".equals(p1.text)
                && n1 != null
                && (n1.is(Cue.VS) || n1.is(Cue.OR))
                && n2 != null
                && n2.is(Cue.NOT)
                && "without".equals(n2.text);
        // "does the audio guide make people stay longer? avg dwell time with and without it": closing the question,
        // "with and without" (its "it" unread) stands for the yes/no column named before.
        int n = parts.size();
        boolean laterWithAndWithout = n - 3 > k
                && "with".equals(at(n - 3).text)
                && (at(n - 2).is(Cue.AND) || at(n - 2).is(Cue.OR) || at(n - 2).is(Cue.VS))
                && at(n - 1).is(Cue.NOT)
                && "without".equals(at(n - 1).text);
        return withAndWithout || versusNot || withVersusWithout || laterWithAndWithout;
    }

    /** Words whose opposite names a yes/no column ("still open" where the column says Closed), each way. */
    static final Map<String, String> OPPOSITES = bothWays(Words.pairs(
            "open=closed active=inactive online=offline passed=failed present=absent internal=external on=off day=night"
                    + " late=on_time missed=attended pass=fail"));

    /** Nouns of a state said by a flag's opposite ("failures" of Pass? (Y/N)), as the word the pairs hold. */
    private static final Map<String, String> STATE_NOUNS = Map.of("failure", "fail");

    private static Map<String, String> bothWays(Map<String, String> pairs) {
        Map<String, String> out = new HashMap<>(pairs);
        pairs.forEach((a, b) -> out.put(b, a));
        return Map.copyOf(out);
    }

    /** Whether a yes/no column's words, but for a last "yn" or "flag", are these words ("on time" for ON_TIME_YN). */
    private static boolean spelt(ColumnInfo col, String words) {
        List<String> w = col.words();
        int n = w.size() > 1 && ("yn".equals(w.get(w.size() - 1)) || "flag".equals(w.get(w.size() - 1)))
                ? w.size() - 1
                : w.size();
        return String.join(" ", w.subList(0, n)).equals(words);
    }

    /**
     * "passes and fails", "on time vs late": the flag's own state named too, by a part other than {@code opposite},
     * is both sides compared, read with the flag.
     */
    private boolean stateNamedToo(ColumnInfo col, Part opposite) {
        String last = col.lastWord();
        for (Part x : parts) {
            if (x == opposite || x.kind != Kind.COLUMN || x.column() != col) {
                continue;
            }
            if (x.quality() == Quality.EXACT
                    || q.tokens.subList(x.start, x.end).stream()
                            .anyMatch(t -> t.stem().equals(last))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the flag's name ends in {@code word}, or in the verb {@code word} is a participle of. */
    private static boolean lastWordIs(ColumnInfo col, String word) {
        String last = col.lastWord();
        return col.core().size() <= 2 && (last.equals(word) || Words.bases(word).contains(last));
    }

    /**
     * "failed tests" beside Fail Code and Pass? (Y/N): a word that only partly names columns other than flags may still
     * be a flag's opposite.
     */
    private static boolean stateOfAFlag(Part p) {
        return p.kind == Kind.COLUMN
                && p.columns.stream()
                        .allMatch(h ->
                                h.quality() == Quality.PARTIAL && h.column().role() != ColumnRole.BOOLEAN);
    }

    /** "unpaid" after "paid", "non-smokers" after "smokers": the word {@code p} is {@code name} negated. */
    private boolean negationOf(Part p, Part name) {
        if (p.kind != Kind.WORD || p.end - p.start != 1 || name == null) {
            return false;
        }
        String word = q.tokens.get(p.start).word();
        // "internal vs external" for IsInternal: an opposite is a negation too; "heating on vs off" for Heating On:
        // of any word of the name.
        for (int i = name.start; i < name.end; i++) {
            String named = q.tokens.get(i).word();
            if (unprefixed(word).equals(named) || named.equals(OPPOSITES.get(word))) {
                return true;
            }
        }
        return false;
    }

    /** The word without a negating prefix ("unpaid" -> paid, "nonsmoker" -> smoker), or "" when it has none. */
    static String unprefixed(String word) {
        for (String prefix : List.of("un", "non", "in")) {
            if (word.startsWith(prefix) && word.length() > prefix.length() + 3) {
                return word.substring(prefix.length());
            }
        }
        return "";
    }

    /**
     * "how many critical defects are still open" with a yes/no column Closed, "unpaid tickets" with Paid?: the rows
     * where it is false.
     */
    private void opposites() {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            // Not "late" read already with "more than 30 mins" as the minutes late.
            String typed = (p.kind == Kind.WORD || stateOfAFlag(p)) && p.end - p.start == 1 && !p.used
                    ? q.tokens.get(p.start).word()
                    : "";
            Token t = typed.isEmpty() ? null : q.tokens.get(p.start);
            String opposite = OPPOSITES.getOrDefault(typed, typed.isEmpty() ? null : unprefixed(typed));
            if ("".equals(opposite) && t != null && t.isPlural()) {
                // "failures", "fails" beside Pass? (Y/N): the state's noun or the verb's plural.
                opposite = OPPOSITES.getOrDefault(STATE_NOUNS.getOrDefault(t.stem(), t.stem()), "");
            }
            if ("".equals(opposite) || parts.stream().anyMatch(x -> negationOf(p, x))) {
                // "paid vs unpaid": both ways, read where the name is.
                opposite = null;
            }
            Part prev = at(k - 1);
            if (opposite == null || prev != null && prev.isGrouping()) {
                continue;
            }
            for (ColumnInfo col : q.index.columns) {
                if (col.role() == ColumnRole.BOOLEAN
                        // "closed" beside Closed; "failed" beside Pass? (Y/N), QC_PASS or Inspection Passed: the flag's
                        // last word.
                        && (lastWordIs(col, opposite) || spelt(col, opposite))
                        && col.no() != null
                        && q.filters.stream().noneMatch(f -> f.column() == col)
                        && !stateNamedToo(col, p)) {
                    q.filters.add(new Filter(col, "=", Parts.value(col, col.no()), p.text, true));
                    q.notes.matched(Quality.SYNONYM, p.text, col.name() + " = " + col.no());
                    p.used = true;
                    for (Part named : parts) {
                        if (named != p && named.kind == Kind.COLUMN && !named.used && named.column() == col) {
                            // "failed inspections", "failed QC" beside Inspection Passed, QC_PASS: the rest of the
                            // flag's name says what failed; the flag is read already.
                            named.used = true;
                        }
                    }
                    break;
                }
            }
        }
    }

    void read() {
        opposites();
        int firstCount = -1;
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).is(Cue.COUNT)) {
                firstCount = k;
                break;
            }
        }
        boolean share = parts.stream().anyMatch(x -> x.is(Cue.SHARE) || x.is(Cue.RATE));
        boolean pie = parts.stream().anyMatch(x -> x.is(Cue.CHART) && "pie".equals(x.arg));
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Kind.COLUMN || p.used || p.column().role() != ColumnRole.BOOLEAN) {
                continue;
            }
            ColumnInfo col = p.column();
            Part prev = at(k - 1);
            Part next = at(k + 1);
            boolean negated = prev != null && prev.is(Cue.NOT);
            boolean grouping = prev != null && (prev.isGrouping() || prev.is(Cue.SERIES) || prev.is(Cue.BREAKDOWN));
            // "only legendary ones", "verified purchases only", "where domestic", "that were arrested": a condition
            // on the rows.
            boolean clause = next != null && next.is(Cue.ONLY)
                    || prev != null
                            && (prev.is(Cue.WHERE)
                                    || prev.is(Cue.ONLY)
                                    || (prev.is(Cue.WHICH) && !"which".equals(prev.text)))
                    || (negated
                            && at(k - 2) != null
                            && (at(k - 2).is(Cue.WHERE) || at(k - 2).is(Cue.WHICH)));
            String before = p.start > 0 ? q.tokens.get(p.start - 1).raw() : "";
            // "median balance by ward for households on single person discount": "on" a flag is a condition too.
            boolean ofMeasured = List.of("of", "among", "amongst", "for", "on", "with", "to")
                            .contains(before)
                    && !q.has(Cue.VS)
                    && !q.has(Cue.COMPARE)
                    && parts.subList(0, k).stream()
                            .anyMatch(x -> x.kind == Kind.COLUMN && x.column().isMeasure());
            // "short picks" for short_pick, "excursions by driver" for Excursion: the name itself in the plural is
            // the rows where it holds.
            Token last = q.tokens.get(p.end - 1);
            boolean pluralName = p.quality() == Quality.EXACT
                    && last.isPlural()
                    && !q.has(Cue.VS)
                    && !q.has(Cue.COMPARE)
                    && !(prev != null && prev.is(Cue.SUPER));
            // "cancellations by weather", "how many diversions" for CANCELLED, DIVERTED: a noun of the event in the
            // plural counts the rows where it happened; its rate is asked for by "rate" or "share".
            boolean eventNoun = p.end - p.start == 1
                    && last.isPlural()
                    && !col.words().contains(last.stem())
                    && !col.words().contains(last.word())
                    && !share
                    && !q.has(Cue.VS)
                    && !q.has(Cue.COMPARE)
                    && !(prev != null && prev.is(Cue.SUPER));
            // "refunded season passes": values of the rows may stand between the flag and their noun.
            int n = k + 1;
            while (at(n) != null && at(n).kind == Kind.VALUE) {
                n++;
            }
            Part thing = at(n);
            // "void months by branch" in a ledger of property-months: the months where it holds.
            boolean beforePeriods = thing != null
                    && thing.is(Cue.UNIT)
                    && thing.start == p.end
                    && q.tokens.get(thing.start).isPlural()
                    && at(n + 1) != null
                    && at(n + 1).isGrouping();
            boolean beforeRows = thing != null
                    && (thing.kind == Kind.COLUMN
                                    && thing.columns.stream()
                                            .anyMatch(h -> h.column().entity() != null)
                            || thing.kind == Kind.WORD && rowsNoun(q.tokens.get(thing.start))
                            || beforePeriods);
            // "which house has the most alarms": the flag's plural ranked counts the rows where it holds.
            boolean ranked = prev != null && prev.is(Cue.SUPER) && p.end == q.tokens.size() && last.isPlural();
            // "offshore parts spend by turbine model" beside OFFSHORE_FLAG: a flag's word right before a measure
            // says which rows the measure is of.
            boolean beforeMeasure = next != null
                    && next.kind == Kind.COLUMN
                    && next.start == p.end
                    && next.column().isMeasure()
                    && !last.isPlural()
                    && !q.has(Cue.VS)
                    && !q.has(Cue.COMPARE);
            // "sessions that had a coach there", "with a coach": a thing the rows had is the flag that says so.
            boolean possessed = p.start >= 2
                    && Set.of("a", "an").contains(q.tokens.get(p.start - 1).word())
                    && Set.of("had", "has", "have", "with")
                            .contains(q.tokens.get(p.start - 2).word());
            boolean adjective =
                    ofMeasured || pluralName || eventNoun || beforeRows || ranked || beforeMeasure || possessed;
            // "how many survived", "smokers count": a count of the rows where it holds; "survival by number of
            // siblings" counts nothing about survival (its "number of" names the grouping).
            boolean counting = firstCount >= 0 && (firstCount < k || firstCount == k + 1);
            boolean shareBefore = false;
            for (int j = 0; j < k; j++) {
                shareBefore |= parts.get(j).is(Cue.SHARE) || parts.get(j).is(Cue.RATE);
            }
            if (bothWays(k)) {
                // "patients with and without heart disease", "disease vs not": the two groups side by side.
                q.addDim(col, DimRole.COMPARE, p.text);
                p.used = true;
                continue;
            }
            // "share of sold lots by channel, pie": a pie's slices are shares among the rows it describes; elsewhere
            // a share of a flag is its rate.
            // "what share of alarms come from each portfolio": the flag's plural right after "share of", then a
            // grouping, divides the rows where it holds among the groups.
            boolean sharedOut = prev != null
                    && prev.is(Cue.SHARE)
                    && last.isPlural()
                    && parts.subList(k + 1, parts.size()).stream().anyMatch(x -> x.isGrouping());
            if (grouping || (shareBefore && !negated && !(beforeRows && pie) && !sharedOut)) {
                continue;
            }
            if (negated || clause || adjective || sharedOut || (counting && !share)) {
                String v = negated ? col.no() : col.yes();
                q.filters.add(new Filter(col, "=", Parts.value(col, v), p.text, true));
                q.notes.matched(p.quality(), p.text, col.name() + " = " + v);
                p.used = true;
                if (negated) {
                    prev.used = true;
                }
            }
        }
    }

    /**
     * "reopened requests", "refunded orders": a plural word the schema does not know names the rows it describes
     * (unless two groups are compared: "subscribers vs non subscribers").
     */
    private boolean rowsNoun(Token t) {
        return q.index.isRowNoun(t.stem())
                || q.index.namesRowIds(t)
                || q.index.unknownPlural(t) && !q.has(Cue.VS) && !q.has(Cue.COMPARE);
    }
}
