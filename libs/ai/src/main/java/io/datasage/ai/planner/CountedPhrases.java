package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/**
 * Rewrites about what is counted or added up: a measure named a count or a tally and the things it counts, "per head",
 * units counted, the lines of a file, "how much" of things an id names, the things listed, the thing whose measure it
 * is.
 */
final class CountedPhrases {

    private CountedPhrases() {}

    /**
     * "average count per sighting", "biggest single count of woodpigeons", "robins counted in total" beside BIRD_COUNT:
     * a count averaged, ranked or added up is the measure named a count, not a count of rows.
     */
    static void countAddedUp(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo counts = index.countMeasure;
        if (counts == null) {
            return;
        }
        boolean measureNamed = parts.stream()
                .anyMatch(p -> p.kind == Part.Kind.COLUMN && p.column().isMeasure());
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String word = tokens.get(p.start).word();
            if (!p.is(Cue.COUNT) || !word.startsWith("count") && !word.startsWith("tall")) {
                continue;
            }
            int before = k - 1;
            // Skipping what describes the things counted: "total goldfinches counted", "biggest single count".
            while (before >= 0
                    && (parts.get(before).kind == Part.Kind.WORD || parts.get(before).kind == Part.Kind.VALUE)) {
                before--;
            }
            boolean aggregated = before >= 0
                    && (parts.get(before).is(Cue.AGG) || parts.get(before).is(Cue.SUPER));
            boolean totalled =
                    k + 1 < parts.size() && parts.get(k + 1).is(Cue.AGG) && "sum".equals(parts.get(k + 1).arg);
            // "hours worked vs tally": a count set against a measure is the measure named a count.
            boolean plotted = k > 0 && parts.get(k - 1).is(Cue.VS)
                    || k + 1 < parts.size() && parts.get(k + 1).is(Cue.VS);
            if (!measureNamed && (aggregated || totalled) || plotted) {
                parts.set(k, PhraseRewrites.asColumn(p, counts, Quality.SYNONYM, 0.8));
                return;
            }
        }
    }

    /**
     * "sheep shorn per month", "how many sheep did we shear" beside SHEEP_CLASS and TALLY_HD: a thing named by part of
     * a kind's column, then a deed done to it, is what the file's one count of things counts, not a split by that
     * kind.
     */
    static void thingsDoneCounted(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (index.countMeasure == null || index.countMeasure != index.bareCount) {
            return;
        }
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.PARTIAL
                    && p.column().role() == ColumnRole.CATEGORY
                    && next.kind == Part.Kind.WORD
                    && (Words.isParticiple(tokens.get(next.start).word())
                            || k > 0 && parts.get(k - 1).is(Cue.COUNT) && askedWhatWeDid(tokens, p.end, next.start))) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /** Auxiliaries and their subjects, which may sit between a thing and what was done to it. */
    static final Set<String> AUXILIARIES = Set.of("did", "do", "does", "have", "has", "had", "we", "they", "you");

    /** "sheep [did we] shear": only auxiliaries and their subject between a thing and its verb, at least one. */
    private static boolean askedWhatWeDid(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!AUXILIARIES.contains(tokens.get(i).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "avg rate per head by shear type" beside RATE_PH and TALLY_HD: "per head" right after a measure is the unit it
     * is counted in, not the column of heads.
     */
    static void perHeadIsAUnit(List<Part> parts, List<Token> tokens) {
        for (int k = 2; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 2);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && PER_UNITS.contains(tokens.get(p.start).word())
                    && parts.get(k - 1).is(Cue.PER)
                    && before.kind == Part.Kind.COLUMN
                    && before.column().isMeasure()
                    && before.column() != p.column()) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    private static final Set<String> PER_UNITS = Set.of("head", "capita", "person");

    /**
     * "how many tonnes of apples" beside apples_in_kg, "how many litres of fuel" beside Litres: units of a measure
     * counted are the measure added up, not rows.
     */
    static void unitsCounted(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part count = parts.get(k);
            Part unit = parts.get(k + 1);
            Part measure = parts.get(k + 2);
            if (count.is(Cue.COUNT)
                    && count.text.startsWith("how many")
                    && (unit.kind == Part.Kind.WORD
                            || unit.kind == Part.Kind.COLUMN && unit.column().isMeasure() && unit.end - unit.start == 1)
                    && Aggregations.AMOUNT_UNITS.contains(tokens.get(unit.start).word())
                    && unit.end < tokens.size()
                    && "of".equals(tokens.get(unit.end).word())
                    && (unit.kind == Part.Kind.COLUMN
                            || measure.kind == Part.Kind.COLUMN
                                    && measure.column().isMeasure())) {
                parts.set(k, Part.cue(count.start, count.end, count.text, Cue.AGG, "sum"));
            }
        }
    }

    /**
     * "how much cash did we hand out in loans" beside Loan # and Loan Amt (£): after "how much", the things named
     * are their amount of money, not their id.
     */
    static void howMuchOfTheThing(List<Part> parts, List<Token> tokens) {
        if (parts.isEmpty()
                || !parts.get(0).is(Cue.VALUEQ)
                || !parts.get(0).text.startsWith("how much")) {
            return;
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.column().role() != ColumnRole.ID) {
                continue;
            }
            ColumnMatcher.Hit money = p.columns.stream()
                    .filter(h -> h.column().isMeasure()
                            && (h.column().groups().contains("sales") || NumericColumns.money(h.column())))
                    .findFirst()
                    .orElse(null);
            if (money != null) {
                parts.set(k, PhraseRewrites.asColumn(p, money.column(), money.quality(), money.score()));
            }
            return;
        }
    }

    /** The plurals that name the rows of any file. */
    private static final Set<String> ROW_PLURALS = Words.set("lines rows records entries");

    /**
     * "the fewest sales lines" beside NetAmt and SaleDateTime: a measure's or a date's word right before "lines" (or
     * rows, records) says which lines, no column of its own: the lines are counted ("rush lines" stay a flag's).
     */
    static void wordsOfTheLines(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && (p.column().isMeasure() || p.column().role() == ColumnRole.DATE)
                    && next.kind == Part.Kind.WORD
                    && next.start == p.end
                    && ROW_PLURALS.contains(tokens.get(next.start).word())) {
                parts.set(k, Part.word(p.start, p.text));
            }
        }
    }

    /** "list tallies over 200 birds": a plural right after "list" is what is listed, not a count asked for. */
    static void listedNotCounted(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.is(Cue.COUNT)
                    && p.end - p.start == 1
                    && tokens.get(p.start).isPlural()
                    && parts.get(k - 1).is(Cue.LIST)
                    && parts.get(k - 1).end == p.start) {
                parts.set(k, Part.word(p.start, p.text));
            }
        }
    }

    /**
     * "median survey length by habitat" beside SURVEY_ID, SURVEY_MONTH and DURATION_MINS: the thing the rows' ids name,
     * right before a measure, is whose measure it is, no column of its own.
     */
    static void ownerBeforeItsMeasure(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.quality() != Quality.PARTIAL && p.column().role() != ColumnRole.ID
                    || next.kind != Part.Kind.COLUMN
                    || next.start != p.end
                    || !next.column().isMeasure()) {
                continue;
            }
            // Not "which assessors mark highest" (the things, then their verb) nor "high cost drug spend" (a flag
            // already describes the drug).
            boolean described = k > 0 && parts.get(k - 1).end == p.start && parts.get(k - 1).kind == Part.Kind.COLUMN;
            if (tokens.get(p.start).isPlural() || described) {
                continue;
            }
            String thing = tokens.get(p.start).stem();
            boolean named = p.columns.stream()
                    .anyMatch(h -> h.column().role() == ColumnRole.ID
                            && thing.equals(h.column().entity()));
            if (named && p.columns.stream().noneMatch(h -> h.column() == next.column())) {
                parts.set(k, Part.word(p.start, p.text));
            }
        }
    }
}
