package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** Rereads a name beside another name: "per-word rate", "actual kg", "price paid", "booking channel", "kg fed". */
final class NameNeighbours {

    /** Words between a thing and its participle ("accounts have hired", "kg was fed"). */
    static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "was", "were", "is", "are", "been");

    /** Words that mark the current and the earlier reading of one measure (Cond Score Now, Cond Score Prev). */
    private static final Set<String> NOW_WORDS = Words.set("now current curr cur latest");

    private static final Set<String> PREVIOUS_WORDS = Words.set("prev previous prior last earlier");

    /** Words that say a name is its money amount ("line value" for LINE_AMT). */
    private static final Set<String> AMOUNT_WORDS = Words.set("value amount amt total sum");

    /** Words for money that came in, and for money asked for. */
    private static final List<Set<String>> MONEY_STATES = List.of(
            Words.set("paid collected received taken banked"), Words.set("due owed billed invoiced charged expected"));

    private NameNeighbours() {}

    /**
     * "share of delay minutes by cause" beside Delay Cause, "split by till" beside till_id: a keyword right after "by",
     * "per", "each" or "split by" that is a word of exactly one column's name is that column, the grouping asked for.
     */
    static void keywordsGroupedBy(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            // Units of time after "per" stay time grains ("sessions per day").
            if (!p.isCue()
                    || p.is(Cue.UNIT)
                    || p.is(Cue.GRAIN)
                    || p.is(Cue.HOUR)
                    || p.end - p.start != 1
                    || !(before.isGrouping() || before.is(Cue.SERIES))) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            if (p.is(Cue.CHART) && next != null && next.kind == Part.Kind.COLUMN && next.start == p.end) {
                // "by box size": a chart's word before the name grouped by describes it.
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
                continue;
            }
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index, c -> !c.isMeasure() && !c.isTime() && c.core().contains(stem));
            if (only != null) {
                parts.set(k, PhraseRewrites.asColumn(p, only, Quality.PARTIAL, 0.75));
            }
        }
    }

    /**
     * "avg satisfaction by make" beside Device Make, "avg price by frequency" beside FREQ_WKS: a word right after "by"
     * or "per" that nothing else read (a small word, or one a name cuts short) and that is a word of exactly one
     * column's name, whole or abbreviated, is that column, the grouping asked for.
     */
    static void unreadWordsGroupedBy(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part by = parts.get(k);
            int i = by.end;
            if (!(by.is(Cue.BY) || by.is(Cue.PER))
                    || i >= tokens.size()
                    || !tokens.get(i).isWord()) {
                continue;
            }
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            boolean unread = next == null || next.start > i;
            if (!unread && !(next.kind == Part.Kind.WORD && next.start == i)) {
                continue;
            }
            Token t = tokens.get(i);
            ColumnInfo only = groupingOfWord(t, index);
            if (only == null) {
                continue;
            }
            // "hours per request": each thing, not its kinds; but "entries per event" beside an event_name shared by
            // many rows groups by it.
            boolean kinds = only.role() == ColumnRole.CATEGORY
                    && ColumnRoles.namesLabel(only.words())
                    && only.schema().distinct() * 20 <= index.schema.rowCount();
            if (by.is(Cue.PER) && !t.isPlural() && !kinds) {
                continue;
            }
            Part named = Part.column(i, i + 1, t.raw(), List.of(new ColumnMatcher.Hit(only, 1, Quality.PARTIAL, 0.75)));
            if (unread) {
                parts.add(k + 1, named);
            } else {
                parts.set(k + 1, named);
            }
        }
    }

    /** The one grouping column {@code t} is a word of, whole or abbreviated, or null. */
    private static ColumnInfo groupingOfWord(Token t, SchemaIndex index) {
        // A measure is a grouping only when it takes a few values ("FREQ_WKS" of 2, 4 or 8 weeks).
        return PhraseRewrites.onlyColumn(
                index,
                c -> (!c.isMeasure() || fewValues(c))
                        && !c.isTime()
                        && c.role() != ColumnRole.BOOLEAN
                        && c.words().stream()
                                .anyMatch(w -> t.forms().contains(w) || WordForms.abbreviates(w, t.stem())));
    }

    /**
     * "top 10 makes by number of visits" beside PianoMake: a plural nothing else read right after "top N" that is a
     * word of exactly one grouping column's name is that column, the things ranked.
     */
    static void unreadWordsRanked(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part word = parts.get(k + 2);
            if (!parts.get(k).is(Cue.TOP)
                    || parts.get(k + 1).kind != Part.Kind.NUMBER
                    || word.kind != Part.Kind.WORD
                    || word.end - word.start != 1
                    || !tokens.get(word.start).isPlural()) {
                continue;
            }
            Token t = tokens.get(word.start);
            ColumnInfo only = groupingOfWord(t, index);
            if (only == null) {
                // "top 5 turbnies" beside Turbine: a plural typed with one slip.
                only = PhraseRewrites.onlyColumn(
                        index,
                        c -> c.role() == ColumnRole.CATEGORY
                                && c.words().size() == 1
                                && Words.isTypo(t.word(), c.words().get(0) + "s"));
            }
            if (only != null && only.role() == ColumnRole.CATEGORY) {
                parts.set(
                        k + 2,
                        Part.column(
                                word.start,
                                word.end,
                                word.text,
                                List.of(new ColumnMatcher.Hit(only, 1, Quality.PARTIAL, 0.75))));
            }
        }
    }

    private static boolean fewValues(ColumnInfo c) {
        long distinct = c.schema().distinct();
        return distinct > 1 && distinct <= 12;
    }

    /**
     * "avg e-bikes avail per day" beside snapshot_ts and day_type: a unit of time alone after "per" or "by", where the
     * data has a date, is a grain of that date; only "day type" is the kind of day.
     */
    static void grainsBeforeKinds(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean dated = !index.dateColumns().isEmpty();
        for (int k = 1; k < parts.size() && dated; k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && parts.get(k - 1).isGrouping()
                    && Words.TIME_UNITS.contains(t.stem())
                    && !p.column().isTime()
                    && p.column().words().size() == 2
                    && p.column().words().get(0).equals(t.stem())
                    && SchemaIndex.KIND_NOUNS.contains(p.column().words().get(1))) {
                parts.set(k, Part.cue(p.start, p.end, p.text, Cue.UNIT, t.stem()));
            }
        }
    }

    /**
     * "fuel card sales per network" beside a Tender holding Fuel Card and a fuel_card_ntwk grouped by: a value whose
     * words begin the name of the column grouped by is said for that name, not a filter.
     */
    static void valuesBeginningGroupings(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part v = parts.get(k);
            if (v.kind != Part.Kind.VALUE) {
                continue;
            }
            List<String> stems = v.values.get(0).entry().stems();
            for (int g = 1; g < parts.size(); g++) {
                Part named = parts.get(g);
                List<String> words =
                        named.kind == Part.Kind.COLUMN ? named.column().words() : List.of();
                if (parts.get(g - 1).isGrouping()
                        && words.size() > stems.size()
                        && words.subList(0, stems.size()).equals(stems)) {
                    parts.set(k, PhraseRewrites.asWord(v, tokens));
                    break;
                }
            }
        }
    }

    /**
     * "income by service type" beside TOTAL_INVOICE_GBP and no pay at all: a word of pay ("income", "earnings") in data
     * that pays nobody is the money taken, the one sales column.
     */
    static void incomeWithoutPay(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (index.columns.stream().anyMatch(c -> c.groups().contains("salary"))) {
            return;
        }
        ColumnInfo sales = index.salesMeasure;
        for (int k = 0; k < parts.size() && sales != null; k++) {
            Part p = parts.get(k);
            // A noun measured ("income by", "total income"), not a verb of paying ("suppliers paid", "did X pay").
            boolean measured = k + 1 < parts.size() && parts.get(k + 1).isGrouping()
                    || k > 0 && parts.get(k - 1).is(Cue.AGG);
            if (p.kind == Part.Kind.WORD
                    && p.end - p.start == 1
                    && measured
                    && !Words.isParticiple(tokens.get(p.start).word())
                    && Synonyms.groupsOf(tokens.get(p.start).stem()).contains("salary")
                    && !Synonyms.groupsOf(tokens.get(p.start).stem()).contains("sales")) {
                parts.set(k, PhraseRewrites.asColumn(p, sales, Quality.SYNONYM, 0.68));
            }
        }
    }

    /**
     * "EV charging kWh per month", "fuel litres sold" beside Qty and a UoM column holding KWH and LTR: a unit the rows
     * are counted in, named or spelt out, is the quantity measured in it, not a filter on the unit.
     */
    static void quantitiesByTheirUnit(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean unitColumn = index.columns.stream().anyMatch(NameNeighbours::namesUnitOfMeasure);
        ColumnInfo quantity = unitColumn
                ? PhraseRewrites.onlyColumn(
                        index, c -> c.isMeasure() && c.groups().contains("quantity"))
                : null;
        for (int k = 0; k < parts.size() && quantity != null; k++) {
            Part p = parts.get(k);
            boolean unitValue =
                    p.kind == Part.Kind.VALUE && namesUnitOfMeasure(p.value().column());
            boolean unitWord =
                    p.kind == Part.Kind.WORD && p.end - p.start == 1 && ColumnMatcher.namesUnit(tokens.get(p.start));
            if (unitValue || unitWord) {
                parts.set(k, PhraseRewrites.asColumn(p, quantity, Quality.SYNONYM, 0.8));
                // "litres sold", "litres of diesel sold": the verb of the quantity, not the money a synonym of
                // selling names.
                for (int j = k + 1; j < parts.size(); j++) {
                    Part verb = parts.get(j);
                    if (verb.kind == Part.Kind.COLUMN
                            && verb.end - verb.start == 1
                            && verb.quality() == Quality.SYNONYM
                            && Words.isParticiple(tokens.get(verb.start).word())) {
                        parts.set(j, PhraseRewrites.asWord(verb, tokens));
                    }
                }
            }
        }
    }

    private static boolean namesUnitOfMeasure(ColumnInfo c) {
        String compact = c.compacts().get(0);
        return c.role() == ColumnRole.CATEGORY
                && ("uom".equals(compact) || "unit".equals(compact) || "unitofmeasure".equals(compact));
    }

    /**
     * "avg ticket value" beside ticket_no and Invoice Total (£): the value of the thing each row is (or of the thing
     * whose numbered lines the rows are), its id named and then "value", is the money total, the one sales column.
     */
    static void valuesOfRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int next = p.end;
            // "hire value" beside HireNo on numbered lines: the value of a thing whose lines the rows are is the sum
            // of those lines' money too.
            boolean rowId = p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.column().role() == ColumnRole.ID
                    && (index.isRowEntity(p.column()) || index.numberedLines);
            if (!rowId
                    || next >= tokens.size()
                    || !"value".equals(tokens.get(next).word())
                    || k + 1 < parts.size() && parts.get(k + 1).start == next) {
                continue;
            }
            ColumnInfo sales = index.salesMeasure;
            if (sales != null) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                next + 1,
                                p.text + " value",
                                List.of(new ColumnMatcher.Hit(sales, 2, Quality.SYNONYM, 0.9))));
            }
        }
    }

    /**
     * "net sales" beside Gross Amt (marked as the sales) and Net Amt: a version word that begins a synonym's phrase
     * and that the matched column lacks names the one money column that has it.
     */
    static void qualifiedSynonyms(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start < 2 || p.quality() != Quality.SYNONYM) {
                continue;
            }
            String first = tokens.get(p.start).word();
            if (!Words.VERSION_WORDS.contains(first) || p.column().core().contains(first)) {
                continue;
            }
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index, c -> c.isMeasure() && c.core().contains(first) && MeasureKinds.money(c.schema(), c.words()));
            if (only != null) {
                parts.set(k, PhraseRewrites.asColumn(p, only, Quality.EXACT, 0.95));
            }
        }
    }

    /**
     * "avg total bill" for Total Billed (£): after another aggregation, "total" right before a name that begins with
     * it is that name's word, not a sum.
     */
    static void totalsInNames(List<Part> parts) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part total = parts.get(k);
            Part name = parts.get(k + 1);
            if (total.is(Cue.AGG)
                    && "total".equals(total.text)
                    && parts.get(k - 1).is(Cue.AGG)
                    && name.kind == Part.Kind.COLUMN
                    && name.start == total.end
                    && name.column().words().contains("total")) {
                parts.remove(k);
            }
        }
    }

    /**
     * "avg total score" beside Grammar Score, Reading Score and a Total (/150): "total" before a word that several
     * measures' names end with is the one measure named only Total, their total, not a sum of one of them.
     */
    static void totalOfParts(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo total = index.partsTotal;
        for (int k = 0; k + 1 < parts.size() && total != null; k++) {
            Part word = parts.get(k);
            Part name = parts.get(k + 1);
            // Read as the sum, or already as the Total column itself.
            boolean totalWord = "total".equals(word.text)
                    && (word.is(Cue.AGG) || word.kind == Part.Kind.COLUMN && word.column() == total);
            if (!totalWord || name.kind != Part.Kind.COLUMN) {
                continue;
            }
            String stem = tokens.get(name.end - 1).stem();
            long ending = name.columns.stream()
                    .filter(h -> h.column().isMeasure()
                            && h.column()
                                    .words()
                                    .get(h.column().words().size() - 1)
                                    .equals(stem))
                    .count();
            if (name.start == word.end && name.end - name.start == 1 && ending >= 2) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, total, Quality.EXACT, 0.95);
            }
        }
    }

    /**
     * "net hire revenue" beside NET_GBP and GROSS_GBP (marked as the sales): a version word that named its money
     * column alone, right before a money synonym, names that column with it.
     */
    static void versionsBeforeSynonyms(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part version = parts.get(k);
            // "net livery revenue": a word the data does not know may say what the money is for.
            int s = parts.get(k + 1).kind == Part.Kind.WORD && k + 2 < parts.size() ? k + 2 : k + 1;
            Part synonym = parts.get(s);
            boolean adjacent = version.end == parts.get(k + 1).start && parts.get(s - 1).end == synonym.start;
            if (adjacent
                    && version.kind == Part.Kind.COLUMN
                    && version.end - version.start == 1
                    && Words.VERSION_WORDS.contains(tokens.get(version.start).word())
                    && version.column().isMeasure()
                    && MeasureKinds.money(
                            version.column().schema(), version.column().words())
                    && synonym.kind == Part.Kind.COLUMN
                    && synonym.quality() == Quality.SYNONYM
                    && synonym.column() != version.column()
                    && MeasureKinds.money(
                            synonym.column().schema(), synonym.column().words())) {
                parts.set(
                        k,
                        Part.column(
                                version.start,
                                synonym.end,
                                Annotator.text(tokens, version.start, synonym.end - version.start),
                                version.columns));
                parts.subList(k + 1, s + 1).clear();
            }
        }
    }

    /**
     * "share of line value by service" beside LINE_NO and LINE_AMT: a name followed by "value" or "amount" is the
     * one amount whose name holds both, not the column the first word names alone.
     */
    static void amountsOfNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || p.end >= tokens.size()) {
                continue;
            }
            boolean nextFree = k + 1 >= parts.size() || parts.get(k + 1).start > p.end;
            String after = tokens.get(p.end).word();
            if (!nextFree
                    || !AMOUNT_WORDS.contains(after)
                    || p.column().words().stream().anyMatch(AMOUNT_WORDS::contains)) {
                continue;
            }
            String w = tokens.get(p.start).stem();
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.isMeasure()
                            && c.words().contains(w)
                            && c.words().stream().anyMatch(AMOUNT_WORDS::contains));
            if (only != null) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                p.end + 1,
                                Annotator.text(tokens, p.start, 2),
                                List.of(new ColumnMatcher.Hit(only, 2, Quality.EXACT, 0.95))));
            }
        }
    }

    /**
     * "by value of won quotes" beside Quote No and Quoted Value (£): "value of" before the things (a value of them
     * between) is the one amount named by the thing, or its participle, and that amount word.
     */
    static void valueOfThings(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.SYNONYM
                    && AMOUNT_WORDS.contains(tokens.get(p.start).word())
                    && next != null
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end + 1
                    && "of".equals(tokens.get(p.end).word())
                    && next.column().isMeasure()
                    && (NumericColumns.money(next.column())
                            || next.column().words().stream().anyMatch(AMOUNT_WORDS::contains))) {
                // "total value of estimates" beside FINAL_AMT and EST_AMT: the amount named after "of" is the value.
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
                continue;
            }
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || p.column().isMeasure()) {
                continue;
            }
            int j = p.start - 1;
            if (k > 0 && parts.get(k - 1).kind == Part.Kind.VALUE && parts.get(k - 1).end == p.start) {
                j = parts.get(k - 1).start - 1;
            }
            if (j < 1
                    || !"of".equals(tokens.get(j).word())
                    || !AMOUNT_WORDS.contains(tokens.get(j - 1).word())) {
                continue;
            }
            String thing = tokens.get(p.start).stem();
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.isMeasure()
                            // PLAN_VAL_GBP: the amount word written short.
                            && c.words().stream()
                                    .anyMatch(w -> AMOUNT_WORDS.contains(w) || WordForms.abbreviates(w, "value"))
                            && c.words().stream()
                                    .anyMatch(w ->
                                            w.equals(thing) || Words.bases(w).contains(thing)));
            if (only != null) {
                parts.set(k, PhraseRewrites.asColumn(p, only, Quality.EXACT, 0.95));
                // "value of plans" beside DEP_GBP, which "value" alone had named: the plans' value is the one.
                for (int i = 0; i < k; i++) {
                    Part amount = parts.get(i);
                    if (amount.kind == Part.Kind.COLUMN && amount.start == j - 1 && amount.end == j) {
                        parts.set(i, PhraseRewrites.understoodWord(amount.start, tokens));
                    }
                }
            }
        }
    }

    /** What a service or item costs whoever is billed for it. */
    private static final Set<String> CHARGE_WORDS = Words.set("cost costs charge charges fee fees");

    /**
     * "farrier charges by month", "top 5 horses by hay cost" in a file of billed lines: a money word right after a
     * value of what was sold is the money taken for it, the sales, when no column is named by the word itself (a
     * unit price is only like it).
     */
    static void chargesOfValues(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo sales = index.salesMeasure;
        if (sales == null) {
            return;
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.end - p.start != 1
                    || before.kind != Part.Kind.VALUE
                    || before.end != p.start
                    || !CHARGE_WORDS.contains(tokens.get(p.start).word())
                    || p.kind != Part.Kind.WORD
                            && !(p.kind == Part.Kind.COLUMN
                                    && p.columns.stream().allMatch(h -> h.quality() == Quality.SYNONYM))) {
                continue;
            }
            parts.set(k, PhraseRewrites.asColumn(p, sales, Quality.SYNONYM, 0.9));
        }
    }

    /**
     * "takings per staff member" beside staff_name and member_YN: two words read as a yes/no column by the last alone
     * are rather the one grouping whose name begins with the first.
     */
    static void firstWordsOfGroupings(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 2) {
                continue;
            }
            String first = tokens.get(p.start).stem();
            // "customers churned": a participle after the things is what they did, the flag itself.
            if (Words.isParticiple(tokens.get(p.start + 1).word())
                    || p.columns.stream()
                            .anyMatch(h -> h.column().words().contains(first)
                                    || h.column().role() != ColumnRole.BOOLEAN)) {
                continue;
            }
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index,
                    c -> !c.isMeasure()
                            && c.role() != ColumnRole.BOOLEAN
                            && !c.words().isEmpty()
                            && c.words().get(0).equals(first));
            if (only != null) {
                parts.set(k, PhraseRewrites.asColumn(p, only, Quality.PARTIAL, 0.9));
            }
        }
    }

    /** Words naming an amount of money. */
    private static final Set<String> MONEY_NOUNS = Words.set("price prices cost costs fee fees spend amount value");

    /**
     * "avg ticket price by section" beside Price Band and Face Value (£): a money word averaged or totalled cannot be a
     * band or kind it begins; it is the money the rows take.
     */
    static void moneyAggregated(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo sales = index.salesMeasure;
        if (sales == null) {
            return;
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || !parts.get(k - 1).is(Cue.AGG)
                    || p.quality() == Quality.EXACT
                    || p.columns.stream().anyMatch(h -> h.column().isMeasure())
                    || !MONEY_NOUNS.contains(tokens.get(p.end - 1).word())) {
                continue;
            }
            parts.set(k, PhraseRewrites.asColumn(p, sales, Quality.SYNONYM, 0.9));
        }
    }

    /** Words for money taken. */
    private static final Set<String> TAKINGS = Words.set("revenue income takings fees charges");

    /**
     * "buggy hire revenue per month" beside buggy_YN and Buggy Fee (£): a name's word, perhaps a word after it, and a
     * word for money taken is the one money amount whose name begins with that word.
     */
    static void takingsOfNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || p.column().isMeasure()) {
                continue;
            }
            int last = k + 1;
            if (last + 1 < parts.size() && parts.get(last).kind == Part.Kind.WORD) {
                last = TAKINGS.contains(tokens.get(parts.get(last).start).word()) ? last : last + 1;
            }
            Part money = parts.get(last);
            if (money.kind != Part.Kind.WORD
                    || money.end - money.start != 1
                    || !TAKINGS.contains(tokens.get(money.start).word())
                    || parts.get(k + 1).kind != Part.Kind.WORD) {
                continue;
            }
            String w = tokens.get(p.start).stem();
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.isMeasure()
                            && !c.words().isEmpty()
                            && c.words().get(0).equals(w)
                            && MeasureKinds.money(c.schema(), c.words()));
            if (only == null) {
                continue;
            }
            parts.set(
                    k,
                    Part.column(
                            p.start,
                            money.end,
                            Annotator.text(tokens, p.start, money.end - p.start),
                            List.of(new ColumnMatcher.Hit(only, money.end - p.start, Quality.EXACT, 0.95))));
            parts.subList(k + 1, last + 1).clear();
        }
    }

    /**
     * "total storage fees collected" beside an event_type holding COLLECT: a state of money right after the money
     * named says what the money is, not which rows to keep.
     */
    static void statesAfterMoney(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part money = parts.get(k - 1);
            Part state = parts.get(k);
            String w = tokens.get(state.start).word();
            if (state.kind == Part.Kind.VALUE
                    && state.end - state.start == 1
                    && state.start == money.end
                    && money.kind == Part.Kind.COLUMN
                    && money.column().isMeasure()
                    && MeasureKinds.money(
                            money.column().schema(), money.column().words())
                    && MONEY_STATES.stream().anyMatch(set -> set.contains(w))) {
                parts.set(k, PhraseRewrites.asWord(state, tokens));
            }
        }
    }

    /**
     * "rent collected" beside rent_due_gbp and rent_paid_gbp: a participle after a name several money columns share
     * picks the one whose name says the same state of the money (collected is paid, owed is due).
     */
    static void moneyStates(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.columns.size() < 2
                    || next.kind != Part.Kind.WORD
                    || next.start != p.end) {
                continue;
            }
            String w = tokens.get(next.start).word();
            for (Set<String> state : MONEY_STATES) {
                if (!state.contains(w)) {
                    continue;
                }
                List<ColumnInfo> named = p.columns.stream()
                        .map(ColumnMatcher.Hit::column)
                        .filter(c -> c.words().stream().anyMatch(state::contains))
                        .toList();
                if (named.size() == 1) {
                    parts.set(
                            k,
                            Part.column(
                                    p.start,
                                    next.end,
                                    Annotator.text(tokens, p.start, next.end - p.start),
                                    List.of(new ColumnMatcher.Hit(named.get(0), 2, Quality.EXACT, 0.95))));
                    parts.remove(k + 1);
                }
            }
        }
    }

    /**
     * "current condition score vs previous" beside Cond Score Now and Cond Score Prev: "current" and "previous" name
     * the two readings of the measure, not periods; before the name they pick one, alone they name the other.
     */
    static void currentAndPrevious(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo now = null;
        ColumnInfo previous = null;
        for (ColumnInfo a : index.columns) {
            for (ColumnInfo b : index.columns) {
                if (a != b && a.isMeasure() && b.isMeasure() && readings(a.words(), b.words())) {
                    now = a;
                    previous = b;
                }
            }
        }
        if (now == null) {
            return;
        }
        ColumnInfo current = now;
        ColumnInfo before = previous;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            boolean cue = (p.is(Cue.THIS) || p.is(Cue.LAST)) && p.end - p.start == 1;
            ColumnInfo named = NOW_WORDS.contains(w) ? current : PREVIOUS_WORDS.contains(w) ? before : null;
            if (!cue || named == null) {
                continue;
            }
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            boolean beforeName = next != null
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && next.columns.stream().anyMatch(h -> h.column() == current || h.column() == before);
            int end = beforeName ? next.end : p.end;
            parts.set(
                    k,
                    Part.column(
                            p.start,
                            end,
                            Annotator.text(tokens, p.start, end - p.start),
                            List.of(new ColumnMatcher.Hit(named, end - p.start, Quality.EXACT, 0.95))));
            if (beforeName) {
                parts.remove(k + 1);
            }
        }
    }

    /** Whether two names differ only by a word of now in the first and a word of before in the second. */
    private static boolean readings(List<String> a, List<String> b) {
        int at = Words.onlyDifference(a, b);
        return at >= 0 && NOW_WORDS.contains(a.get(at)) && PREVIOUS_WORDS.contains(b.get(at));
    }

    /**
     * "stock before vs after" for Stock Before (%) beside Stock After (%): a lone word after "vs" or "and" that
     * replaces a word of the name before it names the sibling column, whatever the parser made of it ("after").
     */
    static void elidedAfterVersus(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part name = parts.get(k);
            Part vs = parts.get(k + 1);
            Part word = parts.get(k + 2);
            boolean joined = vs.start == name.end && word.start == vs.end;
            if (name.kind != Part.Kind.COLUMN
                    || !(vs.is(Cue.VS) || vs.is(Cue.AND))
                    || !joined
                    || word.end - word.start != 1
                    || word.kind == Part.Kind.COLUMN
                    || word.kind == Part.Kind.VALUE) {
                continue;
            }
            List<String> words = name.column().words();
            String w = tokens.get(word.start).word();
            ColumnInfo found = null;
            for (ColumnInfo sibling : index.columns) {
                List<String> other = sibling.words();
                if (sibling == name.column() || other.size() != words.size() || !other.contains(w)) {
                    continue;
                }
                int differ = 0;
                for (int i = 0; i < words.size(); i++) {
                    differ += words.get(i).equals(other.get(i)) ? 0 : 1;
                }
                if (differ == 1) {
                    found = sibling;
                }
            }
            if (found != null) {
                parts.set(k + 2, PhraseRewrites.asColumn(word, found, Quality.EXACT, 1.0));
            }
        }
    }

    /**
     * "weight vs value per line" beside Est Value (£): a word right after "vs" that nothing read and that is a word of
     * exactly one other measure's name is that measure, the second of the pair.
     */
    static void unreadAfterVersus(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part vs = parts.get(k);
            Part name = parts.get(k - 1);
            int at = vs.end;
            boolean unread = at < tokens.size() && (k + 1 == parts.size() || parts.get(k + 1).start > at);
            if (!vs.is(Cue.VS)
                    || name.kind != Part.Kind.COLUMN
                    || !name.column().isMeasure()
                    || !unread) {
                continue;
            }
            String w = tokens.get(at).stem();
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index, c -> c.isMeasure() && c != name.column() && c.words().contains(w));
            if (only != null && tokens.get(at).isWord()) {
                parts.add(k + 1, PhraseRewrites.columnAt(tokens, at, only, Quality.PARTIAL, 0.8));
            }
        }
    }

    /**
     * "planned vs actual duration" for Actual Days beside Planned Days: a word before "vs" or "and" that
     * replaces the first word of the name matched after it names the sibling column (not Status = Planned).
     */
    static void elidedSiblings(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (!(next.is(Cue.VS) || next.is(Cue.AND)) || k + 2 >= parts.size()) {
                continue;
            }
            Part name = parts.get(k + 2);
            boolean joined = next.start == p.end && name.start == next.end;
            if (p.end - p.start != 1 || name.kind != Part.Kind.COLUMN || !joined) {
                continue;
            }
            List<String> core = name.column().core();
            if (core.size() < 2 || !tokens.get(name.start).forms().contains(core.get(0))) {
                continue;
            }
            Token t = tokens.get(p.start);
            for (ColumnInfo sibling : index.columns) {
                List<String> other = sibling.core();
                if (sibling != name.column()
                        && other.size() == core.size()
                        && t.forms().contains(other.get(0))
                        && other.subList(1, other.size()).equals(core.subList(1, core.size()))) {
                    if (p.kind != Part.Kind.COLUMN || p.column() != sibling) {
                        parts.set(k, PhraseRewrites.asColumn(p, sibling, Quality.EXACT, 1.0));
                    }
                    break;
                }
            }
        }
    }

    /**
     * "per-word rate", "word rate": a word right before a name that is what that name's column is counted per (Rate
     * (EUR/word)) qualifies the name; it does not add the column it names alone (Word Count).
     */
    static void denominatorsBeforeNames(List<Part> parts, List<Token> tokens) {
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
     * "actual kg" for Actual Qty (kg) beside Planned Qty (kg); "price paid", "revenue paid" for Paid (USD) beside List
     * Price (USD): two words in a row that one column has in common name it together, and a kind of money before a
     * money column named by its participle is that column.
     */
    static void sharedNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part a = parts.get(k);
            Part b = parts.get(k + 1);
            if (!Parts.oneWordNamesInARow(a, b)) {
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
                                Annotator.text(tokens, a.start, b.end - a.start),
                                List.of(new ColumnMatcher.Hit(named, 2, Quality.EXACT, 0.95))));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "weight in vs weight out" for Wt In (kg) and Wt Out (kg): a name several columns share, followed by the small
     * word only one of them has (in, out, on, off), is that column, whatever the parser made of the small word.
     */
    static void sideWords(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2 || p.end >= tokens.size()) {
                continue;
            }
            String w = tokens.get(p.end).word();
            ColumnInfo side = null;
            int sides = 0;
            for (ColumnMatcher.Hit h : p.columns) {
                if (h.column().words().contains(w)) {
                    side = h.column();
                    sides++;
                }
            }
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            boolean nextIsWord = next != null
                    && next.start == p.end
                    && (next.end - next.start != 1 || next.kind == Part.Kind.COLUMN || next.kind == Part.Kind.VALUE);
            if (sides != 1 || nextIsWord || !ColumnRoles.PARTICLES.contains(w)) {
                continue;
            }
            if (next != null && next.start == p.end) {
                parts.remove(k + 1);
            }
            parts.set(
                    k,
                    Part.column(
                            p.start,
                            p.end + 1,
                            Annotator.text(tokens, p.start, p.end + 1 - p.start),
                            List.of(new ColumnMatcher.Hit(side, 2, Quality.EXACT, 0.95))));
        }
    }

    /**
     * "median sale nhs vs private" beside NHS_YN: a word set against a yes/no name is the flag's other side, the
     * rows without it, not a value of another column that begins with the word (Private Eye Exam).
     */
    static void flagAgainstItsOtherSide(List<Part> parts, List<Token> tokens) {
        for (int k = 2; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part flag = parts.get(k - 2);
            if (p.kind == Part.Kind.VALUE
                    && p.end - p.start == 1
                    && parts.get(k - 1).is(Cue.VS)
                    && flag.kind == Part.Kind.COLUMN
                    && flag.quality() == Quality.EXACT
                    && flag.column().role() == ColumnRole.BOOLEAN
                    && p.values.get(0).entry().column() != flag.column()
                    && !p.values
                            .get(0)
                            .entry()
                            .compact()
                            .equals(tokens.get(p.start).word())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "right eye sph vs left eye sph" for SPH_R (D) and SPH_L (D): a name several columns share, told apart only by
     * a one-letter word (L and R, M and F), is the one whose letter begins a word nothing read just before it.
     */
    static void sideInitials(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2) {
                continue;
            }
            ColumnInfo chosen = null;
            for (int j = k - 1; j >= Math.max(0, k - 2) && chosen == null; j--) {
                Part before = parts.get(j);
                if (before.kind != Part.Kind.WORD || before.end - before.start != 1) {
                    break;
                }
                String word = tokens.get(before.start).word();
                if (word.length() >= 3) {
                    chosen = letterOf(p.columns, word.substring(0, 1));
                }
            }
            if (chosen != null) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                p.end,
                                Annotator.text(tokens, p.start, p.end - p.start),
                                List.of(new ColumnMatcher.Hit(chosen, p.end - p.start, Quality.EXACT, 0.95))));
            }
        }
    }

    /** The one candidate with the given one-letter word in its name, when every other candidate has another. */
    private static ColumnInfo letterOf(List<ColumnMatcher.Hit> hits, String letter) {
        ColumnInfo found = null;
        for (ColumnMatcher.Hit h : hits) {
            List<String> letters = h.column().words().stream()
                    .filter(w -> w.length() == 1 && Character.isLetter(w.charAt(0)))
                    .toList();
            if (letters.isEmpty()) {
                return null;
            }
            if (letters.contains(letter)) {
                if (found != null) {
                    return null;
                }
                found = h.column();
            }
        }
        return found;
    }

    /**
     * "booking channel", "hire contracts", "hire revenue": a word that names a date best, in part, right before another
     * name qualifies that name; it is no time axis. So does a word only like a name before a name said exactly.
     */
    static void datesBeforeNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && next.start == p.end
                    && next.kind == Part.Kind.COLUMN
                    && (p.quality() == Quality.PARTIAL
                                    && p.column().role() == ColumnRole.DATE
                                    && next.column().role() != ColumnRole.DATE
                            // "weighbridge tickets" beside weigh_dt and Ticket No: a word only like a name, before a
                            // name said exactly.
                            || p.quality() == Quality.FUZZY
                                    && next.quality() == Quality.EXACT
                                    && next.column() != p.column())) {
                parts.set(
                        k + 1,
                        Part.column(
                                p.start, next.end, Annotator.text(tokens, p.start, next.end - p.start), next.columns));
                parts.remove(k);
            }
        }
    }

    /**
     * "kg fed", "hours logged": a participle right after a measure, naming another column only in part (Animals Fed),
     * is what was done with the measure.
     */
    static void participlesAfterMeasures(List<Part> parts, List<Token> tokens) {
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
                    && (b.quality() == Quality.PARTIAL || b.quality() == Quality.FUZZY)
                    && (a.column().isMeasure() || a.column().role() == ColumnRole.ID)
                    // "cases were cancelled" beside CANCELLED_OTD: what happened to the things is their flag;
                    // "turns delayed more than an hour": the measure of it, compared.
                    && !(a.column().role() == ColumnRole.ID
                            && (b.column().role() == ColumnRole.BOOLEAN
                                    || b.column().isMeasure()
                                            && k + 1 < parts.size()
                                            && parts.get(k + 1).is(Cue.CMP)))
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
                                    Annotator.text(tokens, a.start, b.end - a.start),
                                    List.of(new ColumnMatcher.Hit(named, b.end - a.start, Quality.EXACT, 0.95))));
                    parts.remove(k);
                } else {
                    parts.set(k, Part.word(b.start, t.raw()));
                }
            }
        }
    }

    /**
     * "variance £", "variance over £1000" beside VAR_QTY and VAR_VAL_GBP: a currency sign beside a name several
     * columns share, or an amount of money after it or its comparison, keeps the money columns among them.
     */
    static void moneySigns(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        moneyTotalled(parts, tokens, index);
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2 || !moneyBeside(p, tokens)) {
                continue;
            }
            double best = p.columns.get(0).score();
            List<ColumnMatcher.Hit> close = p.columns.stream()
                    .filter(h -> h.score() >= best - Part.CLOSE_CALL)
                    .toList();
            List<ColumnMatcher.Hit> money = close.stream()
                    .filter(h ->
                            MeasureKinds.money(h.column().schema(), h.column().words()))
                    .toList();
            if (!money.isEmpty() && money.size() < close.size()) {
                parts.set(k, Part.column(p.start, p.end, p.text, money));
            }
        }
    }

    /**
     * "total £ outstanding on unpaid lines", "the most £": a currency sign right after "total", "sum", "average" or a
     * superlative, with no name or amount beside it, is the money the rows record (the sales column).
     */
    private static void moneyTotalled(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part word = parts.get(k);
            if (word.kind == Part.Kind.WORD
                    && word.end - word.start == 1
                    && "money".equals(tokens.get(word.start).word())
                    && parts.stream().noneMatch(x -> x.is(Cue.COUNT) || x.is(Cue.UNIQUE))) {
                // "share of money taken by payment method": money no name says is the money the rows record; not
                // "how many institutions got money", where it only says what they got.
                ColumnInfo sales = index.salesMeasure;
                if (sales != null) {
                    ColumnMatcher.Hit hit = new ColumnMatcher.Hit(sales, 1, Quality.SYNONYM, 0.68);
                    parts.set(k, Part.column(word.start, word.end, word.text, List.of(hit)));
                }
                return;
            }
        }
        for (int k = 0; k < parts.size(); k++) {
            Part agg = parts.get(k);
            int at = agg.end;
            Part next = Parts.at(parts, k + 1);
            // "total refunds £ at Riverside": a value of the rows may stand between; "which staff ring up the most £".
            boolean totalled = agg.is(Cue.AGG)
                    || agg.is(Cue.SUPER)
                    || agg.kind == Part.Kind.VALUE && k > 0 && parts.get(k - 1).is(Cue.AGG);
            if (totalled
                    && sign(tokens, at)
                    && !(at + 1 < tokens.size() && tokens.get(at + 1).isNumber())
                    && (next == null || next.start > at + 1 || next.kind != Part.Kind.COLUMN)) {
                // Looked up only once a sign is found: most questions have none.
                ColumnInfo sales = index.salesMeasure;
                if (sales == null) {
                    return;
                }
                ColumnMatcher.Hit hit = new ColumnMatcher.Hit(sales, 1, Quality.SYNONYM, 0.68);
                parts.add(k + 1, Part.column(at, at + 1, tokens.get(at).raw(), List.of(hit)));
                return;
            }
        }
    }

    private static boolean moneyBeside(Part p, List<Token> tokens) {
        return sign(tokens, p.start - 1) || sign(tokens, p.end) || amount(tokens, p.end) || amount(tokens, p.end + 1);
    }

    private static boolean sign(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isCurrencySign();
    }

    private static boolean amount(List<Token> tokens, int i) {
        return i < tokens.size() && (tokens.get(i).flags() & Token.CURRENCY) != 0;
    }

    /**
     * "distinct series scanned" beside Pages Scanned and series_ref: two words that reach a name only by the
     * participle after a thing another name starts with are that thing, and what was done to it.
     */
    static void thingsBeforeParticiples(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 2 || p.quality() != Quality.PARTIAL) {
                continue;
            }
            Token thing = tokens.get(p.start);
            Token done = tokens.get(p.start + 1);
            ColumnInfo named = p.column();
            if (!Words.isParticiple(done.word())
                    || named.words().contains(thing.stem())
                    || !named.words().contains(done.word())) {
                continue;
            }
            List<ColumnInfo> others = index.startingWith(thing.stem()).stream()
                    .filter(c -> c != named && c.words().size() > 1)
                    .toList();
            if (others.size() != 1) {
                continue;
            }
            ColumnInfo other = others.get(0);
            parts.set(
                    k,
                    Part.column(
                            p.start,
                            p.start + 1,
                            thing.raw(),
                            List.of(new ColumnMatcher.Hit(other, 1, Quality.PARTIAL, 0.7))));
            parts.add(k + 1, Part.word(p.start + 1, done.raw()));
        }
    }
}
