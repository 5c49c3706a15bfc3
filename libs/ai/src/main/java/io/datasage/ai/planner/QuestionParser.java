package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a question's parts into slots: filters first ({@link FilterParser}), then what each named column is for
 * (grouping, measure, thing to count, time axis) from the keyword before it, then the remaining keywords (ranking,
 * time grain, aggregation, chart words).
 */
final class QuestionParser {

    private QuestionParser() {}

    static Question parse(
            List<Token> tokens, List<Part> parts, SchemaIndex index, Notes notes, ColumnInfo previousTime) {
        Question q = new Question(index, tokens, parts, notes);
        q.previousTime = previousTime;
        for (Part p : parts) {
            if (p.isCue()) {
                q.cues.add(p.cue);
            }
        }
        q.whenAsked = !tokens.isEmpty() && "when".equals(tokens.get(0).raw());
        FilterParser.parse(q);
        ColumnPlacer.place(q);
        replacedGroupings(q);
        whereAsked(q);
        cues(q);
        worstOfBadMeasures(q);
        kindsOfValues(q);
        unknownWords(q);
        return q;
    }

    /** Nouns of the kinds a value's variants stand for: "cancellations ... split by the reason". */
    private static final Set<String> KIND_NOUNS = Set.of("reason", "reasons", "cause", "causes", "kind", "kinds");

    /**
     * "cancellations per quarter split by the reason", "cancelled jobs per season, separate bars for each reason":
     * after a value kept in several variants (Cancelled - Owner, Cancelled - Dog Unwell), a noun of their kinds that
     * names no column is the column the variants come from, split by.
     */
    private static void kindsOfValues(Question q) {
        for (int k = 0; k + 1 < q.parts.size(); k++) {
            Part cue = q.parts.get(k);
            Part noun = q.parts.get(k + 1);
            if (!(cue.is(Cue.SERIES) || cue.is(Cue.EACH))
                    || noun.kind != Kind.WORD
                    || !KIND_NOUNS.contains(q.tokens.get(noun.start).word())) {
                continue;
            }
            for (Question.Filter f : q.filters) {
                if (f.fromValue() && "in".equals(f.op()) && f.value() instanceof List<?> values && values.size() > 1) {
                    q.addDim(f.column(), Question.DimRole.SERIES, noun.text);
                    noun.used = true;
                    break;
                }
            }
        }
    }

    /**
     * "switch to job level instead of industry": the grouping named right after "instead of" is the one replaced, no
     * second grouping of the chart; nor after "by month instead of branch", where the time axis replaces it.
     */
    private static void replacedGroupings(Question q) {
        boolean timed = q.has(Cue.UNIT) || q.has(Cue.GRAIN) || q.has(Cue.TREND);
        for (int k = 0; k + 1 < q.parts.size() && (q.dims.size() > 1 || timed && !q.dims.isEmpty()); k++) {
            Part next = q.parts.get(k + 1);
            if (q.parts.get(k).is(Cue.INSTEAD)
                    && next.kind == Kind.COLUMN
                    && !next.column().isMeasure()) {
                ColumnInfo replaced = next.column();
                q.dims.removeIf(d -> d.column() == replaced);
            }
        }
    }

    /** Words of a measure's name that make more of it worse: waits, delays, lateness, defects. */
    private static final Set<String> WORSE_WHEN_HIGH = Set.of(
            "wait", "delay", "late", "queue", "defect", "complaint", "error", "fault", "reject", "breach", "overdue");

    /**
     * "average wait by venue, worst first", "best stops by minutes late": where more of the measure is worse, the
     * worst are its highest values and the best its lowest.
     */
    private static void worstOfBadMeasures(Question q) {
        if (q.rankOrder == null || q.measures.size() != 1) {
            return;
        }
        boolean judged = q.parts.stream()
                .anyMatch(p -> p.is(Cue.SUPER) && (p.text.startsWith("worst") || p.text.startsWith("best")));
        List<String> words = q.measures.get(0).column().core();
        if (judged && words.stream().anyMatch(WORSE_WHEN_HIGH::contains)) {
            q.rankOrder = "asc".equals(q.rankOrder) ? "desc" : "asc";
        }
    }

    // ---- columns

    /** Location groups a "where" question asks about, the most specific first. */
    private static final List<String> PLACE_GROUPS = List.of("location", "store", "city", "region", "state", "country");

    /** "where do most crimes happen": a question opening with "where" and naming no grouping ranks places. */
    private static void whereAsked(Question q) {
        if (q.tokens.isEmpty() || !"where".equals(q.tokens.get(0).raw()) || !q.dims.isEmpty()) {
            return;
        }
        for (String group : PLACE_GROUPS) {
            for (ColumnInfo c : q.index.columns) {
                boolean grouping = c.role() == ColumnRole.CATEGORY || c.role() == ColumnRole.LABEL;
                if (grouping && c.groups().contains(group)) {
                    q.addDim(c, Question.DimRole.WHICH, "where");
                    q.notes.assumed("Read 'where' as " + c.name() + ".");
                    return;
                }
            }
        }
    }

    // ---- keywords

    private static void cues(Question q) {
        List<Part> parts = q.parts;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.isCue() || (p.used && p.is(Cue.TOP))) {
                // A "first" read as part of a filter ("first class") ranks nothing.
                continue;
            }
            Part prev = k > 0 ? parts.get(k - 1) : null;
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            switch (p.cue) {
                case WHICH -> {
                    if (next != null
                            && next.kind == Kind.NUMBER
                            && !next.used
                            && next.numberValue() >= 1
                            && next.numberValue() <= 1000
                            && next.numberValue() == Math.rint(next.numberValue())) {
                        q.limit = (int) next.numberValue();
                        next.used = true;
                    }
                }
                case AGG -> {
                    if (q.agg == null && (next == null || !next.is(Cue.COUNT))) {
                        q.agg = p.arg;
                    }
                }
                case AVERAGE_OF -> q.agg = q.agg == null ? "mean" : q.agg;
                case COUNT -> {
                    if (prev != null && prev.is(Cue.INSTEAD)) {
                        // "average price instead of count": the count is what is being replaced.
                        continue;
                    }
                    boolean byCount = prev != null
                            && prev.isGrouping()
                            && next != null
                            && next.kind == Kind.COLUMN
                            && next.column().isNumeric()
                            // "by number of doses" where each row is a dose counts them (Dose Number is which dose).
                            && !(next.end - next.start == 1 && q.index.namesRows(q.tokens.get(next.start)));
                    if (!byCount && !quantityCount(q, next)) {
                        q.countAsked = true;
                    }
                }
                case UNIQUE -> {
                    if (next != null && next.kind == Kind.COLUMN) {
                        q.countAsked = true;
                    }
                }
                case SUPER -> {
                    String[] a = p.arg.split(":", 2);
                    if (extremeInEachGroup(q, k)) {
                        // "coldest temperature recorded on each route": each group's own extreme, not a ranking.
                        q.agg = q.agg == null ? ("asc".equals(a[0]) ? "min" : "max") : q.agg;
                        continue;
                    }
                    ColumnInfo timed = ADJECTIVE_MEASURES.containsKey(p.text) ? timeOfThingAfter(q, k) : null;
                    if (timed != null) {
                        // "fastest lap" beside Lap Time (s) and Top Speed: the lap's time, its lowest value.
                        boolean slow = "slowest".equals(p.text);
                        // "top 10 drivers by fastest lap": the superlative says which end is the top.
                        q.rankOrder = slow ? "desc" : "asc";
                        q.agg = q.agg == null ? (slow ? "max" : "min") : q.agg;
                        q.addMeasure(timed, q.agg, q.parts.get(k + 1).text);
                        q.parts.get(k + 1).used = true;
                        limitNear(q, k);
                        continue;
                    }
                    q.rankOrder = q.rankOrder == null ? a[0] : q.rankOrder;
                    RankedBy measured = ADJECTIVE_MEASURES.get(p.text);
                    if (measured != null && q.rankConcept == null && hasMeasureWord(q, measured.word())) {
                        // "fastest" with a Speed column ranks by it, highest first (without one: shortest durations).
                        q.rankOrder = measured.order();
                        q.rankConcept = measured.word();
                        limitNear(q, k);
                        continue;
                    }
                    String named = measureOfAdjective(q, p.text);
                    if (named != null && q.rankConcept == null) {
                        // "most popular" with a popularity column: that column, not a count.
                        q.rankConcept = named;
                        limitNear(q, k);
                        continue;
                    }
                    if (a.length > 1 && q.rankConcept == null) {
                        q.rankConcept = a[1];
                    } else if (a.length == 1
                            && q.rankConcept == null
                            && List.of("most", "least", "fewest").contains(p.text)) {
                        q.rankConcept = "count";
                    }
                    limitNear(q, k);
                }
                case TOP -> {
                    q.rankOrder = p.arg;
                    limitNear(q, k);
                    if (q.limit == null) {
                        q.limit = 10;
                    }
                }
                case ORDER -> q.sortOrder = p.arg;
                case GRAIN -> {
                    if (adjectiveGrain(q, k)) {
                        // "average daily volume by ticker": a measure's description, grouped by something else.
                        continue;
                    }
                    q.grain = p.arg;
                    q.trend = true;
                }
                case UNIT -> {
                    if (rateOfMeasure(q, k)) {
                        // "avg door reopens per day by firmware version": how the measure is counted, not a time axis.
                        continue;
                    }
                    if (countsDays(q, k, p)) {
                        // "how many trading days": the distinct dates, not the rows.
                        q.countColumn = q.index.primaryDate;
                        q.countAsked = true;
                        continue;
                    }
                    // "top 10 days by precipitation", "top 10 wettest days": the periods themselves ranked.
                    Part beforeNumber = k >= 2 ? q.parts.get(k - 2) : null;
                    boolean ranked = prev != null
                            && q.tokens.get(p.start).isPlural()
                            && (prev.is(Cue.TOP)
                                    || prev.is(Cue.SUPER) && q.has(Cue.TOP)
                                    || prev.kind == Kind.NUMBER && beforeNumber != null && beforeNumber.is(Cue.TOP));
                    if (prev != null && prev.is(Cue.WHICH) || ranked) {
                        q.grain = p.arg;
                        q.rankPeriods = true;
                    }
                    boolean grouping = prev != null
                            && (prev.isGrouping()
                                    || prev.is(Cue.SERIES)
                                    // "heatmap of faults, building vs month": the month is the other axis.
                                    || prev.is(Cue.VS) && "heatmap".equals(q.chart)
                                    // "heatmap of stays by pen type and month": the second of two groupings.
                                    || prev.is(Cue.AND) && groupedBefore(q, k - 2)
                                    || (prev.kind == Kind.COLUMN
                                            && prev.columns.stream()
                                                    .anyMatch(h -> h.column().isTime()))
                                    || prev.is(Cue.TREND));
                    boolean namesTheDate = prev != null
                            && prev.kind == Kind.COLUMN
                            && prev.column().isTime()
                            && q.tokens.get(p.start).word().startsWith("date");
                    if (namesTheDate && q.grain != null) {
                        // "per month by booking date": "date" completes the column's name; the month stays.
                        continue;
                    }
                    if (grouping || grainNamed(q, k)) {
                        q.grain = p.arg;
                    }
                }
                case HOUR -> {
                    if (prev != null && prev.kind == Kind.NUMBER) {
                        continue;
                    }
                    q.grain = "day";
                    q.notes.assumed("Hourly grouping is not available; showing days.");
                }
                case TREND -> q.trend = true;
                case CHART -> {
                    if (prev != null && prev.is(Cue.NOT) && p.start - prev.end <= 1) {
                        // "separate hires (not lines)", "not a pie": a chart word ruled out asks for no chart.
                        continue;
                    }
                    q.chart = q.chart == null || "table".equals(p.arg) || "kpi".equals(p.arg) ? p.arg : q.chart;
                }
                case STACKED -> q.stacked = true;
                case SERIES -> {
                    q.stacked |= p.text.startsWith("stack");
                    q.breakdown |= p.text.startsWith("break");
                }
                case BREAKDOWN -> q.breakdown = true;
                case GROUPED -> q.grouped = true;
                case CAUSE -> q.causeReversed = "rev".equals(p.arg);
                default -> {}
            }
        }
    }

    /**
     * The time measure named by the word after a speed superlative: "lap" for Lap Time (s), a measure of time whose
     * first word it is; null when none.
     */
    private static ColumnInfo timeOfThingAfter(Question q, int k) {
        if (k + 1 >= q.parts.size() || q.parts.get(k + 1).kind != Kind.WORD) {
            return null;
        }
        String stem = q.tokens.get(q.parts.get(k + 1).start).stem();
        for (ColumnInfo c : q.index.columns) {
            if (c.isMeasure()
                    && c.core().size() >= 2
                    && c.core().get(0).equals(stem)
                    && "time".equals(c.core().get(1))) {
                return c;
            }
        }
        return null;
    }

    /** The order and measure word a superlative ranks by when a measure has that word. */
    private record RankedBy(String order, String word) {}

    /**
     * Superlatives whose direction depends on the measure found: "fastest" ranks a Speed column highest first, but
     * durations (the lexicon's reading when there is no speed column) shortest first.
     */
    private static final Map<String, RankedBy> ADJECTIVE_MEASURES = Map.of(
            "fastest", new RankedBy("desc", "speed"),
            "quickest", new RankedBy("desc", "speed"),
            "slowest", new RankedBy("asc", "speed"),
            "shortest", new RankedBy("asc", "height"));

    /** "how many (trading) days": a count just before "days", over a date column without times, nothing grouped. */
    private static boolean countsDays(Question q, int k, Part p) {
        ColumnInfo date = q.index.primaryDate;
        if (!"day".equals(p.arg) || date == null || date.isDatetime() || !q.dims.isEmpty() || q.countColumn != null) {
            return false;
        }
        if (date.distinct() >= 0.75 * Math.max(1, q.index.schema.rowCount())) {
            // One row a day already: counting rows counts the days.
            return false;
        }
        for (int j = Math.max(0, k - 2); j < k; j++) {
            if (q.parts.get(j).is(Cue.COUNT)) {
                return true;
            }
        }
        return false;
    }

    /** A grain word between an average and its measure, with a grouping by a category later on. */
    /** Whether the part at {@code k} is a column grouped by "by" ("by pen type" before "and month"). */
    private static boolean groupedBefore(Question q, int k) {
        return k >= 1
                && q.parts.get(k).kind == Kind.COLUMN
                && q.parts.get(k - 1).isGrouping();
    }

    /**
     * "avg door reopens per day by firmware": a unit after "per" right after an averaged measure, with a grouping
     * after it ("total landed value per year by gear type" is still over the years).
     */
    private static boolean rateOfMeasure(Question q, int k) {
        Part per = Parts.at(q.parts, k - 1);
        Part measure = Parts.at(q.parts, k - 2);
        Part by = Parts.at(q.parts, k + 1);
        Part group = Parts.at(q.parts, k + 2);
        Part averaged = Parts.at(q.parts, k - 3);
        return averaged != null
                && averaged.is(Cue.AGG)
                && "mean".equals(averaged.arg)
                && per != null
                && per.is(Cue.PER)
                && measure != null
                && measure.kind == Kind.COLUMN
                && measure.column().isMeasure()
                && by != null
                && by.isGrouping()
                && group != null
                && group.kind == Kind.COLUMN
                && !group.column().isTime()
                && !group.column().isMeasure();
    }

    private static boolean adjectiveGrain(Question q, int k) {
        Part prev = Parts.at(q.parts, k - 1);
        Part next = Parts.at(q.parts, k + 1);
        if (prev == null
                || !prev.is(Cue.AGG)
                || next == null
                || next.kind != Kind.COLUMN
                || !next.column().isMeasure()) {
            return false;
        }
        for (int j = k + 2; j + 1 < q.parts.size(); j++) {
            Part cue = q.parts.get(j);
            Part col = q.parts.get(j + 1);
            if (cue.isGrouping()
                    && col.kind == Kind.COLUMN
                    && !col.column().isTime()
                    && !col.column().isMeasure()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMeasureWord(Question q, String word) {
        return q.index.measures().stream().anyMatch(c -> c.core().contains(word));
    }

    /** The core word of a measure column sharing a stem with the superlative's adjective, or null. */
    private static String measureOfAdjective(Question q, String phrase) {
        for (String w : phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (w.length() < 5) {
                continue;
            }
            for (ColumnInfo c : q.index.measures()) {
                for (String core : c.core()) {
                    if (Words.sameStem(w, core) || (core.startsWith(w) && core.length() > w.length())) {
                        return core;
                    }
                }
            }
        }
        return null;
    }

    private static boolean quantityCount(Question q, Part next) {
        return next != null
                && next.kind == Kind.COLUMN
                && q.hasMeasure(next.column())
                && next.column().groups().contains("quantity");
    }

    private static void limitNear(Question q, int k) {
        for (int j : new int[] {k + 1, k - 1}) {
            if (j < 0 || j >= q.parts.size()) {
                continue;
            }
            Part n = q.parts.get(j);
            if (n.kind == Kind.NUMBER && !n.used) {
                double v = n.numberValue();
                if (v >= 1 && v <= 1000 && v == Math.rint(v)) {
                    q.limit = (int) v;
                    n.used = true;
                    return;
                }
            }
        }
    }

    private static void unknownWords(Question q) {
        for (Part p : q.parts) {
            if (p.kind == Kind.WORD
                    && !p.used
                    && !q.index.isRowNoun(q.tokens.get(p.start).stem())
                    && !Synonyms.known(q.tokens.get(p.start).stem())
                    && !Words.bases(q.tokens.get(p.start).word()).stream().anyMatch(Synonyms::known)) {
                q.notes.unknown(p.text);
            }
        }
    }

    /** "change the grain to day", "granularity: week": the unit is the time grain itself. */
    private static boolean grainNamed(Question q, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            Part p = q.parts.get(j);
            if (p.kind == Kind.WORD
                    && List.of("grain", "granularity", "interval", "resolution")
                            .contains(q.tokens.get(p.start).word())) {
                return true;
            }
        }
        return false;
    }

    /** Words between a superlative and its measure that say it is one row's: "biggest single award". */
    static final Set<String> SINGLE_WORDS = Set.of("single", "individual");

    /**
     * Whether the superlative at {@code k} names a measure right after it ("highest temperature", "coldest reading")
     * and "each", "every" or "per" and a unit of time groups it later, or it opens a question with nothing else to
     * rank by, with no aggregation asked: the extreme within each group, or of all rows.
     */
    private static boolean extremeInEachGroup(Question q, int k) {
        List<Part> parts = q.parts;
        Part p = parts.get(k);
        if (k + 1 >= parts.size() || List.of("most", "least", "fewest").contains(p.text) || q.has(Cue.AGG)) {
            return false;
        }
        boolean opening = k == 0;
        Part next = parts.get(k + 1);
        boolean single = false;
        if (next.kind == Kind.WORD
                && SINGLE_WORDS.contains(next.text.toLowerCase(java.util.Locale.ROOT))
                && k + 2 < parts.size()) {
            // "biggest single award in each ward": one row's amount, the largest of each group.
            p = next;
            next = parts.get(k + 2);
            k++;
            single = true;
        }
        boolean measure = next.kind == Kind.COLUMN && next.column().isMeasure()
                || next.kind == Kind.VALUE
                        && MeasureCompletion.namesMetrics(next.value().column());
        if (!measure || next.start != p.end) {
            return false;
        }
        boolean grouped = false;
        for (int j = k + 2; j < parts.size(); j++) {
            Part e = parts.get(j);
            Part after = j + 1 < parts.size() ? parts.get(j + 1) : null;
            if (e.is(Cue.EACH) && (e.text.contains("each") || e.text.contains("every"))) {
                return true;
            }
            // "lowest temperature per month": each period's own extreme; "largest single balance per officer" too.
            if (e.is(Cue.PER) && after != null && (after.is(Cue.UNIT) || single)) {
                return true;
            }
            // "biggest single count of woodpigeons by region": one row's amount, whatever groups it.
            if (single && e.is(Cue.BY)) {
                return true;
            }
            grouped |= e.isGrouping() || e.kind == Kind.COLUMN && !e.column().isMeasure();
        }
        // "highest temp recorded": with nothing to rank, the one extreme.
        boolean ranked = parts.stream().anyMatch(x -> x.is(Cue.WHICH) || x.is(Cue.TOP) || x.is(Cue.RANK));
        return !grouped && !ranked && opening;
    }
}
