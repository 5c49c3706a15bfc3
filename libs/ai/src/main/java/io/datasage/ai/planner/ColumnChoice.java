package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** Picks among the columns a word may name the one its context asks for: a grouping column, an id to count, a measure. */
final class ColumnChoice {

    /** What the words before a column say about it. */
    enum Context {
        GROUP,
        SERIES,
        RANKED,
        COUNT,
        BY_COUNT,
        AGG,
        NONE
    }

    private ColumnChoice() {}

    /** Whether {@code c} is the net of weights that also have a tare: what was carried, weighed without the vehicle. */
    private static boolean payload(ColumnInfo c, List<ColumnMatcher.Hit> hits) {
        return c.words().contains("net")
                && c.groups().contains("weight")
                && hits.stream().anyMatch(h -> h.column().words().contains("tare"));
    }

    /** The candidate that fits what the context asks for: a grouping column after "by", an id to count, else a measure. */
    /** A measure of percentages or fractions (COMM_%, Discount Rate 0-1). */
    private static boolean rate(ColumnInfo c) {
        return c != null && (c.isPercent() || c.isMeasure() && c.isFraction());
    }

    static ColumnInfo choose(Question q, Part p, Context ctx) {
        List<ColumnMatcher.Hit> hits = p.columns;
        double best = hits.get(0).score();
        ColumnInfo chosen = null;
        int chosenRank = Integer.MAX_VALUE;
        String typed = q.tokens.get(p.end - 1).stem();
        // "by keg size" beside KEG_SIZE [L] and KEG_NO: a name holding the last word typed, the head of the phrase,
        // before one that only shares its first word.
        // Not "net sales" beside NetAmt and SaleDateTime: a date's event word names the date only with a word of time.
        boolean headNamed = p.end - p.start > 1
                && hits.stream()
                        .anyMatch(h -> h.score() >= best - Part.CLOSE_CALL
                                && h.column().words().contains(typed)
                                && h.column().role() != ColumnRole.DATE);
        // "turnaround time" beside TURNAROUND_MINS and TOTAL_THEATRE_MINS (a duration too): a name holding a word
        // typed, as the best hit, before names only a synonym reaches.
        boolean literalBest = p.end - p.start > 1
                && hits.get(0).quality() == Quality.PARTIAL
                && hits.stream().anyMatch(h -> h != hits.get(0) && h.quality() == Quality.SYNONYM);
        for (ColumnMatcher.Hit h : hits) {
            if (h.score() < best - Part.CLOSE_CALL
                    || headNamed && !h.column().words().contains(typed)
                    || literalBest && h.quality() == Quality.SYNONYM) {
                continue;
            }
            int rank = rank(q, h.column(), ctx, typed);
            // "tonnage" beside Gross (kg), Tare (kg) and Net (kg): the load itself, not load and vehicle.
            boolean payload = chosen != null && payload(chosen, hits);
            boolean total = rank == chosenRank
                    && (payload(h.column(), hits) || Totals.isTotal(h.column()) && !Totals.isTotal(chosen) && !payload);
            // "drug spend" beside Unit Cost (£) and Line Cost (£): the whole amount before the amount per unit.
            boolean whole = rank == chosenRank && perUnit(chosen) && !perUnit(h.column());
            // "share of commission by section" beside COMM_% and COMM_£: the amount, which adds up, before the rate.
            boolean amount = rank == chosenRank
                    && rate(chosen)
                    && MeasurePhrases.money(h.column())
                    && !q.saidWord("rate", "percent", "percentage", "pct", "%");
            if (rank < chosenRank || total || whole || amount) {
                chosen = h.column();
                chosenRank = rank;
            }
        }
        if (hits.size() > 1 && chosen != null && p.quality() != Quality.EXACT && !isEntityWord(q, p, chosen)) {
            q.notes.assumed("'" + p.text + "' could mean several columns; used " + chosen.name() + ".");
        }
        ColumnInfo column = chosen == null ? hits.get(0).column() : chosen;
        column = beforeAnotherNoun(q, p, column);
        ColumnInfo whole = wholeOfAPerUnitAmount(q, p, column, ctx);
        if (whole != null) {
            q.notes.assumed("Added up " + whole.name() + ", the whole amount of each line, not " + column.name() + ".");
            return whole;
        }
        ColumnInfo averaged = averagedMeasure(q, p);
        if (averaged != null) {
            return averaged;
        }
        ColumnInfo dated = datedBeforeUnit(q, p);
        if (dated != null) {
            return dated;
        }
        // "by part number" names Part No itself; "stores" beside Store No and Store Name is read by the name.
        boolean numberAfter = p.end < q.tokens.size()
                && NUMBER_WORDS.contains(q.tokens.get(p.end).word());
        boolean numberNamed = ColumnRoles.namesNumber(column.words()) && (p.end - p.start > 1 || numberAfter);
        if ((ctx == Context.GROUP || ctx == Context.SERIES || ctx == Context.RANKED)
                && !namesTheCode(q, p, column)
                && !numberNamed) {
            ColumnInfo twin = readableTwin(q, column);
            if (twin != null) {
                q.notes.assumed("Grouped by " + twin.name() + ", the name behind " + column.name() + ".");
                return twin;
            }
        }
        return column;
    }

    /**
     * "by reporting channel" beside reported_at and reported_via: a date's event word followed by a noun that names
     * nothing of its own is the first word of another column's name, not the date.
     */
    private static ColumnInfo beforeAnotherNoun(Question q, Part p, ColumnInfo column) {
        if (column.role() != ColumnRole.DATE || p.end - p.start != 1) {
            return column;
        }
        Part next = q.parts.stream().filter(x -> x.start == p.end).findFirst().orElse(null);
        if (next == null || next.kind != Part.Kind.WORD || next.end - next.start != 1) {
            return column;
        }
        String noun = q.tokens.get(next.start).word();
        if (Words.TIME_UNITS.contains(noun) || !noun.chars().allMatch(Character::isLetter) || noun.length() < 4) {
            return column;
        }
        for (ColumnMatcher.Hit h : p.columns) {
            if (h.column().role() != ColumnRole.DATE && h.column().core().size() > 1 && h.score() >= 0.6) {
                return h.column();
            }
        }
        return column;
    }

    /** Words of a name that say its amount is per one of something ("Unit Cost (£)", "Avg Price"). */
    private static final Set<String> PER_ONE = Set.of("unit", "per", "avg", "average", "mean");

    private static boolean perUnit(ColumnInfo c) {
        return c != null && c.words().stream().anyMatch(PER_ONE::contains);
    }

    /**
     * "total repair cost by residence" beside UnitCost, Qty and LineTotal: an amount per unit, added up, would count
     * each line's unit once whatever its quantity; the money word not said per unit is the lines' whole amount.
     */
    private static ColumnInfo wholeOfAPerUnitAmount(Question q, Part p, ColumnInfo column, Context ctx) {
        if (!(ctx == Context.NONE || ctx == Context.AGG)
                || !perUnit(column)
                || !column.isMeasure()
                || q.index.quantityMeasure == null
                || column.groups().contains("quantity")
                || q.tokens.subList(p.start, p.end).stream()
                        .anyMatch(t -> PER_ONE.contains(t.word()) || PER_ONE.contains(t.stem()))) {
            return null;
        }
        // Said to be added up before it ("total cost"), and by nothing else.
        boolean before = true;
        boolean summed = false;
        for (Part x : q.parts) {
            before &= x != p;
            if (x.is(Cue.AGG) || x.is(Cue.AVERAGE_OF)) {
                if (!"sum".equals(x.arg) || !before) {
                    return null;
                }
                summed = true;
            }
        }
        ColumnInfo lines = SchemaIndex.only(
                q.index.columns,
                c -> c.isMeasure() && c.additive() && c.groups().contains("sales") && !perUnit(c));
        return summed && lines != null ? lines : null;
    }

    /**
     * "average refund by reason code" beside Refund_ID and Refund_Amt (GBP): a word averaged or totalled is a
     * measure among the names it could mean, not the id or the name of the thing it names.
     */
    private static ColumnInfo averagedMeasure(Question q, Part p) {
        int k = q.parts.indexOf(p);
        if (p.columns.size() < 2 || k < 1) {
            return null;
        }
        Part before = q.parts.get(k - 1);
        if (!before.is(Cue.AGG) || "count".equals(before.arg) || "count_distinct".equals(before.arg)) {
            return null;
        }
        if (p.column().isMeasure() || p.column().isNumeric()) {
            return null;
        }
        // An average of an id or a name means nothing, so any measure the words name will do, however weakly; what
        // happened before a plan named as closely (ACT_TURN_MINS before SCHED_TURN_MINS for "avg turn time").
        List<ColumnMatcher.Hit> measures = p.columns.stream()
                .filter(h -> h.column().isMeasure() && h.column().isNumeric())
                .toList();
        if (measures.isEmpty()) {
            return null;
        }
        double top = measures.get(0).score();
        return measures.stream()
                .filter(h -> h.score() >= top - Part.CLOSE_CALL && !planned(h.column()))
                .map(ColumnMatcher.Hit::column)
                .findFirst()
                .orElse(measures.get(0).column());
    }

    /**
     * "revenue per performance year" beside Perf Date, Perf Slot and Days Before Perf, "performances in 2024": a word
     * of several names right before a unit of time or a date is the date among them.
     */
    private static ColumnInfo datedBeforeUnit(Question q, Part p) {
        int k = q.parts.indexOf(p);
        if (p.columns.size() < 2
                || k < 0
                || k + 1 >= q.parts.size()
                || !(q.parts.get(k + 1).is(Cue.UNIT) || q.parts.get(k + 1).kind == Part.Kind.DATE)) {
            return null;
        }
        List<ColumnInfo> dates = p.closeColumns().stream()
                .filter(c -> c.role() == ColumnRole.DATE)
                .toList();
        return dates.size() == 1 ? dates.get(0) : null;
    }

    /** "top 10 course codes": a code named whole, words and all, is grouped by itself, not by the name behind it. */
    static boolean namesTheCode(Question q, Part p, ColumnInfo column) {
        return (p.quality() == Quality.EXACT || p.quality() == Quality.FUZZY)
                && p.end - p.start > 1
                && (column.role() == ColumnRole.ID || namedCode(column))
                && column.words().size() > 1
                && sameWord(
                        column.words().get(column.words().size() - 1),
                        q.tokens.get(p.end - 1).stem());
    }

    private static boolean sameWord(String nameWord, String typed) {
        return nameWord.equals(typed) || WordForms.twoLetterStart(nameWord, typed);
    }

    /** A category whose name says it holds codes (Reason Code, CLINIC_CD): a short form of another column's values. */
    /** Words after a thing that ask for its number: "by branch number", "per store no". */
    private static final Set<String> NUMBER_WORDS = Set.of("number", "no", "num", "nr", "#");

    /** "Branch Name", "Store Name": a thing's name, what a number beside it is read as. */
    private static boolean namedName(ColumnInfo c) {
        return c.words().size() == 2 && "name".equals(c.words().get(1));
    }

    private static boolean namedCode(ColumnInfo c) {
        return c.role() == ColumnRole.CATEGORY
                && (c.words().contains("code") || c.words().contains("cd"));
    }

    /**
     * The readable column behind a code ("store_location" for store_id, "product_detail" for product_id, "Return
     * Reason" for Reason Code, "Clinic Name" for CLINIC_CD): a text column named after the same thing with as many
     * distinct values. Charts group by names, not by codes.
     */
    static ColumnInfo readableTwin(Question q, ColumnInfo id) {
        // "Store No" beside Store Name: a number named as such, whatever its values look like, has a readable twin.
        boolean code = namedCode(id);
        boolean numbered = !code && ColumnRoles.namesNumber(id.words()) && id.role() == ColumnRole.CATEGORY;
        if (id.role() != ColumnRole.ID && !code && !numbered || id.words().isEmpty() || id.distinct() <= 0) {
            return null;
        }
        String thing = id.words().get(0);
        for (ColumnInfo c : q.index.columns) {
            if (c != id
                    && (c.role() == ColumnRole.CATEGORY && (!numbered || namedName(c)) || c.role() == ColumnRole.LABEL)
                    && !c.isNumeric()
                    && !namedCode(c)
                    && (c.words().size() > 1
                                    && (code
                                            ? namesThing(c, thing)
                                            : c.words().get(0).equals(thing))
                            // Technician beside Tech ID: the one word of the name the id's thing begins.
                            || c.words().size() == 1
                                    && id.words().size() > 1
                                    && longerForm(c.words().get(0), thing)
                            // FUNERAL_DIRECTOR beside FD_CODE: the name whose initials the code's thing is.
                            || initialled(c, thing))
                    && Math.abs(c.distinct() - id.distinct()) <= Math.max(1, id.distinct() / 20)) {
                return c;
            }
        }
        return null;
    }

    private static boolean initialled(ColumnInfo c, String thing) {
        if (thing.length() < 2 || thing.length() != c.words().size()) {
            return false;
        }
        for (int i = 0; i < thing.length(); i++) {
            if (c.words().get(i).isEmpty() || c.words().get(i).charAt(0) != thing.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean longerForm(String word, String thing) {
        return thing.length() >= 3 && word.length() > thing.length() && word.startsWith(thing);
    }

    /** Whether a name holds the thing a code stands for, whole or shortened ("viol" in VIOL_CD for Violation Description). */
    private static boolean namesThing(ColumnInfo c, String thing) {
        for (String w : c.words()) {
            if (w.equals(thing) || longerForm(w, thing)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words name the thing {@code col} identifies or labels ("customers" for Customer Name): a plain reading. */
    static boolean isEntityWord(Question q, Part p, ColumnInfo col) {
        return p.end - p.start == 1
                && col.entity() != null
                && col.entity().equals(q.tokens.get(p.start).stem());
    }

    /** Words of a plan or an estimate beside the actual amount ("Planned Qty (kg)" beside "Actual Qty (kg)"). */
    static final Set<String> PLAN_WORDS = Set.of(
            "planned",
            "plan",
            "target",
            "budget",
            "budgeted",
            "forecast",
            "expected",
            "estimated",
            "estimate",
            "est",
            "scheduled",
            "sched",
            "booked",
            "quote",
            "quoted");

    /** Whether a measure is a plan or an estimate ("Est Cost (£)") rather than what happened. */
    static boolean planned(ColumnInfo c) {
        return c.isMeasure() && c.core().stream().anyMatch(PLAN_WORDS::contains);
    }

    private static int rank(Question q, ColumnInfo c, Context ctx, String typed) {
        if (planned(c) && !PLAN_WORDS.contains(typed)) {
            // "kg fed" beside Planned Qty (kg) and Actual Qty (kg): what happened, unless the plan is named.
            return rankOf(q, c, ctx, typed) + 1;
        }
        if (c.isMeasure() && c.words().contains(typed)) {
            // "units sold" among Planned, Actual, Sold and Waste Qty, all quantities: the one that says "sold".
            return rankOf(q, c, ctx, typed) - 1;
        }
        return rankOf(q, c, ctx, typed);
    }

    private static int rankOf(Question q, ColumnInfo c, Context ctx, String typed) {
        boolean entityWord = typed.equals(c.entity());
        ColumnRole r = c.role();
        if (r == ColumnRole.DATE && ctx == Context.NONE && namedByQualifier(c, typed)) {
            // "schools" for SchoolDate beside School Name: the date of a school day, not the school.
            return rankBase(ctx, c, entityWord) + 11;
        }
        if (r == ColumnRole.DATE && c != q.index.primaryDate) {
            return rankBase(ctx, c, entityWord) + 1;
        }
        boolean grouping = ctx == Context.GROUP || ctx == Context.SERIES || ctx == Context.RANKED;
        if (grouping
                && c.isCode()
                && ColumnRoles.namesNumber(c.words())
                && !c.words().isEmpty()
                && c.words().get(0).equals(typed)) {
            // "balls lost per lane" beside lane_no (1 to 6) and lane_type: each lane by its number, not its kinds.
            return -1;
        }
        return rankBase(ctx, c, entityWord);
    }

    private static final Set<String> DATE_WORDS = Set.of("date", "day", "time", "datetime", "timestamp");

    /**
     * Whether a date column's name holds the typed word only before its date word ("school" in SchoolDate,
     * "treatment" in Last Treatment Date).
     */
    private static boolean namedByQualifier(ColumnInfo c, String typed) {
        int n = c.words().size();
        return n >= 2
                && c.words().subList(0, n - 1).contains(typed)
                && DATE_WORDS.contains(c.words().get(n - 1));
    }

    private static int rankBase(Context ctx, ColumnInfo c, boolean entityWord) {
        ColumnRole r = c.role();
        switch (ctx) {
            case GROUP:
            case SERIES:
            case RANKED:
                if (entityWord && (r == ColumnRole.ID || r == ColumnRole.LABEL)) {
                    return r == ColumnRole.LABEL ? -2 : -1;
                }
                return r == ColumnRole.CATEGORY
                        ? 0
                        : r == ColumnRole.LABEL
                                ? 10
                                : r == ColumnRole.BOOLEAN
                                        ? 20
                                        : r == ColumnRole.ID
                                                ? 30
                                                : c.isOrdinal()
                                                        ? 40
                                                        : r == ColumnRole.DATE || r == ColumnRole.YEAR ? 50 : 60;
            case COUNT:
                if (entityWord && (r == ColumnRole.ID || r == ColumnRole.LABEL)) {
                    return r == ColumnRole.ID ? -2 : -1;
                }
                return r == ColumnRole.ID
                        ? 0
                        : r == ColumnRole.LABEL
                                ? 10
                                : r == ColumnRole.CATEGORY ? 20 : r == ColumnRole.BOOLEAN ? 30 : 50;
            default:
                if (entityWord && (r == ColumnRole.ID || r == ColumnRole.LABEL)) {
                    return r == ColumnRole.ID ? 0 : 5;
                }
                // A code ("Retail Wk" 1-52) is a measure only in name: an amount of the same words comes first.
                return r == ColumnRole.MEASURE
                        ? (c.isCode() ? 12 : 10)
                        : r == ColumnRole.DATE || r == ColumnRole.YEAR
                                ? 20
                                : r == ColumnRole.CATEGORY
                                        ? 30
                                        : r == ColumnRole.BOOLEAN ? 35 : r == ColumnRole.LABEL ? 40 : 50;
        }
    }
}
