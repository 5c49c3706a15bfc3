package io.datasage.ai.planner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Rereads words that name what the rows are or record: "total volunteer hours", "unique volunteers", "print spend". */
final class RowWords {

    private RowWords() {}

    /**
     * "total volunteer hours by programme" beside Hrs Logged: "hours" not after "by", "per", "each" or a number, or
     * followed by what was done with them ("by hours booked"), is the measure kept in hours (the plainest of several:
     * Hrs Logged rather than Training Hrs), not a time grain.
     */
    static void hoursMeasures(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo measure = index.hoursMeasure;
        for (int k = 0; k < parts.size() && measure != null; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (!p.is(Cue.HOUR) || p.end - p.start != 1 || !t.isPlural()) {
                continue;
            }
            Part prev = k > 0 ? parts.get(k - 1) : null;
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            // "top 10 rooms by hours booked": hours and what was done with them are the measure, even after "by".
            boolean done = next != null
                    && next.start == p.end
                    && next.end - next.start == 1
                    && (next.kind == Part.Kind.COLUMN || next.kind == Part.Kind.WORD)
                    && Words.isParticiple(tokens.get(next.start).word());
            if (prev != null
                    && !done
                    && (prev.isGrouping()
                            || prev.is(Cue.UNIT)
                            || prev.is(Cue.GRAIN)
                            || prev.kind == Part.Kind.NUMBER
                            || prev.kind == Part.Kind.DATE)) {
                continue;
            }
            if (done && next.kind == Part.Kind.COLUMN) {
                parts.set(k + 1, Part.word(next.start, tokens.get(next.start).raw()));
            }
            parts.set(
                    k,
                    Part.column(
                            p.start, p.end, t.raw(), List.of(new ColumnMatcher.Hit(measure, 1, Quality.EXACT, 0.95))));
        }
    }

    /**
     * "list readings with downtime over 8 hrs" beside Reading Dt, "sessions by sim device" beside Session Start:
     * after "list", or first and grouped by something, a plural that only partly names a date is what the rows are,
     * not the date.
     */
    static void listedRows(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            boolean listed = k > 0 && parts.get(k - 1).is(Cue.LIST);
            // "show me every component scored under 40%" beside Component Grade: the thing each listed row is.
            boolean every = listed && parts.get(k - 1).text.endsWith("every");
            if (every && p.kind == Part.Kind.COLUMN && p.end - p.start == 1 && p.quality() == Quality.PARTIAL) {
                parts.set(k, Part.word(p.start, t.raw()));
                continue;
            }
            // "sessions by sim device" beside Session Start: the rows counted by something else.
            Part group = k + 2 < parts.size() ? parts.get(k + 2) : null;
            boolean counted = k == 0
                    && next != null
                    && (next.is(Cue.BY) || next.is(Cue.PER))
                    && group != null
                    && group.kind == Part.Kind.COLUMN
                    && !group.column().isTime();
            // "list stays longer than 14 nights" beside Review Stars: a listed plural only spelt like a name.
            // A yes/no flag the plural abbreviates ("list incidents" for INCDNT_FLG) keeps the rows it flags.
            boolean misspelt = listed
                    && p.kind == Part.Kind.COLUMN
                    && p.quality() == Quality.FUZZY
                    && p.column().yes() == null;
            // "list kegs with more than 10 litres waste" beside KEG_NO: things listed by their number are the rows.
            boolean numbered = listed
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && t.isPlural()
                    && p.column().role() == ColumnRole.CATEGORY
                    && ColumnRoles.namesNumber(p.column().words());
            // "list drills where max speed was over 33" beside drill_name: the things listed under a condition are
            // the rows kept, not a grouping by their names.
            boolean conditioned = listed
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && t.isPlural()
                    && p.quality() == Quality.PARTIAL
                    && p.column().role() == ColumnRole.CATEGORY
                    && next != null
                    && (next.is(Cue.WHERE) || next.is(Cue.WHICH));
            ColumnMatcher.Hit sales = p.kind == Part.Kind.COLUMN
                    ? p.columns.stream()
                            .filter(h -> h.quality() == Quality.SYNONYM
                                    && h.column().isMeasure()
                                    && h.column().groups().contains("sales"))
                            .findFirst()
                            .orElse(null)
                    : null;
            if (modifierOnly(p, t, next, tokens) && sales != null) {
                // "monthly sales trend" beside sales_channel and a Line Total marked as the sales: the money.
                parts.set(k, Part.column(p.start, p.end, p.text, List.of(sales)));
                continue;
            }
            if (modifierOnly(p, t, next, tokens) || numbered || conditioned) {
                parts.set(k, Part.word(p.start, t.raw()));
                continue;
            }
            if ((listed || counted)
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && t.isPlural()
                    && (p.column().isTime() || misspelt)
                    && p.quality() != Quality.EXACT) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "repairs by trade" beside Repair Channel, "no. of washes" beside Wash Pkg: a plural that is only the first word
     * of a category's name is what the rows are (the repairs), not the kind of them the column records.
     */
    /** Last words of a category that records an aspect of a thing rather than naming it: Repair Channel, Wash Pkg. */
    private static final Set<String> ASPECTS = Set.of(
            "type",
            "kind",
            "class",
            "category",
            "status",
            "method",
            "mode",
            "channel",
            "package",
            "pkg",
            "plan",
            "source",
            "stage",
            "tier",
            "band");

    /** Whether {@code p} is a one-word name right before a measure named with no word between ("repair spend"). */
    static boolean nameBeforeMeasure(Part p, Part next) {
        return p.kind == Part.Kind.COLUMN
                && p.end - p.start == 1
                && next != null
                && next.kind == Part.Kind.COLUMN
                && next.start == p.end
                && next.column().isMeasure();
    }

    /**
     * "top 5 airlines by lounge visits", "top 10 drivers by delivery attempts": ranked by a plural no column names,
     * the name before it only says what the counted things are of, not a second grouping.
     */
    static void rankedByThingsOf(List<Part> parts, List<Token> tokens) {
        if (parts.stream().noneMatch(p -> p.is(Cue.TOP))) {
            return;
        }
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (parts.get(k - 1).is(Cue.BY)
                    && k + 2 == parts.size()
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.PARTIAL
                    && p.column().role() == ColumnRole.CATEGORY
                    && !tokens.get(p.start).isPlural()
                    && next.kind == Part.Kind.WORD
                    && next.start == p.end
                    && tokens.get(next.start).isPlural()) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    private static boolean modifierOnly(Part p, Token t, Part next, List<Token> tokens) {
        // "total repair spend": the word before a measure says what the amount is of; "burst mains" beside
        // BURST_TYPE: the word before a plural no column explains says what kind of things they are.
        boolean beforeMeasure = nameBeforeMeasure(p, next);
        boolean beforeThings = next != null
                && next.kind == Part.Kind.WORD
                && next.start == p.end
                && next.end - next.start == 1
                && tokens.get(next.start).isPlural();
        if (p.kind != Part.Kind.COLUMN
                || p.end - p.start != 1
                || !(t.isPlural() || beforeMeasure || beforeThings)
                || p.quality() != Quality.PARTIAL) {
            return false;
        }
        ColumnInfo c = p.column();
        List<String> words = c.words();
        return c.role() == ColumnRole.CATEGORY
                && words.size() == 2
                && words.get(0).equals(t.stem())
                && ASPECTS.contains(words.get(1));
    }

    /**
     * "repairs raised per month" beside Raised Dt and a Status holding Raised, "kegs kicked per week" beside
     * KICKED_DT: a participle that is also the first word of a date's name is the event that date records, not the
     * status of that name ("jobs still raised", "status raised" are the status).
     */
    static void datedParticiples(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || !Words.isParticiple(t.word())) {
                continue;
            }
            String before = p.start > 0 ? tokens.get(p.start - 1).word() : "";
            if (STATUS_WORDS.contains(before)) {
                continue;
            }
            for (ColumnInfo c : index.columns) {
                List<String> w = c.words();
                if (c.role() != ColumnRole.DATE || w.size() != 2 || !w.get(0).equals(t.word())) {
                    continue;
                }
                // Over time the date is the axis; without it, an event every row has had ("jobs raised" beside a
                // full Raised Dt) filters nothing, while one only some rows have had ("tickets closed") is still
                // told by the status.
                if (timed(parts, tokens)) {
                    parts.set(k, PhraseRewrites.asColumn(p, c, Quality.EXACT, 0.9));
                } else if (c.schema().nulls() == 0) {
                    parts.set(k, Part.word(p.start, t.raw()));
                }
                break;
            }
        }
    }

    /**
     * "tickets sold by date of travel" beside OrderDate and TravelDate: "date of" and a word that only one date's name
     * holds is that date, whichever date "date" alone would name.
     */
    static void datesOfAnEvent(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part event = parts.get(k + 1);
            if (p.end - p.start != 1
                    || !"date".equals(tokens.get(p.start).stem())
                    || p.end + 1 != event.start
                    || !"of".equals(tokens.get(p.end).word())
                    || event.end - event.start != 1
                    || !(event.kind == Part.Kind.WORD || event.kind == Part.Kind.COLUMN)) {
                continue;
            }
            ColumnInfo date = index.dateNamedBy(tokens.get(event.start).stem());
            if (date != null) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, date, Quality.EXACT, 1.0);
            }
        }
    }

    /**
     * "trend of bookings made per month" beside booking_date, Class Date and pieces_made: over time, the things and
     * what was done to them, where only the participle is in a measure's name, are the things' own date.
     */
    static void thingsDoneOverTime(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (!timed(parts, tokens)) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 2) {
                continue;
            }
            Token things = tokens.get(p.start);
            // The things are what the rows record ("bookings"), not a unit of the measure ("units picked").
            if (!things.isPlural()
                    || !index.entities.containsKey(things.stem())
                    || !Words.isParticiple(tokens.get(p.start + 1).word())
                    || p.columns.stream().anyMatch(h -> h.column().words().contains(things.stem()))
                    || sharedByRows(things.stem(), index)) {
                // Bookings whose number several lines share are counted by that number, not read as a date here.
                continue;
            }
            // "orders shipped" beside Order Date and Ship Date: the date of what was done, else the things' own.
            ColumnInfo done = index.dateOfVerb(tokens.get(p.start + 1).word());
            ColumnInfo date = done != null ? done : index.dateNamedBy(things.stem());
            if (date != null) {
                parts.set(k, PhraseRewrites.asColumn(p, date, Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "bookings taken per week" beside Booked Date and Arrival Date: over time, the plural of a deed a date's name is
     * the participle of (booking, booked), said done, is counted by that date, whichever date dates the rows.
     */
    static void deedsOverTime(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (!timed(parts, tokens)) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            // "bookings" beside Booking Ref too: the things counted, named by their id.
            boolean named = p.kind == Part.Kind.WORD
                    || p.kind == Part.Kind.COLUMN
                            && p.columns.stream().allMatch(h -> h.column().role() == ColumnRole.ID);
            if (!named
                    || p.end - p.start != 1
                    || !t.isPlural()
                    || !t.stem().endsWith("ing")
                    // "bookings taken", "bookings made": the deed said (not "padel bookings per week", of the play).
                    || p.end >= tokens.size()
                    || !Words.isParticiple(tokens.get(p.end).word())
                    || parts.subList(k + 1, parts.size()).stream().noneMatch(o -> o.is(Cue.UNIT) || o.is(Cue.GRAIN))) {
                continue;
            }
            ColumnInfo date = index.dateOfVerb(t.stem());
            if (date != null && Words.isParticiple(date.words().get(0))) {
                parts.set(k, PhraseRewrites.asColumn(p, date, Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "campaigns posted in 2024", "list the live campaigns" beside Campaign Year and Posted Date: the plural of the
     * thing a year column is of is the things, not their year (a deed's date then says the period).
     */
    static void thingsOfAYear(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.PARTIAL
                    && tokens.get(p.start).isPlural()
                    && p.columns.stream().allMatch(h -> h.column().role() == ColumnRole.YEAR)) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /** Whether the things' id repeats over the rows (several lines of one booking). */
    private static boolean sharedByRows(String thing, SchemaIndex index) {
        long rows = index.schema.rowCount();
        return index.entities.getOrDefault(thing, List.of()).stream()
                .anyMatch(
                        c -> c.role() == ColumnRole.ID && rows > 0 && c.schema().distinct() < rows * 0.9);
    }

    private static boolean timed(List<Part> parts, List<Token> tokens) {
        return parts.stream().anyMatch(p -> p.is(Cue.GRAIN) || p.is(Cue.UNIT) || p.is(Cue.TREND))
                || tokens.stream().anyMatch(t -> SchemaIndex.TIME_WORDS.contains(t.stem()));
    }

    /** Last words of a category that says why or what kind a thing was: Delay Reason, Fault Type. */
    private static final Set<String> KINDS_OF = Set.of("reason", "cause", "type", "kind", "category", "code");

    /**
     * "delays by reason" beside Delay (mins) and Delay Reason: the things themselves, grouped by their own kind,
     * are counted, not their minutes averaged.
     */
    static void thingsByTheirKind(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part p = parts.get(k);
            Part group = parts.get(k + 2);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || !t.isPlural()
                    || !p.column().isMeasure()
                    || !(parts.get(k + 1).is(Cue.BY) || parts.get(k + 1).is(Cue.PER))
                    || group.kind != Part.Kind.COLUMN) {
                continue;
            }
            boolean own = group.columns.stream().anyMatch(h -> {
                List<String> w = h.column().words();
                return !h.column().isNumeric()
                        && w.size() == 2
                        && w.get(0).equals(t.stem())
                        && KINDS_OF.contains(w.get(1));
            });
            if (own) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "how many order lines by channel" beside OrderNo and LineNo: an identifier's word before the rows' own plural
     * says which things are counted (the rows), not that the identifiers are.
     */
    static void idsDescribingCountedThings(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part id = parts.get(k);
            Part noun = parts.get(k + 1);
            Token t = tokens.get(noun.start);
            // "lines" may still be read as a chart word or as LineNo here.
            boolean lines = "lines".equals(t.word()) && index.numberedLines;
            if (!parts.get(k - 1).is(Cue.COUNT)
                    || id.kind != Part.Kind.COLUMN
                    || id.end - id.start != 1
                    || id.column().role() != ColumnRole.ID
                    || !(noun.kind == Part.Kind.WORD || lines)
                    || noun.start != id.end
                    || noun.end - noun.start != 1) {
                continue;
            }
            // Only the rows' own noun: "job cards" beside Job No. are the jobs, counted by their numbers.
            if (t.isPlural() && (lines || index.isRowNoun(t.stem()))) {
                parts.set(k, PhraseRewrites.understoodWord(id.start, tokens));
                parts.set(k + 1, Part.word(noun.start, t.raw()));
            }
        }
    }

    /**
     * "revenue by treatment category" beside Treatment and Category: a thing's name right before a column named only
     * by a kind word says whose kind it is; one grouping (Category), not the two.
     */
    static void kindsOfAThing(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part thing = parts.get(k);
            Part kind = parts.get(k + 1);
            if (!Parts.oneWordNamesInARow(thing, kind) || kind.quality() != Quality.EXACT) {
                continue;
            }
            ColumnInfo c = kind.column();
            ColumnInfo t = thing.column();
            if (c.role() == ColumnRole.CATEGORY
                    && c.core().size() == 1
                    && SchemaIndex.KIND_NAMES.contains(c.core().get(0))
                    && (t.role() == ColumnRole.CATEGORY || t.role() == ColumnRole.LABEL)) {
                // One part for the phrase, so that no later rule reads the thing's name again on its own.
                PhraseRewrites.joinAsColumn(parts, k, k + 1, c, Quality.EXACT, 1.0);
            }
        }
    }

    /**
     * "reasons requests were unfilled" beside UNFILLED_REASON and a STATUS holding Unfilled: a kind word and, apart
     * from it, the word its column's name puts first are that one column, not a status kept.
     */
    static void splitKindNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.quality() != Quality.PARTIAL
                    || !KINDS_OF.contains(t.stem())) {
                continue;
            }
            ColumnInfo c = p.column();
            List<String> w = c.words();
            if (c.role() != ColumnRole.CATEGORY || w.size() != 2 || !w.get(1).equals(t.stem())) {
                continue;
            }
            for (int j = 0; j < parts.size(); j++) {
                Part o = parts.get(j);
                if (j != k
                        && o.end - o.start == 1
                        && o.kind == Part.Kind.VALUE
                        && tokens.get(o.start).word().equals(w.get(0))) {
                    parts.set(k, PhraseRewrites.asColumn(p, c, Quality.EXACT, 0.9));
                    parts.set(j, Part.word(o.start, tokens.get(o.start).raw()));
                    break;
                }
            }
        }
    }

    /**
     * "transactions per branch" beside txn_no repeating on each line of a sale: the plural of a number that several
     * rows share, grouped with nothing else asked, counts those numbers (as "number of transactions" does), not rows
     * split by each number.
     */
    static void sharedNumbersGrouped(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (parts.size() < 3 || parts.stream().anyMatch(x -> x.isCue() && !x.isGrouping())) {
            return;
        }
        Part p = parts.get(0);
        Token t = tokens.get(p.start);
        if (p.kind != Part.Kind.COLUMN
                || p.end - p.start != 1
                || !t.isPlural()
                || !parts.get(1).isGrouping()) {
            return;
        }
        ColumnInfo c = p.column();
        boolean shared = (c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.ID)
                && ColumnRoles.namesNumber(c.words())
                && c.core().size() == 1
                && t.forms().contains(c.core().get(0))
                && !index.isRowEntity(c);
        if (shared) {
            parts.add(0, Part.cue(p.start, p.start, "number of", Cue.COUNT, null));
        }
    }

    /**
     * "pax by tour", "share of pax by pickup point" beside Pax No (1 to 8 within each booking): the things a number
     * column numbers, named bare, are the things themselves (the rows), not their numbers; after "by" or "per" they
     * stay the grouping ("yield by lactation").
     */
    static void thingsNotTheirNumbers(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part prev = k > 0 ? parts.get(k - 1) : null;
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            // Grouped by, ranked, told apart or counted distinct ("which lane", "different lanes"), compared, said
            // with an ordinal ("first-lactation", "3rd attempt") or a number word, or naming what money is of ("line
            // value"), the number itself is meant.
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || prev != null
                            && (prev.isGrouping()
                                    || prev.is(Cue.UNIQUE)
                                    || prev.is(Cue.WHICH)
                                    || prev.kind == Part.Kind.NUMBER
                                    || prev.kind == Part.Kind.WORD && prev.end == p.start)
                    || next != null && next.is(Cue.CMP)
                    || ordinalBefore(tokens, p.start)
                    || p.end < tokens.size()
                            && (NUMBER_WORDS.contains(tokens.get(p.end).word())
                                    || AMOUNT_WORDS.contains(tokens.get(p.end).word()))) {
                continue;
            }
            ColumnInfo c = p.column();
            Token t = tokens.get(p.start);
            List<String> words = c.words();
            boolean numbers = c.isNumeric()
                    && !c.additive()
                    && words.size() == 2
                    && NUMBER_WORDS.contains(words.get(1))
                    && c.minNum() == 1
                    && c.maxNum() <= 100;
            // "passengers" for Pax No: the same thing by a synonym.
            boolean bare = t.stem().equals(words.get(0))
                    || p.quality() == Quality.SYNONYM
                            && Synonyms.groupsOf(t.stem()).stream().anyMatch(Synonyms.groupsOf(words.get(0))::contains);
            if (numbers && bare) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /** Whether an ordinal stands right before position {@code i}, maybe with a hyphen ("first-lactation"). */
    private static boolean ordinalBefore(List<Token> tokens, int i) {
        int j = i - 1;
        if (j >= 0 && "-".equals(tokens.get(j).raw())) {
            j--;
        }
        return j >= 0 && ORDINALS.matcher(tokens.get(j).word()).matches();
    }

    /** Words for money a thing's name may qualify ("line value"). */
    private static final Set<String> AMOUNT_WORDS = Set.of("value", "amount", "amt", "total", "cost", "price", "spend");

    /** Ordinal words and numbers ("first", "3rd"). */
    private static final Pattern ORDINALS = Pattern.compile("first|second|third|fourth|fifth|last|\\d+(st|nd|rd|th)?");

    /** Words after a noun that make a name that thing's number ("Pax No", "Line #"). */
    private static final Set<String> NUMBER_WORDS = Set.of("no", "number", "num", "nr", "#");

    /**
     * "units issued by component" beside unit_din (one per row) and Volume (mL): a plural that begins the name of the
     * column identifying each row is the rows, not a measure it is a synonym of; and a participle read with the "by"
     * after it as an agent's column (issued_by) is the verb when that "by" groups by the name after it.
     */
    static void rowsNamedByTheirId(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        long rows = index.schema.rowCount();
        for (int k = 0; k < parts.size() && rows > 0; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || !t.isPlural() || p.quality() == Quality.EXACT) {
                continue;
            }
            boolean rowId = p.columns.stream()
                    .anyMatch(h -> h.column().role() == ColumnRole.CATEGORY
                                    && !h.column().words().isEmpty()
                                    && h.column().words().get(0).equals(t.stem())
                                    && h.column().distinct() >= 0.95 * rows
                            // "valuations by branch" beside VAL_REF, one per row: the id's word cut short.
                            || h.column().role() == ColumnRole.ID
                                    && !h.column().words().isEmpty()
                                    && WordForms.abbreviates(h.column().words().get(0), t.stem())
                                    && index.isRowEntity(h.column()));
            // "top 10 countries by population", "European countries by 2022 population": the rows by their names.
            boolean asked = k > 0 && parts.get(k - 1).is(Cue.UNIQUE)
                    || parts.stream()
                            .anyMatch(x -> x.is(Cue.TOP)
                                    || x.is(Cue.SUPER)
                                    || x.is(Cue.RANK)
                                    || x != p
                                            && x.kind == Part.Kind.COLUMN
                                            && x.column().isMeasure()
                                            && !x.column().isCode());
            // "list units returned to stock with time out of fridge over 30 min", "top 5 BMS by units issued": listed
            // or counted, they are the rows.
            boolean listed =
                    k > 0 && (parts.get(k - 1).is(Cue.LIST) || parts.get(k - 1).is(Cue.COUNT));
            if (rowId && (!asked || listed)) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            List<String> w = p.kind == Part.Kind.COLUMN ? p.column().words() : List.of();
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 2
                    && w.size() == 2
                    && "by".equals(w.get(1))
                    && "by".equals(tokens.get(p.end - 1).word())
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && !next.column().isMeasure()) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
                parts.add(
                        k + 1, Part.cue(p.end - 1, p.end, tokens.get(p.end - 1).raw(), Cue.BY, null));
            }
        }
    }

    /**
     * "how many CD register movements in 2024" beside movement_type and Movement Dt: a word of trend that begins the
     * file's own names is the things the rows record; "by week number" is the week-of-year column when the file has
     * one (ISO_WEEK), not the date by week.
     */
    static void namedCueWords(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.is(Cue.TREND)
                    && p.end - p.start == 1
                    && index.columns.stream()
                            .anyMatch(c ->
                                    !c.words().isEmpty() && c.words().get(0).equals(t.stem()))) {
                parts.set(k, Part.word(p.start, t.raw()));
                continue;
            }
            // "coloured by movement" beside MVMT_TYPE: a word of trend a category's first word abbreviates names it.
            ColumnInfo shortened = p.is(Cue.TREND) && p.end - p.start == 1
                    ? PhraseRewrites.onlyColumn(
                            index,
                            c -> c.role() == ColumnRole.CATEGORY
                                    && !c.words().isEmpty()
                                    && WordForms.abbreviates(c.words().get(0), t.stem()))
                    : null;
            if (shortened != null) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                p.end,
                                p.text,
                                List.of(new ColumnMatcher.Hit(shortened, 1, Quality.PARTIAL, 0.8))));
                continue;
            }
            boolean numbered = p.is(Cue.UNIT)
                    && "week".equals(p.arg)
                    && p.end < tokens.size()
                    && Set.of("number", "no", "num", "nr")
                            .contains(tokens.get(p.end).word());
            ColumnInfo weeks = numbered
                    ? PhraseRewrites.onlyColumn(
                            index, c -> c.isCode() && c.words().contains("week"))
                    : null;
            if (weeks != null) {
                int end = p.end + 1;
                if (k + 1 < parts.size() && parts.get(k + 1).start == p.end) {
                    parts.remove(k + 1);
                }
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                end,
                                Annotator.text(tokens, p.start, end - p.start),
                                List.of(new ColumnMatcher.Hit(weeks, end - p.start, Quality.EXACT, 0.95))));
            }
        }
    }

    /**
     * "by claim tpye" beside Claim Type: a word right after the first word of names, one letter off another word of
     * one of them, is that word misspelt; "damaged deliveries per month" beside DEL_DT: over time, the things a date's
     * shortened first word names are counted on that date.
     */
    static void namesTypedApart(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN || next.kind != Part.Kind.WORD || next.start != p.end) {
                continue;
            }
            String typed = tokens.get(next.start).word();
            String first = tokens.get(p.start).stem();
            ColumnInfo meant = null;
            for (ColumnMatcher.Hit h : p.columns) {
                List<String> w = h.column().words();
                if (w.size() == 2
                        && w.get(0).equals(first)
                        && typed.length() >= 4
                        && typed.charAt(0) == w.get(1).charAt(0)
                        && Words.distance(typed, w.get(1), 1) <= 1) {
                    meant = h.column();
                }
            }
            if (meant != null) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, meant, Quality.FUZZY, 0.9);
            }
        }
        boolean timed = parts.stream().anyMatch(p -> p.is(Cue.UNIT) || p.is(Cue.GRAIN));
        for (int k = 0; k < parts.size() && timed; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            // "deliveries" may be read as a DELIVERED status yet.
            boolean noun = p.kind == Part.Kind.WORD || p.kind == Part.Kind.VALUE && !Words.isParticiple(t.word());
            if (!noun || p.end - p.start != 1 || !t.isPlural()) {
                continue;
            }
            ColumnInfo date = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.role() == ColumnRole.DATE
                            && c.words().size() == 2
                            && WordForms.abbreviates(c.words().get(0), t.stem()));
            if (date != null) {
                parts.set(
                        k,
                        Part.column(
                                p.start, p.end, p.text, List.of(new ColumnMatcher.Hit(date, 1, Quality.PARTIAL, 0.7))));
            }
        }
    }

    /**
     * "total card spend" beside CARD_LAST4, "how much have we taken in court fees in total" beside Court: a thing's word
     * right before a measure, in a total grouped by no category, says what the money is, not a breakdown by it.
     */
    static void totalledCompounds(List<Part> parts, List<Token> tokens) {
        // "outstanding balance for booked weddings" beside Amt Outstanding (£) and Balance Due Dt: a word right after
        // a measure that only begins a date's name, with no time asked, is more of the measure's name.
        boolean timed = parts.stream().anyMatch(p -> p.is(Cue.UNIT) || p.is(Cue.GRAIN) || p.is(Cue.TREND));
        for (int k = 1; k < parts.size() && !timed; k++) {
            Part before = parts.get(k - 1);
            Part p = parts.get(k);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.PARTIAL
                    && p.column().role() == ColumnRole.DATE
                    && before.kind == Part.Kind.COLUMN
                    && before.end == p.start
                    && before.quality() == Quality.EXACT
                    && before.column().isMeasure()) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
        boolean total = parts.stream()
                .anyMatch(
                        p -> p.is(Cue.AGG) && "sum".equals(p.arg) || p.is(Cue.VALUEQ) && p.text.startsWith("how much"));
        // Over time still ("total court fees per month"), but not by a category named after "by" or "per".
        boolean grouped = false;
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part next = parts.get(k + 1);
            grouped |= parts.get(k).isGrouping()
                    && next.kind == Part.Kind.COLUMN
                    && !next.column().isTime();
        }
        for (int k = 0; k + 1 < parts.size() && total && !grouped; k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            Token t = tokens.get(p.start);
            if (nameBeforeMeasure(p, next) && !t.isPlural() && p.column().role() == ColumnRole.CATEGORY) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /** Units of time a question may group a date by. */
    private static final Set<String> GRAINS = Set.of("day", "week", "month", "quarter", "year");

    /**
     * "kegs kicked per week" beside KICKED_DT and WK_NO: once a date is named, "per week" is that date by week, not
     * a column of week numbers.
     */
    static void grainsOfNamedDates(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        // "paid amt by loss quarter" beside Loss Date and Total Loss Y/N: a word right before a unit of time that
        // begins a date's name is that date.
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part unit = parts.get(k + 1);
            Token t = tokens.get(p.start);
            // "loss" is read as a sign of profit first.
            if ((p.kind != Part.Kind.COLUMN && p.kind != Part.Kind.WORD && p.kind != Part.Kind.CUE)
                    || p.end - p.start != 1
                    || p.kind == Part.Kind.COLUMN && p.column().role() == ColumnRole.DATE
                    || !unit.is(Cue.UNIT)
                    || unit.start != p.end) {
                continue;
            }
            ColumnInfo date = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.role() == ColumnRole.DATE
                            && c.words().size() == 2
                            && c.words().get(0).equals(t.stem()));
            if (date != null) {
                parts.set(
                        k,
                        Part.column(
                                p.start, p.end, p.text, List.of(new ColumnMatcher.Hit(date, 1, Quality.EXACT, 0.9))));
            }
        }
        boolean dated = parts.stream()
                .anyMatch(p -> p.kind == Part.Kind.COLUMN && p.column().role() == ColumnRole.DATE);
        for (int k = 1; k < parts.size() && dated; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.column().role() != ColumnRole.DATE
                    && GRAINS.contains(t.stem())
                    && (parts.get(k - 1).is(Cue.PER) || parts.get(k - 1).is(Cue.BY))) {
                parts.set(k, Part.cue(p.start, p.end, t.raw(), Cue.UNIT, t.stem()));
            }
        }
    }

    /** Words before a participle that make it a state rather than an event: "still raised", "status raised". */
    private static final Set<String> STATUS_WORDS = Set.of("still", "status", "currently", "marked", "now", "as");

    /**
     * "cigarette butt count by month", "total litter items", "which beach has the most litter" in a long table of
     * litter_item beside item_count: a kind's count, the kinds totalled and the most of them are the sum of the
     * column that counts them, not a count of rows.
     */
    static void talliesOfKinds(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo tally = index.tally == null ? null : index.tally.get(1);
        ColumnInfo kinds = index.tally == null ? null : index.tally.get(0);
        for (int k = 0; k < parts.size() && tally != null; k++) {
            Part p = parts.get(k);
            Part prev = k > 0 ? parts.get(k - 1) : null;
            boolean kindCounted = p.is(Cue.COUNT)
                    && prev != null
                    && prev.kind == Part.Kind.VALUE
                    && prev.value().column() == kinds
                    && prev.end == p.start;
            boolean kindsTotalled = p.kind == Part.Kind.COLUMN
                    && p.column() == kinds
                    && prev != null
                    && (prev.is(Cue.AGG) && "sum".equals(prev.arg) || prev.is(Cue.SUPER) && "most".equals(prev.text));
            if (kindCounted || kindsTotalled) {
                parts.set(k, PhraseRewrites.asColumn(p, tally, Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "was each site tested" beside Tested By: the participle alone is the action; the person who did it is named
     * with "by" ("tested by", "by tester").
     */
    static void actionsOfAgents(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            boolean byAfter =
                    p.end < tokens.size() && "by".equals(tokens.get(p.end).word());
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && Words.isParticiple(t.word())
                    && p.column().words().size() == 2
                    && "by".equals(p.column().words().get(1))
                    && !byAfter) {
                // "approved timesheets" beside Approved By and TS Approved (Y/N): the action is the flag of it.
                ColumnInfo flag = p.columns.stream()
                        .map(ColumnMatcher.Hit::column)
                        .filter(c -> c.role() == ColumnRole.BOOLEAN
                                && c.core().contains(p.column().words().get(0)))
                        .findFirst()
                        .orElse(null);
                parts.set(
                        k,
                        flag != null
                                ? PhraseRewrites.asColumn(p, flag, Quality.PARTIAL, 0.7)
                                : Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "how many distinct days was each site tested": distinct days counted are the dates of the data's date column
     * (a day each), not the rows.
     */
    static void distinctDays(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo date = index.primaryDate;
        for (int k = 1; k < parts.size() && date != null && date.role() == ColumnRole.DATE; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (parts.get(k - 1).is(Cue.UNIQUE)
                    && p.is(Cue.UNIT)
                    && p.end - p.start == 1
                    && t.isPlural()
                    && ("day".equals(t.stem()) || "date".equals(t.stem()))) {
                parts.set(k, PhraseRewrites.asColumn(p, date, Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "dogs given meds, by size", "% of dogs groomed" beside a Dog Name that repeats across stays: the plural of the
     * thing a label names, beside a flag, another category or a share, is the rows; "which dogs", "nights by dog"
     * and "how many dogs" still name the label.
     */
    static void labelledThings(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || !t.isPlural() || p.quality() == Quality.EXACT) {
                continue;
            }
            ColumnInfo c = p.column();
            boolean label = (c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.LABEL)
                    && ColumnRoles.namesLabel(c.words())
                    && c.words().get(0).equals(t.stem())
                    && !index.isRowEntity(c);
            Part prev = k > 0 ? parts.get(k - 1) : null;
            boolean named = prev != null
                    && (prev.isGrouping()
                            || prev.is(Cue.WHICH)
                            || prev.is(Cue.SUPER)
                            || prev.is(Cue.COUNT)
                            || prev.is(Cue.UNIQUE)
                            || prev.kind == Part.Kind.NUMBER
                            || prev.kind == Part.Kind.VALUE);
            // "how many gold customers", "distinct winning candidates": counted things, however described.
            boolean counted = parts.subList(0, k).stream().anyMatch(x -> x.is(Cue.COUNT) || x.is(Cue.UNIQUE));
            if (!label || named || counted) {
                continue;
            }
            boolean beside = parts.stream()
                    .anyMatch(x -> x != p
                            && (x.is(Cue.SHARE)
                                    || x.kind == Part.Kind.VALUE
                                    || x.kind == Part.Kind.COLUMN
                                            && !x.column().isMeasure()
                                            && !x.column().isTime()
                                            && !x.column().equals(c)));
            if (beside) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "readings per month", "list readings out of range" in a long table whose values column is Reading: the plural of
     * that column's name, not averaged, is the rows (a metric named with it still measures them: "pH readings").
     */
    static void readingsOfLongTables(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo values = MeasureCompletion.valuesColumn(index);
        for (int k = 0; k < parts.size() && values != null; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            boolean averaged =
                    k > 0 && (parts.get(k - 1).is(Cue.AGG) || parts.get(k - 1).is(Cue.AVERAGE_OF));
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && t.isPlural()
                    && p.column() == values
                    && values.words().size() == 1
                    && !averaged) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "lines rung up per server", "avg net amt per line" beside a Line No. numbering each check's lines: the plural, or
     * the word after "per", of a running number's name is the rows, not the number.
     */
    static void runningNumberNouns(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            boolean perRow = k > 0 && parts.get(k - 1).is(Cue.PER);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && index.isRunningNumber(p.column())
                    && (t.isPlural() || perRow)) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "avg usage per read by property type" beside read_type: a word after a measure and "per", that only begins a
     * category's name and is followed by the grouping asked for, is each row ("per read", "per visit"); not the thing
     * an id names ("eggs per house by grade" beside house_id).
     */
    static void perRowBeforeGrouping(List<Part> parts, List<Token> tokens) {
        for (int k = 2; k + 2 < parts.size(); k++) {
            Part p = parts.get(k);
            Part by = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.columns.get(0).score() < 0.99
                    && !p.column().isMeasure()
                    && !tokens.get(p.start).stem().equals(p.column().entity())
                    && parts.get(k - 1).is(Cue.PER)
                    && parts.get(k - 2).kind == Part.Kind.COLUMN
                    && parts.get(k - 2).column().isMeasure()
                    && by.isGrouping()
                    && parts.get(k + 2).kind == Part.Kind.COLUMN) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "washes per site" beside WASH_PROGRAMME, "vaccinations by species" beside Vaccine: a plural opening the question
     * before "per" or "by", that only begins a kind's name or is a word made from it, is the rows counted, not a
     * second grouping.
     */
    static void pluralsOfKindsCounted(List<Part> parts, List<Token> tokens) {
        if (parts.size() < 3) {
            return;
        }
        Part p = parts.get(0);
        Token t = tokens.get(p.start);
        if (p.kind != Part.Kind.COLUMN
                || p.end - p.start != 1
                || !t.isPlural()
                || !(parts.get(1).is(Cue.PER) || parts.get(1).is(Cue.BY))
                || parts.get(2).kind != Part.Kind.COLUMN) {
            return;
        }
        // An id the plural also begins (VaccRecordID) numbers those same rows.
        boolean kinds = p.columns.stream().anyMatch(h -> h.column().role() == ColumnRole.CATEGORY)
                && p.columns.stream()
                        .allMatch(h -> h.column().role() == ColumnRole.ID && h.quality() == Quality.PARTIAL
                                || h.column().role() == ColumnRole.CATEGORY
                                        && (h.quality() == Quality.PARTIAL
                                                || !h.column().words().contains(t.stem())));
        if (kinds) {
            parts.set(0, Part.word(p.start, t.raw()));
        }
    }

    /**
     * "weekly wash count" beside Wash Time (mins) or WASH_PROGRAMME: a word right before "count" names the things
     * counted, not a measure or a kind that only starts with it (a whole name before "count" is still that column: "visitor count"; so is a measure
     * of the things themselves: "bedroom count", "cell count" beside SCC ('000 cells/mL)).
     */
    static void countedNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && (p.column().isMeasure() || p.column().role() == ColumnRole.CATEGORY)
                    && p.column().words().size() > 1
                    && p.column().words().get(0).equals(tokens.get(p.start).stem())
                    && !p.column().words().contains("count")
                    && next.is(Cue.COUNT)
                    && next.start == p.end
                    && next.text.startsWith("count")) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "meals sold by school": a participle after a plural nothing read (or after "number"), that only a synonym takes
     * to a money column, says what happened to the things: the quantity measure adds them up where there is one, else
     * they are counted; never the money.
     */
    static void thingsSold(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part thing = parts.get(k - 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.SYNONYM
                    && Words.isParticiple(tokens.get(p.start).word())
                    && (MeasureKinds.money(p.column().schema(), p.column().words())
                            || p.column().groups().contains("sales"))
                    && thing.end == p.start
                    && (thing.kind == Part.Kind.WORD && tokens.get(thing.start).isPlural()
                            || thing.is(Cue.COUNT)
                                    && "number".equals(tokens.get(thing.start).word()))) {
                // "tickets sold", "number sold" beside Qty and LineTotal: the quantity on the lines, added up.
                ColumnInfo quantity = index.quantityMeasure;
                parts.set(
                        k,
                        quantity != null && quantity.additive()
                                ? PhraseRewrites.asColumn(p, quantity, Quality.SYNONYM, 0.8)
                                : Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "bottom 5 drivers by cylinders delivered" beside QtyDelivered: things nothing read, then a participle that a
     * quantity's name holds, are that quantity as one phrase after "by" (not a grouping by the word before it).
     */
    static void thingsDone(List<Part> parts, List<Token> tokens) {
        for (int k = 2; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part thing = parts.get(k - 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && Words.isParticiple(tokens.get(p.start).word())
                    && p.column().isMeasure()
                    && !MeasureKinds.money(p.column().schema(), p.column().words())
                    && p.column().core().contains(tokens.get(p.start).stem())
                    && thing.kind == Part.Kind.WORD
                    && thing.end == p.start
                    && tokens.get(thing.start).isPlural()
                    && parts.get(k - 2).isGrouping()) {
                PhraseRewrites.joinAsColumn(parts, k - 1, k, p.column(), Quality.PARTIAL, 0.8);
            }
        }
    }

    /**
     * "how many different students enrolled in 2024" beside Student ID and Enrol #: the things counted and what they
     * did, read together as a misspelt name, are the things (their id) and a verb.
     */
    static void countedThenVerb(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part cue = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 2
                    || p.quality() != Quality.FUZZY
                    || !(cue.is(Cue.COUNT) || cue.is(Cue.UNIQUE))) {
                continue;
            }
            Token things = tokens.get(p.start);
            Token verb = tokens.get(p.start + 1);
            ColumnInfo id = things.isPlural() ? index.entityId(things.stem()) : null;
            if (id != null && id != p.column() && Words.isParticiple(verb.word())) {
                parts.set(k, PhraseRewrites.columnAt(tokens, p.start, id, Quality.PARTIAL, 0.7));
                parts.add(k + 1, Part.word(p.start + 1, verb.raw()));
            }
        }
    }

    /**
     * "how many distinct clients booked weddings": a participle right after the people counted, or the rows listed,
     * is what they did, not a column it partly names (Booked Dt, Guests Booked).
     */
    static void countedVerbs(List<Part> parts, List<Token> tokens) {
        for (int k = 2; k < parts.size(); k++) {
            Part p = parts.get(k);
            // "list sessions that started ...": a "that" or "who" may stand between the things and their verb.
            int c = parts.get(k - 1).is(Cue.WHERE) && k >= 3 && parts.get(k - 1).end == p.start ? k - 2 : k - 1;
            Part counted = parts.get(c);
            Part cue = parts.get(c - 1);
            Token t = tokens.get(p.start);
            boolean people = counted.kind == Part.Kind.COLUMN
                    && !counted.column().isMeasure()
                    && (cue.is(Cue.UNIQUE) || cue.is(Cue.COUNT));
            // "list months paid more than 30 days late": what the rows listed did.
            boolean listed = cue.is(Cue.LIST)
                    && (counted.is(Cue.UNIT)
                            || counted.kind == Part.Kind.WORD
                            || counted.kind == Part.Kind.COLUMN
                                    && !counted.column().isMeasure());
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() != Quality.EXACT
                    && Words.isParticiple(t.word())
                    && parts.get(k - 1).end == p.start
                    && counted.end == parts.get(c + 1).start
                    && !measureCompared(parts, k)
                    && (people
                            || listed && c == k - 1
                            || listed && parts.get(k - 1).is(Cue.WHERE))) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "list turns delayed more than an hour" beside DEP_DELAY_MINS: the participle is the measure compared, unless
     * the amount names its own column ("months paid more than 30 days late").
     */
    private static boolean measureCompared(List<Part> parts, int k) {
        Part p = parts.get(k);
        if (!p.column().isMeasure()
                || k + 1 >= parts.size()
                || !parts.get(k + 1).is(Cue.CMP)) {
            return false;
        }
        for (int j = k + 2; j < Math.min(parts.size(), k + 5); j++) {
            if (parts.get(j).kind == Part.Kind.COLUMN && parts.get(j).column() != p.column()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "share of outcomes", "heatmap species x outcome" beside Outcome Dt and Outcome Type: the subject of several
     * columns, shared out, grouped by or crossed with a category, names its kinds (the category whose name is the
     * subject and a kind noun); "outcomes by species" and "how many gifts" still count the rows.
     */
    /** Words that cross two groupings: "species x outcome" ("validators logged taps" crosses nothing). */
    private static final Set<String> CROSS_WORDS = Set.of("x", "×", "across");

    /** The column naming each {@code thing} by name (Tour_Name for "tour"), or null. */
    private static ColumnInfo namedThing(SchemaIndex index, String thing) {
        for (ColumnInfo c : index.columns) {
            List<String> w = c.words();
            if ((c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.LABEL)
                    && w.size() == 2
                    && w.get(0).equals(thing)
                    && ("name".equals(w.get(1)) || "title".equals(w.get(1)))) {
                return c;
            }
        }
        return null;
    }

    static void subjectKinds(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD
                    || p.end - p.start != 1
                    || !index.subjects.contains(tokens.get(p.start).stem())) {
                continue;
            }
            Part prev = k > 0 ? parts.get(k - 1) : null;
            Part before = k > 1 ? parts.get(k - 2) : null;
            // "share of outcomes", "by outcome", "species x outcome": the kinds shared out, grouped by or crossed.
            boolean shared = prev != null && prev.is(Cue.SHARE) && k + 1 == parts.size();
            // "coloured by round": a split is a grouping too.
            boolean grouped = prev != null && (prev.isGrouping() || prev.is(Cue.SERIES));
            boolean crossed = k + 1 == parts.size()
                    && prev != null
                    && prev.kind == Part.Kind.WORD
                    && CROSS_WORDS.contains(tokens.get(prev.start).word())
                    && before != null
                    && before.kind == Part.Kind.COLUMN
                    && !before.column().isMeasure();
            // "by outcome date": the word begins the date's name.
            boolean dateAfter = p.end < tokens.size()
                    && SchemaIndex.TIME_WORDS.contains(tokens.get(p.end).stem());
            String stem = tokens.get(p.start).stem();
            ColumnInfo kinds = dateAfter ? null : index.kindsOf(stem);
            // "pax by tour" beside Tour_Name and Tour_Type: the tours by their own names, not their kinds.
            ColumnInfo named = dateAfter ? null : namedThing(index, stem);
            // "top 10 tours by revenue", "3 lowest rated tours": the tours ranked by their names.
            boolean ranked = prev != null
                    && (prev.is(Cue.TOP)
                            || prev.is(Cue.SUPER) && before != null && before.kind == Part.Kind.NUMBER
                            || prev.kind == Part.Kind.NUMBER && before != null && before.is(Cue.TOP));
            if (kinds != null && (shared || grouped || crossed)) {
                parts.set(k, PhraseRewrites.asColumn(p, named != null && grouped ? named : kinds, Quality.EXACT, 0.9));
            } else if (named != null && (ranked || kinds == null && (grouped || shared))) {
                // "total takings by tour" beside Tour Name, with no kind of tour: grouped by their names.
                parts.set(k, PhraseRewrites.asColumn(p, named, Quality.EXACT, 0.9));
            }
        }
    }

    /** "volunteer-months", "member-month": a value joined to a unit of time names what each row is, not a filter. */
    static void rowGrainWords(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int after = p.end < tokens.size() && "-".equals(tokens.get(p.end).raw()) ? p.end + 1 : p.end;
            if (p.kind == Part.Kind.VALUE && after < tokens.size()) {
                Token next = tokens.get(after);
                if ((next.is(Token.JOINED) || after > p.end) && Words.TIME_UNITS.contains(next.stem())) {
                    parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
                }
            }
        }
    }

    /**
     * "number of unique volunteers" beside vol_id and a Role holding Volunteer: after "unique" or "distinct", the
     * plural an id's name abbreviates counts that id, not the rows with the value; so does a plural counted right
     * after "how many" or "share of" when that id repeats across rows ("how many subscribers" of subscriber-months).
     */
    static void uniqueEntities(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (leadsAPer(parts, k)) {
                if (p.kind == Part.Kind.WORD && p.end - p.start == 1 && t.isPlural()) {
                    // "orders per month", "tint orders by branch" where ORDER_NO repeats on each shot of an order:
                    // the things counted per group are the orders, as after "how many".
                    ColumnInfo c = index.idBeginning(t.stem());
                    if (c != null && !index.isRowEntity(c)) {
                        parts.set(k, PhraseRewrites.asColumn(p, c, Quality.EXACT, 0.95));
                    }
                }
                continue;
            }
            if (k == 0) {
                continue;
            }
            Part prev = parts.get(k - 1);
            boolean unique =
                    prev.is(Cue.UNIQUE) || parts.stream().anyMatch(x -> x.is(Cue.UNIQUE)) && prev.is(Cue.COUNT);
            // "how many SEND children": a flag or a value describing them may stand between.
            boolean described = k > 1
                    && parts.get(k - 2).is(Cue.COUNT)
                    && (prev.kind == Part.Kind.VALUE
                            || prev.kind == Part.Kind.COLUMN && prev.column().role() == ColumnRole.BOOLEAN);
            boolean counted = prev.is(Cue.COUNT) || prev.is(Cue.SHARE) || described && p.kind == Part.Kind.WORD;
            // "monthly count of appointments" beside appt_id and appt_date: a plural only spelt like the id's name.
            boolean spelt = p.kind == Part.Kind.COLUMN && p.quality() == Quality.FUZZY && counted;
            boolean named = p.kind == Part.Kind.VALUE || (p.kind == Part.Kind.WORD || spelt) && counted;
            if (!named || p.end - p.start != 1 || !t.isPlural() || !(unique || counted)) {
                continue;
            }
            ColumnInfo c = index.idBeginning(t.stem());
            if (c != null && described && !unique && c.distinct() * 2 >= index.schema.rowCount()) {
                // "how many explicit tracks" where a track only sometimes repeats: the rows, filtered.
                continue;
            }
            // "how many subscribers" where Sub ID repeats (a subscriber's months): the rows are not subscribers.
            if (c != null && (unique || !index.isRowEntity(c))) {
                parts.set(
                        k,
                        Part.column(
                                p.start, p.end, t.raw(), List.of(new ColumnMatcher.Hit(c, 1, Quality.EXACT, 0.95))));
            }
        }
    }

    /** Whether part {@code k} opens the question, after words only, and "per" or "by" follows it. */
    static boolean leadsAPer(List<Part> parts, int k) {
        for (int j = 0; j < k; j++) {
            if (parts.get(j).kind != Part.Kind.WORD) {
                return false;
            }
        }
        return k + 1 < parts.size()
                && (parts.get(k + 1).is(Cue.PER) || parts.get(k + 1).is(Cue.BY));
    }

    /**
     * "total volunteer hours" where vol_id names volunteers and Role is mostly Volunteer, "actual usage" where most
     * reads are Actual: the name of what the rows are about, or a version word, before a measure describes the
     * measure; it keeps every row.
     */
    static void entityValuesBeforeMeasures(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
            String stem = tokens.get(p.start).stem();
            boolean entity = index.topic.words().contains(stem) || index.idBeginning(stem) != null;
            // "actual usage" where most reads are of type Actual: the version of the amount, not a filter.
            boolean version = Words.VERSION_WORDS.contains(stem);
            if (usual(v) && (entity || version)) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "members who booked a court in 2024": a category's name after "a" or "an" is any one of its values, not a
     * grouping by them.
     */
    static void indefiniteNames(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            String before = p.start > 0 ? tokens.get(p.start - 1).word() : "";
            boolean verbBefore = parts.get(k - 1).kind == Part.Kind.WORD && parts.get(k - 1).end == p.start - 1;
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && !t.isPlural()
                    && ("a".equals(before) || "an".equals(before))
                    && verbBefore
                    && p.column().role() == ColumnRole.CATEGORY) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "avg booking length by sport" where Booking Ref is one per row: the thing each row is, named before a measure,
     * says whose measure it is; it names neither its id nor a column of its synonyms (Fee).
     */
    static void rowThingsBeforeMeasures(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            Token t = tokens.get(p.start);
            if (nameBeforeMeasure(p, next)
                    && !t.isPlural()
                    && p.quality() != Quality.EXACT
                    && index.isRowIdEntity(t.stem())
                    && next.column() != p.column()) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /**
     * "print spend", "pages printed" in a file of print jobs whose Status is mostly Printed: the verb of the usual
     * outcome, before a name or after a measure, says what the rows record; it keeps no rows ("printed jobs" still
     * does).
     */
    static void activityValues(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || p.values.size() != 1) {
                continue;
            }
            ValueIndex.Entry v = p.value();
            ColumnInfo c = v.column();
            Token t = tokens.get(p.start);
            // "qty dispensed" beside a movement_type of Dispensed, Received, Written Off: a kind of movement picks the
            // rows, though it is the usual one; a usual state (Status = Sold) is only what the rows did.
            if (c.role() != ColumnRole.CATEGORY
                    || !usual(v)
                    || !Words.isParticiple(v.value().toLowerCase(Locale.ROOT))
                    || c.words().stream().anyMatch(SchemaIndex.KIND_NOUNS::contains)) {
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
            // "late deliveries by region" beside a POD_STATUS mostly DELIVERED: the noun of the usual state is the
            // rows.
            // ("approvals by region" is still the approved ones: there the noun is the value's own, not a spelling).
            boolean nounOfUsual = t.isPlural() && !Words.isParticiple(t.word()) && p.quality() == Quality.FUZZY;
            if (verbBefore || afterMeasure || nounOfUsual) {
                parts.set(k, Part.word(p.start, t.raw()));
            }
        }
    }

    /** Whether the value is its column's most frequent one: the usual state of a row, not a selection of rows. */
    private static boolean usual(ValueIndex.Entry v) {
        List<String> top = v.column().schema().topValues();
        return !top.isEmpty() && top.get(0).equals(v.value());
    }
}
