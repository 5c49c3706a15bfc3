package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** Rereads yes/no names split or wrapped by a question: "the queen wasn't seen", "each site closed", "organic lines only". */
final class FlagWords {

    /** Words that negate the name after them ("off-peak", "non-member"). */
    private static final java.util.Set<String> NEGATING = java.util.Set.of("off", "non", "not");

    private FlagWords() {}

    /** Words that pick out some of the rows' own things in a flag's name: "first visit", "late delivery". */
    private static final java.util.Set<String> SUBSET_WORDS =
            Words.set("first last new repeat returning return late early");

    /**
     * "top 10 members by visits" beside first_visit, "deliveries per week" beside Late Delivery: the thing alone,
     * without the word that picks some of them out, is all of them (the rows), not the flag.
     */
    static void thingsWithoutTheirSubset(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1) {
                continue;
            }
            ColumnInfo flag = p.column();
            List<String> core = flag.core();
            Token t = tokens.get(p.start);
            boolean subset = flag.role() == ColumnRole.BOOLEAN
                    && core.size() == 2
                    && SUBSET_WORDS.contains(core.get(0))
                    && t.forms().contains(core.get(1))
                    && (p.start == 0
                            || !SUBSET_WORDS.contains(tokens.get(p.start - 1).word()));
            if (subset && p.columns.stream().allMatch(h -> h.quality() == Quality.PARTIAL)) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "sessions that had a coach there" beside COACH_NM and COACH_PRESENT: after "had a" or "with a", a word that
     * names a yes/no column among others is that flag.
     */
    static void possessedFlags(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.start < 2
                    || !Set.of("a", "an").contains(tokens.get(p.start - 1).word())
                    || !Set.of("had", "has", "have", "with")
                            .contains(tokens.get(p.start - 2).word())
                    || p.column().role() == ColumnRole.BOOLEAN) {
                continue;
            }
            List<ColumnMatcher.Hit> flags = p.columns.stream()
                    .filter(h -> h.column().role() == ColumnRole.BOOLEAN)
                    .toList();
            if (flags.size() == 1) {
                parts.set(k, Part.column(p.start, p.end, p.text, flags));
            }
        }
    }

    /** "first timers" beside firstVisit or FIRST_VISIT_FLG: the rows of the one flag of a first time. */
    static void firstTimers(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part first = parts.get(k);
            Part timers = parts.get(k + 1);
            if (first.end - first.start != 1
                    || !"first".equals(tokens.get(first.start).word())
                    || timers.kind != Part.Kind.WORD
                    || timers.start != first.end
                    || !"timer".equals(tokens.get(timers.start).stem())) {
                continue;
            }
            ColumnInfo flag = SchemaIndex.only(
                    index.columns,
                    c -> c.role() == ColumnRole.BOOLEAN
                            && c.words().size() > 1
                            && "first".equals(c.words().get(0)));
            if (flag != null) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, flag, Quality.EXACT, 0.95);
            }
        }
    }

    /** "days with no outdoor access" beside Outdoor Access Y/N: "no" right before a flag's name is its no. */
    static void noBeforeFlags(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int before = p.start - 1;
            boolean flag = p.kind == Part.Kind.COLUMN && p.column().role() == ColumnRole.BOOLEAN;
            if (flag
                    && before >= 0
                    && "no".equals(tokens.get(before).word())
                    && (k == 0 || parts.get(k - 1).end <= before)) {
                parts.add(k, Part.cue(before, p.start, "no", Cue.NOT, null));
                k++;
            }
        }
    }

    /**
     * "webcast y/n per service type", "on time Y/N per provider": a flag's name said with both its sides is the two
     * values compared, as "within SLA Y/N" with the sides read apart is, not the share of yes.
     */
    static void sidesInFlagNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int n = p.end - 1;
            int y = n - 2;
            if (p.kind != Part.Kind.COLUMN
                    || p.column().role() != ColumnRole.BOOLEAN
                    || y <= p.start
                    || !"/".equals(tokens.get(y + 1).raw())) {
                continue;
            }
            ValueIndex.Entry yes = sideOf(p.column(), tokens, y, index);
            ValueIndex.Entry no = sideOf(p.column(), tokens, n, index);
            if (yes == null || no == null || yes == no) {
                continue;
            }
            String name = String.join(
                    " ", tokens.subList(p.start, y).stream().map(Token::raw).toList());
            parts.set(k, Part.column(p.start, y, name, p.columns));
            parts.add(
                    k + 1,
                    Part.value(y, y + 1, tokens.get(y).raw(), List.of(new ValueIndex.Found(yes, 1, Quality.EXACT))));
            parts.add(
                    k + 2,
                    Part.value(n, n + 1, tokens.get(n).raw(), List.of(new ValueIndex.Found(no, 1, Quality.EXACT))));
            k += 2;
        }
    }

    /** The value of {@code flag} that the one token at {@code i} spells, or null. */
    private static ValueIndex.Entry sideOf(ColumnInfo flag, List<Token> tokens, int i, SchemaIndex index) {
        return index.values.exact(tokens.subList(i, i + 1), 0).stream()
                .map(ValueIndex.Found::entry)
                .filter(e -> e.column() == flag)
                .findFirst()
                .orElse(null);
    }

    /** "organic lines only": "lines" after a flag or a value is the rows they describe, not a line chart. */
    static void describedLines(List<Part> parts, List<Token> tokens) {
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
     * "median weekly rate for climate controlled units" beside Unit No: with a measure asked for, a plural after a flag
     * is the things the flag keeps, not a grouping by their number.
     */
    static void describedThings(List<Part> parts, List<Token> tokens) {
        boolean measured = parts.stream()
                .anyMatch(x -> x.kind == Part.Kind.COLUMN && x.column().isMeasure());
        for (int k = 1; measured && k < parts.size(); k++) {
            Part p = parts.get(k);
            Part flag = parts.get(k - 1);
            Part before = k > 1 ? parts.get(k - 2) : null;
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && tokens.get(p.start).isPlural()
                    && (p.column().role() == ColumnRole.CATEGORY || p.column().role() == ColumnRole.ID)
                    && flag.kind == Part.Kind.COLUMN
                    && flag.column().role() == ColumnRole.BOOLEAN
                    && flag.end == p.start
                    && (before == null || !before.isGrouping())) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "adjustments not posted" beside ADJ_POSTED: a flag's name split around "not" is the flag once, negated; the
     * words before name the rows.
     */
    static void splitAroundNot(List<Part> parts) {
        for (int k = parts.size() - 1; k >= 2; k--) {
            Part first = parts.get(k - 2);
            Part not = parts.get(k - 1);
            Part flag = parts.get(k);
            if (first.kind == Part.Kind.COLUMN
                    && flag.kind == Part.Kind.COLUMN
                    && not.is(Cue.NOT)
                    && flag.column().role() == ColumnRole.BOOLEAN
                    && first.column() == flag.column()) {
                parts.remove(k - 2);
                k--;
            }
        }
    }

    /** "days out of service", "items out of stock" for In Service, In Stock: "out of" before a flag negates it. */
    static void outOfFlags(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int at = p.start;
            if (p.kind != Part.Kind.COLUMN) {
                continue;
            }
            // "out-of-range readings": hyphens may join the words.
            int of = before(tokens, at);
            int out = of < 0 ? -1 : before(tokens, of);
            boolean outOf = out >= 0
                    && "out".equals(tokens.get(out).word())
                    && "of".equals(tokens.get(of).word());
            if (outOf && p.column().role() != ColumnRole.BOOLEAN) {
                // "out of tolerance" beside Tol_mm and InTol: the flag that says "in".
                for (ColumnMatcher.Hit h : p.columns) {
                    if (h.column().role() == ColumnRole.BOOLEAN
                            && "in".equals(h.column().words().get(0))) {
                        p = PhraseRewrites.asColumn(p, h.column(), h.quality(), h.score());
                        parts.set(k, p);
                        break;
                    }
                }
            }
            if (p.column().role() != ColumnRole.BOOLEAN) {
                continue;
            }
            boolean free = k == 0 || parts.get(k - 1).end <= out;
            if (outOf && free) {
                parts.add(k, Part.cue(out, at, "out of", Cue.NOT, null));
                k++;
            }
        }
    }

    /** The index of the word before token {@code i}, past a hyphen; -1 when none. */
    private static int before(List<Token> tokens, int i) {
        int j = i - 1;
        if (j >= 0 && "-".equals(tokens.get(j).raw())) {
            j--;
        }
        return j >= 0 && tokens.get(j).isWord() ? j : -1;
    }

    /**
     * "night works vs day works" for Night Works: after a yes/no name and "vs", the opposite of one of its words is
     * the other side of the flag, not a column of its own (Actual Days); so is the name again after "off" or "non"
     * ("peak vs off-peak").
     */
    static void oppositeSides(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part flag = parts.get(k);
            Part side = parts.get(k + 2);
            if (flag.kind != Part.Kind.COLUMN
                    || flag.column().role() != ColumnRole.BOOLEAN
                    || !(parts.get(k + 1).is(Cue.VS) || parts.get(k + 1).is(Cue.OR))) {
                continue;
            }
            Part again = k + 3 < parts.size() ? parts.get(k + 3) : null;
            if (side.kind == Part.Kind.WORD
                    && NEGATING.contains(tokens.get(side.start).word())
                    && again != null
                    && again.kind == Part.Kind.COLUMN
                    && again.column() == flag.column()
                    && again.start - side.end <= 1) {
                // "peak vs off-peak" for Peak (0/1): the flag against its negation.
                parts.set(k + 2, Part.cue(side.start, again.end, "not", Cue.NOT, null));
                parts.remove(k + 3);
                continue;
            }
            if (side.kind != Part.Kind.COLUMN) {
                continue;
            }
            String opposite = YesNoFilters.OPPOSITES.get(tokens.get(side.start).word());
            for (int i = flag.start; i < flag.end && opposite != null; i++) {
                if (opposite.equals(tokens.get(i).word())) {
                    parts.set(
                            k + 2, Part.word(side.start, tokens.get(side.start).raw()));
                    break;
                }
            }
        }
    }

    /**
     * "the queen wasn't seen", "queen was seen" for Queen Seen: a yes/no name's two words around a verb or a negation
     * name the flag; the negation goes before it, as in "not queen seen".
     */
    static void splitFlagNames(List<Part> parts, List<Token> tokens) {
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
                            Annotator.text(tokens, a.start, b.end - a.start),
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
    static void groupedFlagNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part cue = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 2
                    || !cue.isGrouping()
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
}
