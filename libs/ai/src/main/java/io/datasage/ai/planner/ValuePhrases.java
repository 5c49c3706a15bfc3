package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Rewrites about values: a value named by one of its words, its first word or its participle, several values named by
 * the word they begin with, a value's words said apart, a number inside a value, a kind named by a value, the rows of
 * a participle value, and values that are really a column's or the file's name.
 */
final class ValuePhrases {

    private ValuePhrases() {}

    /**
     * "hires by department" beside Stage (Hired) and HireDate, "how many cancellations" beside status (Cancelled): the
     * plural noun of the one participle value is the rows with that value, unless it names a column exactly; so is its
     * -ing form before a noun ("dispensing lines").
     */
    static void rowsOfAParticipleValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            // "dispensing lines" beside a movement_type holding Dispensed: the verb's -ing form, before a noun.
            boolean gerund = p.end - p.start == 1
                    && p.kind == Part.Kind.WORD
                    && t.word().endsWith("ing")
                    && k + 1 < parts.size()
                    && parts.get(k + 1).start == p.end
                    // Not "users printing each month": the things done, after it.
                    && tokens.get(p.end).isPlural();
            boolean candidate = p.end - p.start == 1
                    && t.isPlural()
                    && !Words.isParticiple(t.word())
                    && (p.kind == Part.Kind.WORD || p.kind == Part.Kind.COLUMN && p.quality() != Quality.EXACT);
            if (!candidate && !gerund) {
                continue;
            }
            List<ValueIndex.Entry> values = new java.util.ArrayList<>();
            for (String base : gerund ? Words.bases(t.word()) : List.of(t.stem())) {
                index.values.participlesNamedBy(base).stream()
                        .filter(v -> !values.contains(v))
                        .forEach(values::add);
            }
            if (values.size() == 1) {
                parts.set(k, asValue(p, values.get(0)));
            }
        }
    }

    /**
     * "total qty destroyed by drug", "top 10 drugs for waste entries" beside a movement_type holding Destroyed/Wasted:
     * a word, or the verb, of one of a value's alternatives is that value.
     */
    static void alternativesOfAValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        wordsOfOneValue(parts, tokens, start -> true, index.values::participleAlternatives);
    }

    /** Each one-word part where {@code where} holds whose word {@code values} finds exactly one value of, as it. */
    private static void wordsOfOneValue(
            List<Part> parts, List<Token> tokens, IntPredicate where, Function<String, List<ValueIndex.Entry>> values) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD || p.end - p.start != 1 || !where.test(p.start)) {
                continue;
            }
            List<ValueIndex.Entry> found = values.apply(tokens.get(p.start).word());
            if (found.size() == 1) {
                parts.set(k, asValue(p, found.get(0)));
            }
        }
    }

    /**
     * "how many quotes did we win" beside an Outcome holding Won: a verb asked after "did we" whose irregular
     * participle is one value is that value.
     */
    static void verbOfAValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        wordsOfOneValue(
                parts,
                tokens,
                start -> start >= 2
                        && SUBJECTS.contains(tokens.get(start - 1).word())
                        && ASKING.contains(tokens.get(start - 2).word()),
                index.values::irregularParticiplesOf);
    }

    /**
     * "members v visitors", "just members" beside memberNo and a playerType holding Member and Visitor: a plural an id
     * is named after, beside another value of a category or kept alone, is that category's value.
     */
    static void valuesOverIds(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.column().role() != ColumnRole.ID
                    || !tokens.get(p.start).isPlural()) {
                continue;
            }
            ValueIndex.Found value = index.values.exact(tokens, p.start).stream()
                    .filter(f -> f.length() == 1 && f.entry().column().role() == ColumnRole.CATEGORY)
                    .findFirst()
                    .orElse(null);
            if (value == null) {
                continue;
            }
            ColumnInfo col = value.entry().column();
            boolean paired = pairedValue(parts, k + 2, k + 1, col) || pairedValue(parts, k - 2, k - 1, col);
            boolean kept = k > 0 && parts.get(k - 1).is(Cue.ONLY);
            if (paired || kept) {
                parts.set(k, Part.value(p.start, p.end, p.text, List.of(value)));
            }
        }
    }

    /** Whether part {@code at}, across a "vs" or "and" at {@code between}, is a value of {@code col}. */
    private static boolean pairedValue(List<Part> parts, int at, int between, ColumnInfo col) {
        if (at < 0 || at >= parts.size()) {
            return false;
        }
        Part cue = parts.get(between);
        Part other = parts.get(at);
        return (cue.is(Cue.VS) || cue.is(Cue.AND))
                && other.kind == Part.Kind.VALUE
                && other.values.stream().anyMatch(f -> f.entry().column() == col);
    }

    /**
     * "bookings by experience" beside a booking_type holding Experience and an experience_type: after "by", a word
     * that begins a category's name before a word of kind is that category, not the value.
     */
    static void kindsGroupedByName(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE
                    || p.end - p.start != 1
                    || !parts.get(k - 1).isGrouping()) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            ColumnInfo kind = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.role() == ColumnRole.CATEGORY
                            && c.words().size() == 2
                            && c.words().get(0).equals(stem)
                            && SchemaIndex.KIND_NAMES.contains(c.words().get(1))
                            && p.values.stream().noneMatch(f -> f.entry().column() == c));
            if (kind != null) {
                parts.set(k, PhraseRewrites.asColumn(p, kind, Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "top 3 insurers by fee income" beside INS_CO and a REF_SRC holding Insurer: things ranked are the column named
     * after them, written short or whole, not one value of another column.
     */
    static void rankedThingsNotValues(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 2; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.VALUE
                    || p.end - p.start != 1
                    || !t.isPlural()
                    || parts.get(k - 1).kind != Part.Kind.NUMBER
                    || !parts.get(k - 2).is(Cue.TOP)) {
                continue;
            }
            String stem = t.stem();
            ColumnInfo named = PhraseRewrites.onlyColumn(
                    index,
                    c -> !c.isMeasure()
                            && !c.isTime()
                            && c.role() != ColumnRole.BOOLEAN
                            && !c.words().isEmpty()
                            && (c.words().get(0).equals(stem)
                                    || WordForms.abbreviates(c.words().get(0), stem)));
            if (named != null && p.values.stream().noneMatch(f -> f.entry().column() == named)) {
                parts.set(k, PhraseRewrites.asColumn(p, named, Quality.SYNONYM, 0.85));
            }
        }
    }

    private static final Set<String> SUBJECTS = Set.of("we", "they", "you", "i");
    private static final Set<String> ASKING = Set.of("did", "do", "does");

    /** The one-word part read as naming {@code value}. */
    private static Part asValue(Part p, ValueIndex.Entry value) {
        return Part.value(p.start, p.end, p.text, List.of(new ValueIndex.Found(value, 1, Quality.SYNONYM)));
    }

    /**
     * "matinee vs evening" beside Perf Slot (Mat, Eve): two words compared that two values of one column abbreviate
     * are those values.
     */
    static void abbreviatedValuesCompared(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part a = parts.get(k);
            Part b = parts.get(k + 2);
            if (!parts.get(k + 1).is(Cue.VS)
                    || a.kind != Part.Kind.WORD
                    || b.kind != Part.Kind.WORD
                    || a.end - a.start != 1
                    || b.end - b.start != 1) {
                continue;
            }
            List<ValueIndex.Entry> first =
                    index.values.abbreviating(tokens.get(a.start).word());
            List<ValueIndex.Entry> second =
                    index.values.abbreviating(tokens.get(b.start).word());
            if (first.size() != 1
                    || second.size() != 1
                    || first.get(0).column() != second.get(0).column()
                    || first.get(0).value().equals(second.get(0).value())) {
                continue;
            }
            parts.set(
                    k,
                    Part.value(
                            a.start, a.end, a.text, List.of(new ValueIndex.Found(first.get(0), 1, Quality.SYNONYM))));
            parts.set(
                    k + 2,
                    Part.value(
                            b.start, b.end, b.text, List.of(new ValueIndex.Found(second.get(0), 1, Quality.SYNONYM))));
        }
    }

    /**
     * "refunded season passes" beside a Season column and a Pass Type holding "Season": a value of a kind column
     * right before the plural of its noun is that kind, not the other column it names.
     */
    static void valueOfAKind(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
     * "top 5 BMS by units issued" beside an issued_by of BMS-KT, BMS-AR, BMS-JL: the word every value of a column begins
     * with names the column, not the one value it happens to match.
     */
    static void prefixOfEveryValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1) {
                continue;
            }
            ColumnInfo c = p.value().column();
            List<String> top = c.schema().topValues();
            List<ValueIndex.Entry> begun =
                    index.values.beginningWith(tokens.get(p.start).stem(), c);
            if (top.size() >= 3 && begun.size() >= top.size()) {
                parts.set(k, PhraseRewrites.asColumn(p, c, Quality.SYNONYM, 0.8));
            }
        }
    }

    /**
     * "aborted matters by fee earner" beside a STATUS holding "Aborted - Chain Collapse" and "Aborted - Survey": a
     * participle nothing else read that two or more values of one category begin with, but not all of them, stands for
     * all those values, one filter, as does the plural of that word ("repairs" for "Repair - Rebacking" and "Repair -
     * Full Rebind"); a last word after "by" that nothing else read is then their column ("by reason").
     */
    static void firstWordOfSeveralValues(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.WORD
                    || p.end - p.start != 1
                    || !t.isWord()
                    || !Words.isParticiple(t.word())
                            && participleOfNoun(t.stem()).isEmpty()
                            && !t.isPlural()
                    || index.isRowNoun(t.stem())) {
                continue;
            }
            List<ValueIndex.Entry> begun = index.values.beginningWith(t.stem());
            // "cancellations by reason": the noun of the participle the values begin with.
            for (String participle : participleOfNoun(t.stem())) {
                if (begun.isEmpty()) {
                    begun = index.values.beginningWith(participle);
                }
            }
            ColumnInfo c = begun.isEmpty() ? null : begun.get(0).column();
            List<ValueIndex.Entry> toldApart = begun.stream()
                    .filter(e -> saysAnotherWord(e, tokens, parts))
                    .toList();
            boolean plainWords = c != null
                    && c.role() == ColumnRole.CATEGORY
                    && begun.stream().allMatch(e -> e.column() == c);
            if (plainWords
                    && begun.size() >= 2
                    && toldApart.size() == 1
                    && otherWordsPlain(toldApart.get(0), parts, tokens)) {
                // "out of stock cancellations" beside "Cancelled - Out of Stock": the one value the other words tell
                // apart, where nothing else read them.
                ValueIndex.Entry one = toldApart.get(0);
                parts.set(
                        k, Part.value(p.start, p.end, p.text, List.of(new ValueIndex.Found(one, 1, Quality.SYNONYM))));
                for (int j = 0; j < parts.size(); j++) {
                    Part w = parts.get(j);
                    if (w.kind == Part.Kind.WORD
                            && one.stems().indexOf(tokens.get(w.start).stem()) > 0) {
                        parts.set(j, PhraseRewrites.understoodWord(w.start, tokens));
                    }
                }
                continue;
            }
            if (c == null
                    || c.role() != ColumnRole.CATEGORY
                    || begun.size() < 2
                    || begun.size() >= c.schema().topValues().size()
                    || begun.stream().anyMatch(e -> e.column() != c)
                    || !toldApart.isEmpty()) {
                // "cancelled for weather vs cancelled by the client": the words that tell one value apart name it.
                continue;
            }
            List<ValueIndex.Found> found = new ArrayList<>();
            begun.forEach(e -> found.add(new ValueIndex.Found(e, 1, Quality.SYNONYM)));
            parts.set(k, Part.value(p.start, p.end, p.text, found));
            // "cancelled trips by reason": what tells those values apart, a word nothing else read, is their column.
            for (int j = k + 1; j + 1 < parts.size(); j++) {
                Part by = parts.get(j);
                Part word = parts.get(j + 1);
                if ((by.is(Cue.BY) || by.is(Cue.BREAKDOWN))
                        && word.kind == Part.Kind.WORD
                        && word.end - word.start == 1
                        && j + 2 == parts.size()) {
                    parts.set(j + 1, PhraseRewrites.asColumn(word, c, Quality.SYNONYM, 0.8));
                }
            }
        }
    }

    /** The participles a noun of action may come from ("cancellation" -> cancelled, canceled), or none. */
    private static List<String> participleOfNoun(String stem) {
        if (!stem.endsWith("ation") || stem.length() < 9) {
            return List.of();
        }
        String root = stem.substring(0, stem.length() - 5);
        List<String> out = new ArrayList<>();
        out.add(root + "ed");
        if (root.endsWith("ll")) {
            out.add(root.substring(0, root.length() - 1) + "ed");
        } else if (root.endsWith("l")) {
            out.add(root + "led");
        }
        return out;
    }

    /**
     * "how many went for brown belt" beside a beltTo holding "Brown (1st Kyu)": a colour word (otherwise a change of
     * looks) right before a name, where one value of that column begins with it, is that value.
     */
    static void colourOfAValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part colour = parts.get(k);
            Part name = parts.get(k + 1);
            if (!colour.is(Cue.STYLE) || colour.end - colour.start != 1 || name.kind != Part.Kind.COLUMN) {
                continue;
            }
            ColumnInfo c = name.column();
            List<ValueIndex.Entry> begun =
                    index.values.beginningWith(tokens.get(colour.start).stem(), c);
            if (begun.size() == 1) {
                String text = colour.text + " " + name.text;
                int length = name.end - colour.start;
                parts.set(
                        k,
                        Part.value(
                                colour.start,
                                name.end,
                                text,
                                List.of(new ValueIndex.Found(begun.get(0), length, Quality.SYNONYM))));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "breakdowns per engineer" beside a JOB_TYP holding BREAKDOWN: the plural of a keyword that is one value of the
     * data names the rows with that value, not the keyword ("a breakdown of sales" stays one).
     */
    static void pluralKeywordThatIsAValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (!p.is(Cue.BREAKDOWN) || p.end - p.start != 1 || !t.isPlural()) {
                continue;
            }
            List<ValueIndex.Entry> found = index.values.spelledAs(t.stem());
            if (found.size() == 1) {
                parts.set(k, asValue(p, found.get(0)));
            }
        }
    }

    /** Whether the question says a word of the value other than its first. */
    private static boolean saysAnotherWord(ValueIndex.Entry e, List<Token> tokens, List<Part> parts) {
        List<String> stems = e.stems();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((stems.indexOf(t.stem()) > 0 || stems.indexOf(t.word()) > 0) && !inOtherName(parts, i, e.column())) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of the question that tells this value apart was read as nothing else (a plain word). */
    private static boolean otherWordsPlain(ValueIndex.Entry e, List<Part> parts, List<Token> tokens) {
        for (Part p : parts) {
            for (int i = p.start; i < p.end; i++) {
                Token t = tokens.get(i);
                if ((e.stems().indexOf(t.stem()) > 0 || e.stems().indexOf(t.word()) > 0) && p.kind != Part.Kind.WORD) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether token {@code i} is a word of a longer name of a column other than {@code c} ("cust" of "cust type" for
     * CUST_TYPE; not "weather" alone beside a Weather column, which may still tell a value apart).
     */
    private static boolean inOtherName(List<Part> parts, int i, ColumnInfo c) {
        return parts.stream()
                .anyMatch(p -> p.kind == Part.Kind.COLUMN
                        && p.end - p.start > 1
                        && p.start <= i
                        && i < p.end
                        && p.column() != c);
    }

    /**
     * "damaged write offs", "written off as expired" beside a movement_type holding "Written Off - Damaged" and
     * "Written Off - Expired": a participle nothing else explains that only one value of several words has is that
     * value.
     */
    static void wordOfOneValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            boolean loose = p.kind == Part.Kind.WORD || p.kind == Part.Kind.COLUMN && p.quality() == Quality.FUZZY;
            if (!loose || p.end - p.start != 1 || !Words.isParticiple(t.word())) {
                continue;
            }
            List<ValueIndex.Entry> found = index.values.withWord(t.word());
            if (found.size() == 1) {
                parts.set(k, asValue(p, found.get(0)));
            }
        }
        // "a dc arc detected" beside "F-415 DC Arc Detected": the value's other words said before it belong to it.
        for (int k = 1; k < parts.size(); k++) {
            Part v = parts.get(k);
            if (v.kind != Part.Kind.VALUE
                    || v.end - v.start != 1
                    || v.value().stems().size() < 3) {
                continue;
            }
            List<String> stems = v.value().stems();
            int j = k;
            while (j > 0) {
                Part before = parts.get(j - 1);
                boolean word = before.kind == Part.Kind.WORD || before.kind == Part.Kind.COLUMN;
                if (!word || before.end - before.start != 1 || before.end != parts.get(j).start) {
                    break;
                }
                Token b = tokens.get(before.start);
                if (!stems.contains(b.word()) && !stems.contains(b.stem())) {
                    break;
                }
                j--;
            }
            if (j < k) {
                Part first = parts.get(j);
                Part merged = Part.value(
                        first.start,
                        v.end,
                        Annotator.text(tokens, first.start, v.end - first.start),
                        List.of(new ValueIndex.Found(v.value(), v.end - first.start, Quality.SYNONYM)));
                parts.subList(j, k + 1).clear();
                parts.add(j, merged);
                k = j;
            }
        }
    }

    /**
     * "only the 80 mg arm" beside an ARM holding "Drug X 80 mg": a number and its unit that only one value holds,
     * before that value's column or alone, are that value.
     */
    static void numberInAValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part n = parts.get(k);
            Part unit = parts.get(k + 1);
            if (n.kind != Part.Kind.NUMBER || unit.kind != Part.Kind.WORD || unit.start != n.end) {
                continue;
            }
            List<ValueIndex.Entry> found = index.values.holding(
                    List.of(tokens.get(n.start).raw(), tokens.get(unit.start).stem()));
            if (found.size() != 1) {
                continue;
            }
            Part after = k + 2 < parts.size() ? parts.get(k + 2) : null;
            boolean named = after != null
                    && after.kind == Part.Kind.COLUMN
                    && after.start == unit.end
                    && after.column() == found.get(0).column();
            int end = named ? after.end : unit.end;
            Part value = Part.value(
                    n.start,
                    end,
                    Annotator.text(tokens, n.start, end - n.start),
                    List.of(new ValueIndex.Found(found.get(0), end - n.start, Quality.PARTIAL)));
            parts.subList(k, named ? k + 3 : k + 2).clear();
            parts.add(k, value);
        }
    }

    /**
     * "monthly rtv value" in rtv_lines beside DISP holding "Return to Vendor": the initials the file is named by are
     * what its rows are, not a value whose words they begin.
     */
    static void fileSubjectNotAValue(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1) {
                continue;
            }
            String w = tokens.get(p.start).word();
            String value = p.values.get(0).entry().compact();
            if (w.length() <= 4 && !value.startsWith(w) && index.nameStartsWith(w) && index.nameEndsWithLinesOf(w)) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /** Words a value may hold that the question says otherwise or leaves out ("Not Ready" for "wasnt ready"). */
    private static final Set<String> LOOSE_VALUE_WORDS = Set.of("not", "no", "non");

    /**
     * "tasks cancelled because the patient wasnt ready" beside STATUS holding "Cancelled - Patient Not Ready", "drops
     * aborted cos of wind" beside "Aborted - Wind": every word of one value, said apart among words nothing else read
     * (within eight words), is that value.
     */
    static void valueWordsApart(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        Map<ValueIndex.Entry, TreeSet<Integer>> seen = new LinkedHashMap<>();
        Set<ValueIndex.Entry> unread = new HashSet<>();
        for (Part p : parts) {
            // "sessions got cancelled cos of the weather" beside Weather and a Status of Cancelled - Weather: a word
            // that is also a column's whole name may be one of them, with a word nothing read.
            boolean named = p.kind == Part.Kind.COLUMN && p.end - p.start == 1;
            if (p.kind != Part.Kind.WORD && !named) {
                continue;
            }
            Token t = tokens.get(p.start);
            for (ValueIndex.Entry e : index.values.withWord(t.stem())) {
                if (named && e.column() == p.column()) {
                    continue;
                }
                seen.computeIfAbsent(e, x -> new TreeSet<>()).add(p.start);
                if (!named) {
                    unread.add(e);
                }
            }
        }
        seen.keySet().retainAll(unread);
        ValueIndex.Entry found = null;
        Set<Integer> at = null;
        for (var e : seen.entrySet()) {
            List<String> needed = e.getKey().stems().stream()
                    .filter(w -> !Words.STOPWORDS.contains(w) && !LOOSE_VALUE_WORDS.contains(w))
                    .distinct()
                    .toList();
            Set<String> said = new HashSet<>();
            e.getValue().forEach(i -> said.add(tokens.get(i).stem()));
            int first = e.getValue().first();
            int last = e.getValue().last();
            if (needed.size() < 2 || !said.containsAll(needed) || last - first > 8) {
                continue;
            }
            if (found != null) {
                return;
            }
            found = e.getKey();
            at = e.getValue();
        }
        if (found == null) {
            return;
        }
        boolean first = true;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD && p.kind != Part.Kind.COLUMN || !at.contains(p.start)) {
                continue;
            }
            if (first) {
                parts.set(
                        k,
                        Part.value(p.start, p.end, p.text, List.of(new ValueIndex.Found(found, 1, Quality.PARTIAL))));
                first = false;
            } else {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "events by review status" where status holds "reviewed": after "by", a value right before its own column's
     * name is a word of the column's phrase, not a filter.
     */
    static void valueNamingItsColumn(List<Part> parts) {
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
}
