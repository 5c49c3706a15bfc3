package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** Rewrites about the rows: a plural, a doer or a record word that names what each row is rather than a column. */
final class RowPhrases {

    private RowPhrases() {}

    /**
     * "monthly visitor trend" where visit_id is one per row: the one who does what each row records (visitor, caller,
     * rider) stands for the rows, not for a column it partly names (Visitor Origin).
     */
    static void doersOfTheRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
                    parts.set(k, PhraseRewrites.asWord(p, tokens));
                    break;
                }
            }
        }
    }

    /** Endings that make a doer of what each row records: visit-or, ride-r, call-er. */
    private static final List<String> DOER_ENDINGS = List.of("or", "er", "r");

    /**
     * "time spent in the museum" in a museum-visits file: the file's own subject after "in/at the" is the place
     * every row happened, not the column it partly names (Museum Site); so is the file itself closing the question.
     */
    static void theSubjectItself(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String stem = p.end - p.start == 1 ? tokens.get(p.start).stem() : "";
            // "how many distinct trips are in the log" beside Logged At: the file itself, whatever column it names.
            boolean container = CONTAINERS.contains(stem) && p.end == tokens.size();
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.start < 2
                    || !container
                            && (p.quality() == Quality.EXACT
                                    || !index.topic.words().contains(stem))) {
                continue;
            }
            String the = tokens.get(p.start - 1).word();
            String at = tokens.get(p.start - 2).word();
            if ("the".equals(the) && ("in".equals(at) || "at".equals(at))) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /** Words for the file or system the rows come from. */
    private static final Set<String> CONTAINERS =
            Set.of("log", "data", "dataset", "file", "table", "sheet", "spreadsheet", "export", "system", "register");

    /**
     * "most passengers ever on a single sailing" where sailing_id is one per row: one row is meant, so the largest
     * value, not a ranking of the rows.
     */
    static void oneOfTheRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
            parts.set(k, PhraseRewrites.asWord(p, tokens));
        }
    }

    /** Words before a row's name that mean any one row ("a single sailing", "any order", "one visit"). */
    private static final Set<String> ONE_OF = Set.of("single", "any", "a", "an", "one", "individual");

    /**
     * "winning candidates" with a yes/no column Winner?, "smoking patients" with Smoker: the -ing form of the verb
     * whose doer a yes/no column names is that column.
     */
    static void doingForDoer(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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
                    parts.set(k, PhraseRewrites.asColumn(p, c, Quality.SYNONYM, 0.8));
                    break;
                }
            }
        }
    }

    /**
     * "awarded value", "landings value", "total value of contracts", "distribution of contract values": where one
     * measure's name says value (Contract Value ($), Landed Value (USD)), "value" named with the word before it (an
     * unknown word, a date or the rows' noun only partly named), after an aggregation or a value, opening the question
     * or before "of" is that measure, or else the one sales-like measure. "value" is otherwise a filler word.
     */
    static void valueOfTheRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        // Without one (Line Total beside Unit Price in quote lines): the one sales-like measure, the rows' money.
        ColumnInfo measure = index.valueMeasure != null ? index.valueMeasure : index.salesMeasure;
        if (measure == null) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (!("value".equals(w) || "values".equals(w)) || Parts.covering(parts, i) >= 0) {
                continue;
            }
            int k = 0;
            while (k < parts.size() && parts.get(k).end <= i) {
                k++;
            }
            Part before = k > 0 ? parts.get(k - 1) : null;
            ColumnMatcher.Hit named = new ColumnMatcher.Hit(measure, 1, Quality.SYNONYM, 0.8);
            boolean ofSomething =
                    i + 1 < tokens.size() && "of".equals(tokens.get(i + 1).word());
            if ((i == 0 || ofSomething) && (before == null || before.end != i)) {
                // "value written off as expired by branch", "value of deliveries received": the value asked for first.
                parts.add(k, Part.column(i, i + 1, tokens.get(i).raw(), List.of(named)));
                continue;
            }
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

    /**
     * "only samples with quality >= 7" where each row is a sample (Sample ID): the plural names the rows, it does not
     * ask for a sample of the data.
     */
    static void rowsNotOverview(List<Part> parts, List<Token> tokens, SchemaIndex index) {
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

    /**
     * "how many leads did each staff member scan" beside lead_company and lead_temp: a plural that is only the first
     * word of several attributes (no id or label among them) is the thing they describe, each row one of them, not
     * any one of those columns.
     */
    static void sharedModifiers(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || !t.isPlural()) {
                continue;
            }
            if (parts.subList(0, k).stream().anyMatch(b -> b.is(Cue.UNIQUE))) {
                // "distinct patients" beside patient_mrn: asked distinct, the plural is a column that tells them apart.
                continue;
            }
            boolean modifierOfAll = p.columns.stream()
                    .allMatch(h -> h.quality() == Quality.PARTIAL && attributeOf(h.column(), t.stem()));
            if (modifierOfAll && p.columns.size() >= 2) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * Whether {@code c} is an attribute of {@code thing} named by it first: a category, flag or text, not a name or a
     * code (nor a date: "for events in 2024" beside Event Date and Event Slot says which date).
     */
    private static boolean attributeOf(ColumnInfo c, String thing) {
        return (c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.BOOLEAN || c.role() == ColumnRole.TEXT)
                && c.entity() == null
                && c.core().size() > 1
                && c.core().get(0).equals(thing)
                // ward_name, project_code: a name or a code of the thing is the thing itself.
                && c.words().stream()
                        .noneMatch(w -> ColumnRoles.ID_WORDS.contains(w) || ColumnRoles.LABEL_WORDS.contains(w));
    }

    /**
     * "median days matured for each grade" beside MATURING_DAYS and "Mature Cheddar": one word right after a measure,
     * another form of a word of that measure's name (five letters in common at the start), finishes the measure's name;
     * it is not the first word of a longer value.
     */
    static void measureWordsNotValues(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.VALUE
                    || p.end - p.start != 1
                    || p.value().stems().size() < 2
                    || before.kind != Part.Kind.COLUMN
                    || before.end != p.start
                    || !before.column().isMeasure()) {
                continue;
            }
            String w = tokens.get(p.start).word();
            if (before.column().words().stream().anyMatch(n -> sameRoot(n, w))) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    private static boolean sameRoot(String a, String b) {
        int root = 5;
        return a.length() >= root && b.length() >= root && a.regionMatches(0, b, 0, root);
    }

    /**
     * "which 3 cheeses lose the least weight" beside CHEESE_CODE and CHEESE_TYPE, "which individual booths get hired
     * least" beside BOOTH_CODE (nine booths) and BOOTH_TYPE (four kinds): ranked things no column is named for are
     * told apart by the finest column whose name begins with their noun; of a code and its description (as many
     * values each), the description.
     */
    static void rankedThingsByTheirColumn(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.WORD || p.used || !t.isPlural() || !rankedBefore(parts, k)) {
                continue;
            }
            ColumnInfo best = null;
            for (ColumnInfo c : index.columns) {
                if (c.role() != ColumnRole.CATEGORY
                        || c.core().size() != 2
                        || !c.core().get(0).equals(t.stem())) {
                    continue;
                }
                if (best == null
                        || c.distinct() > best.distinct()
                        || c.distinct() == best.distinct() && codeOrId(best) && !codeOrId(c)) {
                    best = c;
                }
            }
            if (best != null) {
                parts.set(k, PhraseRewrites.asColumn(p, best, Quality.PARTIAL, 0.8));
            }
        }
    }

    /** Whether a ranking ("top", "which", perhaps a number and one word more) comes right before part {@code k}. */
    private static boolean rankedBefore(List<Part> parts, int k) {
        int j = k - 1;
        if (j > 0 && parts.get(j).kind == Part.Kind.WORD && !parts.get(j).used) {
            j--;
        }
        if (j > 0 && parts.get(j).kind == Part.Kind.NUMBER) {
            j--;
        }
        return j >= 0
                && parts.get(j).end <= parts.get(k).start
                && (parts.get(j).is(Cue.TOP) || parts.get(j).is(Cue.WHICH));
    }

    private static boolean codeOrId(ColumnInfo c) {
        return c.core().contains("code") || c.core().contains("id");
    }

    /**
     * "largest single arrears balance per officer" beside Single Person Discount: "single" (or "individual") right
     * after a superlative says one row's amount, not a column it half names.
     */
    static void singleAfterSuperlative(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if ((p.kind == Part.Kind.COLUMN || p.kind == Part.Kind.VALUE)
                    && p.end - p.start == 1
                    && p.quality() != Quality.EXACT
                    && parts.get(k - 1).is(Cue.SUPER)
                    && QuestionParser.SINGLE_WORDS.contains(tokens.get(p.start).word())) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "average amount paid on open cases" beside Case Opened and a case_status holding Open: a word that is a
     * category's whole value, read with the noun after it as a date named by that word's participle, is the state
     * of the rows; the noun is the rows.
     */
    static void statesNotParticipleDates(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 2 || p.column().role() != ColumnRole.DATE) {
                continue;
            }
            Token state = tokens.get(p.start);
            boolean participleOfIt = p.column().words().stream()
                    .anyMatch(w -> !w.equals(state.word()) && Words.isParticiple(w) && w.startsWith(state.word()));
            if (!participleOfIt || !tokens.get(p.start + 1).isPlural()) {
                continue;
            }
            List<ValueIndex.Found> found = index.values.exact(tokens, p.start).stream()
                    .filter(f -> f.length() == 1 && f.entry().column().role() == ColumnRole.CATEGORY)
                    .toList();
            if (found.size() == 1) {
                parts.set(k, Part.value(p.start, p.start + 1, state.raw(), found));
                parts.add(k + 1, PhraseRewrites.understoodWord(p.start + 1, tokens));
            }
        }
    }

    /** Words that only say a column holds a date. */
    private static final Set<String> DATE_WORDS = Set.of("date", "dt", "datetime", "time", "timestamp", "ts", "day");

    /**
     * "trend of lines coming off hire per quarter" beside OffHireDate and a LineStatus holding Off Hire: over time, a
     * value that is a date's whole name but its date word says when that happened, the date to plot, not a filter.
     */
    static void eventsDatedByName(List<Part> parts, SchemaIndex index) {
        boolean overTime = parts.stream().anyMatch(x -> x.is(Cue.GRAIN) || x.is(Cue.TREND) || x.is(Cue.UNIT));
        if (!overTime) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start < 2) {
                continue;
            }
            List<String> said = p.value().stems();
            ColumnInfo dated = SchemaIndex.only(
                    index.columns,
                    c -> c.role() == ColumnRole.DATE
                            && c.words().stream()
                                    .filter(w -> !DATE_WORDS.contains(w))
                                    .toList()
                                    .equals(said));
            if (dated != null) {
                parts.set(k, PhraseRewrites.asColumn(p, dated, Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "how many distinct companies have we scanned" beside Company Size (six bands) and lead_company: things counted
     * distinct are told apart by the column of theirs with the most values, not by an attribute that groups them.
     */
    static void distinctByFinestColumn(List<Part> parts) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || !parts.get(k - 1).is(Cue.UNIQUE)
                    || p.columns.size() < 2
                    // "different auditors" beside Auditor: a name said whole is the thing itself.
                    || p.columns.get(0).score() >= 0.99) {
                continue;
            }
            ColumnMatcher.Hit finest = null;
            for (ColumnMatcher.Hit h : p.columns) {
                if (!h.column().isMeasure()
                        && h.quality() != Quality.FUZZY
                        && h.column().role() != ColumnRole.DATE
                        && (finest == null
                                || h.column().distinct() > finest.column().distinct())) {
                    finest = h;
                }
            }
            if (finest != null && finest != p.columns.get(0) && !p.column().isMeasure()) {
                parts.set(k, PhraseRewrites.withFirst(p, finest));
            }
        }
    }

    /** Words that stand for the rows themselves after a noun: "inspection records", "order lines". */
    private static final Set<String> ROW_WORDS = Set.of("records", "rows", "entries", "lines");

    /**
     * "how many inspection records have grade C": a name only partly given right before "records" says what the
     * rows are; it names no column (not INSPECTION TYPE).
     */
    static void recordsOf(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            // A flag before them says which rows ("voided lines" beside VOID_FLG).
            boolean partly = p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.column().role() != ColumnRole.BOOLEAN
                    && !(p.quality() == Quality.EXACT && p.columns.get(0).score() >= 0.99);
            if (partly
                    && next.kind == Part.Kind.WORD
                    && ROW_WORDS.contains(tokens.get(next.start).word())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "top 5 authors by loans", "top 10 landing pages by sessions": ranked by a plural naming the rows is ranked by
     * how many there are, as "by number of loans" says.
     */
    static void rankedByRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean ranked = false;
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            ranked |= p.is(Cue.TOP);
            Part next = parts.get(k + 1);
            // "top 5 desk staff by check-ins" beside CHK_IN_TS: the events a date records, counted.
            boolean events = next.kind == Part.Kind.COLUMN
                    && next.end - next.start > 1
                    && next.column().role() == ColumnRole.DATE
                    && !ColumnRoles.pluralParticle(tokens.get(next.end - 1).word())
                            .isEmpty();
            if (ranked && p.is(Cue.BY) && events) {
                parts.remove(k + 1);
                for (int i = next.end - 1; i >= next.start; i--) {
                    if (tokens.get(i).isWord()) {
                        parts.add(k + 1, PhraseRewrites.understoodWord(i, tokens));
                    }
                }
                parts.add(k + 1, Part.cue(next.start, next.start, "number of", Cue.COUNT, null));
                k++;
                continue;
            }
            if (!ranked || !p.is(Cue.BY) || next.end - next.start != 1) {
                continue;
            }
            boolean wordOrName = next.kind == Part.Kind.WORD || next.kind == Part.Kind.COLUMN;
            // "top 8 areas by tickets" beside Tix Qty, "top publishers by units" beside Qty: the plural of a quantity
            // column, or its synonym, is that quantity.
            boolean quantity = next.kind == Part.Kind.COLUMN
                    && !next.columns.isEmpty()
                    && (next.columns.get(0).quality() == Quality.EXACT
                            || next.columns.get(0).quality() == Quality.SYNONYM)
                    && next.column().isMeasure()
                    && next.column().groups().contains("quantity");
            // "top 5 drivers by takings" beside TAKINGS_ID and GROSS_TAKINGS: the rows' word that a measure's name
            // ends in is that measure.
            boolean measure = next.kind == Part.Kind.COLUMN
                    && next.quality() == Quality.EXACT
                    && next.column().isMeasure()
                    && next.column().lastWord().equals(tokens.get(next.start).stem());
            if (wordOrName && !quantity && !measure && index.namesRows(tokens.get(next.start))) {
                parts.add(k + 1, Part.cue(next.start, next.start, "number of", Cue.COUNT, null));
                k++;
            }
        }
    }

    /**
     * "top 10 most borrowed titles", "most sold items": "most" and a participle before the things ranked is how many
     * times each was done, as "most popular" is.
     */
    static void mostDoneThings(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part most = parts.get(k);
            Part done = parts.get(k + 1);
            Part things = parts.get(k + 2);
            if (most.is(Cue.SUPER)
                    && "most".equals(most.text)
                    && done.kind == Part.Kind.WORD
                    && done.start == most.end
                    && Words.isParticiple(tokens.get(done.start).word())
                    && things.kind == Part.Kind.COLUMN
                    && !things.column().isMeasure()
                    && tokens.get(things.start).isPlural()) {
                parts.set(k, Part.cue(most.start, done.end, most.text + " " + done.text, Cue.SUPER, "desc:count"));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "top 10 clients by area surveyed" beside Region and Area Covered (ha): what a ranking is by, after the things
     * ranked, is a measure; a name read as a measure or as a category is the measure.
     */
    static void rankedByMeasures(List<Part> parts) {
        boolean ranked = false;
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            ranked |= p.is(Cue.TOP);
            Part next = parts.get(k + 1);
            boolean thingsNamed = k > 0 && parts.get(k - 1).kind == Part.Kind.COLUMN;
            if (!ranked
                    || !thingsNamed
                    || !p.is(Cue.BY)
                    || next.kind != Part.Kind.COLUMN
                    || next.column().isMeasure()) {
                continue;
            }
            int k1 = k + 1;
            double best = next.columns.get(0).score();
            next.columns.stream()
                    .filter(h -> h.column().isMeasure() && h.score() >= best - 0.1)
                    .findFirst()
                    .ifPresent(m -> parts.set(k1, Part.column(next.start, next.end, next.text, List.of(m))));
        }
    }

    /**
     * "average goals per match", "applies per posting": "per" and a word that only partly names a date column
     * (Match Date, Posted Date) means per row, as "per order" does; it names no column. So does the plural of the
     * event a participle date records ("orders" beside Ordered At).
     */
    static void perRowNoun(List<Part> parts, List<Token> tokens) {
        boolean timeAsked = parts.stream().anyMatch(c -> c.is(Cue.UNIT) || c.is(Cue.GRAIN) || c.is(Cue.TREND));
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || p.columns.isEmpty()) {
                continue;
            }
            if (tokens.get(p.start).isPlural() && !timeAsked && eventOfADate(p, tokens, parts, k)) {
                // "how many orders were refunded" beside Ordered At: the orders, not their dates ("orders per month"
                // still counts them by that date).
                parts.set(k, PhraseRewrites.asWord(p, tokens));
                continue;
            }
            Part before = k > 0 ? parts.get(k - 1) : null;
            if (before == null || !(before.is(Cue.PER) || before.is(Cue.COUNT))) {
                continue;
            }
            // "number of checkouts" beside Checkout Date, Checkout Yr and Checkout Mth: the loans themselves.
            boolean datePartly =
                    p.columns.stream().allMatch(h -> h.quality() == Quality.PARTIAL && isTimePart(h.column()))
                            && p.columns.stream().anyMatch(h -> h.column().role() == ColumnRole.DATE);
            if (datePartly || (before.is(Cue.PER) && eventOfADate(p, tokens, parts, k))) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "avg spend per booking" beside Booked At, "per order" beside Ordered At: the noun of the participle a date is
     * named by, with no word of time after it, is the event each row records, not the date.
     */
    private static boolean eventOfADate(Part p, List<Token> tokens, List<Part> parts, int k) {
        ColumnInfo c = p.columns.get(0).column();
        String typed = tokens.get(p.start).word();
        String first = c.core().isEmpty() ? "" : c.core().get(0);
        boolean timeAfter = k + 1 < parts.size() && parts.get(k + 1).is(Cue.UNIT);
        // "per detection method" beside Detected At and Detected By: the word names more than the date.
        boolean onlyTheDate = p.closeColumns().stream().allMatch(col -> col == c);
        return c.role() == ColumnRole.DATE
                && onlyTheDate
                && !Words.isParticiple(typed)
                && Words.isParticiple(first)
                && !typed.equals(first)
                && !timeAfter;
    }

    /** Whether a grouping word ("by", "per", "each", a series word) is one of the two parts before {@code k}. */
    private static boolean groupedBefore(List<Part> parts, int k) {
        for (int j = Math.max(0, k - 2); j < k; j++) {
            Part p = parts.get(j);
            if (p.is(Cue.BY) || p.is(Cue.PER) || p.is(Cue.SERIES) || p.is(Cue.EACH)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a column is about time: a date or a name with month, week or day. */
    private static boolean isTimePart(ColumnInfo c) {
        return c.isTime() || c.words().stream().anyMatch(w -> w.equals("month") || w.equals("week") || w.equals("day"));
    }
}
