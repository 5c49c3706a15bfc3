package io.datasage.ai.planner;

import io.datasage.ai.planner.Question.Dim;
import io.datasage.ai.planner.Question.DimRole;
import io.datasage.ai.planner.Question.Measure;
import java.util.ArrayList;
import java.util.List;

/** Builds each family of chart from a parsed question: scatter, line over time, distribution, grouped bars, a single figure. */
final class ChartFamilies {

    private ChartFamilies() {}

    static void scatter(Question q, Draft d, List<Dim> dims) {
        List<ColumnInfo> nums = new ArrayList<>();
        for (Measure m : q.measures) {
            if (m.column().isNumeric()) {
                nums.add(m.column());
            }
        }
        ColumnInfo a = nums.get(0);
        ColumnInfo b = nums.get(1);
        if (versusBetween(q, a, b)) {
            // "price vs mileage", "spend against age": the first is plotted against the second, which takes x.
            ColumnInfo t = a;
            a = b;
            b = t;
        }
        if (q.causeReversed) {
            ColumnInfo t = a;
            a = b;
            b = t;
        }
        d.type = "scatter";
        d.x = a;
        d.y.add(b);
        // "fee against temperature on each ticket, colour by stand": the first grouping that is not what each point
        // is colours the points.
        for (Question.Dim dim : dims) {
            ColumnInfo series = dim.column();
            // "booked vs received for each appointment": an identifier or a name with more values than colours
            // makes each point one row already, not a series.
            // "do wards with more admissions also have more discharges": things only named as the subject, with more
            // values than a legend reads at a glance, are what each point is.
            boolean subject = dim.role() == Question.DimRole.SUBJECT && series.distinct() > SUBJECT_COLOURS;
            boolean identifier = series.role() == ColumnRole.ID
                    || series.role() == ColumnRole.LABEL
                    || series.distinct() > SCATTER_COLOURS
                    || subject;
            if (identifier) {
                q.notes.add("Each point is one " + series.name() + ".");
            } else {
                d.series = series;
                break;
            }
        }
    }

    /** More values than this make a subject the points themselves, not their colours. */
    private static final int SUBJECT_COLOURS = 12;

    /** More values than this are too many colours for a scatter's legend. */
    private static final int SCATTER_COLOURS = 50;

    /** Whether "vs"/"versus"/"against" stands between the parts naming {@code a} and {@code b}. */
    private static boolean versusBetween(Question q, ColumnInfo a, ColumnInfo b) {
        int ia = -1;
        int ib = -1;
        int vs = -1;
        for (int k = 0; k < q.parts.size(); k++) {
            Part p = q.parts.get(k);
            if (p.kind == Part.Kind.COLUMN && ia < 0 && p.columns.stream().anyMatch(h -> h.column() == a)) {
                ia = k;
            } else if (p.kind == Part.Kind.COLUMN
                    && ib < 0
                    && p.columns.stream().anyMatch(h -> h.column() == b)) {
                ib = k;
            } else if (p.is(Cue.VS) && ia >= 0 && ib < 0) {
                vs = k;
            }
        }
        return ia >= 0 && ib > vs && vs > ia;
    }

    /** Whether the draft's values add up (sums and counts): averages, medians and extremes never stack. */
    static boolean additive(Draft d) {
        return !"mean".equals(d.aggregation)
                && !"median".equals(d.aggregation)
                && !"min".equals(d.aggregation)
                && !"max".equals(d.aggregation);
    }

    /** Whether every measure of the draft is never negative (or rows are counted): stacks of it add up. */
    static boolean nonNegative(Draft d) {
        for (ColumnInfo c : d.y) {
            if (Double.isNaN(c.minNum()) || c.minNum() < 0) {
                return false;
            }
        }
        return true;
    }

    /** One bin per value for a column of few whole numbers (owners 1-5, a 1-10 rating). */
    static void integerBins(Draft d) {
        ColumnInfo m = d.x;
        if (m != null
                && m.isOrdinal()
                && !Double.isNaN(m.minNum())
                && !Double.isNaN(m.maxNum())
                && m.maxNum() - m.minNum() < 50) {
            d.bins = (int) (m.maxNum() - m.minNum()) + 1;
        }
    }

    /** A year column holding this few years is compared year by year, not drawn as a trend. */
    private static final int FEW_YEARS = 4;

    static void overTime(Question q, Draft d, ColumnInfo time, List<Dim> dims) {
        d.type = "line";
        d.x = time;
        if (time.role() == ColumnRole.DATE) {
            d.grain = q.grain != null ? q.grain : TimeGrains.defaultFor(time, q.filters);
        }
        measureOrCount(q, d);
        if (!dims.isEmpty()) {
            Dim first = dims.get(0);
            boolean kept = q.filters.stream().anyMatch(f -> f.column() == first.column());
            if (first.role() != DimRole.SERIES
                    && first.column().distinct() > ChartChooser.MANY_GROUPS
                    && !kept
                    && !"table".equals(q.chart)) {
                // "avg yield per cow trend" over 3,870 cows: one line of the average, not a line per cow.
                q.notes.add("Averaged over all " + first.column().distinct() + " "
                        + first.column().name() + " values rather than drawing a line for each.");
            } else {
                d.series = first.column();
            }
        }
        if (time.role() == ColumnRole.YEAR
                && time.distinct() <= 5
                && d.series != null
                && byYearAndGroup(q, time)
                && !q.trend) {
            // "avg moisture by harvest yr and crop" over three harvests: two groupings side by side, not lines of
            // three points.
            d.type = "grouped_bar";
        }
        if (time.role() == ColumnRole.YEAR
                && time.distinct() <= FEW_YEARS
                && d.series == null
                && q.chart == null
                && !q.trend
                && !q.has(Cue.TREND)) {
            // "no. of pickers per season" over two seasons: a bar per year; a line of two points says no trend.
            d.type = "bar";
        }
        if (time.role() == ColumnRole.YEAR
                && q.chart == null
                && !q.trend
                && !q.has(Cue.TREND)
                && q.index.dateOfYear(time) != null) {
            // "callouts by year" beside Callout Dt, Yr its year: the export's own yearly totals compared year by
            // year; a trend over the dates would be asked as one.
            d.type = d.series != null ? "grouped_bar" : "bar";
        }
        if (q.rankPeriods && q.rankOrder != null) {
            d.type = "bar";
            d.sortBy = "y";
            d.sortOrder = q.rankOrder;
            boolean few = "year".equals(d.grain) || "quarter".equals(d.grain) || time.role() == ColumnRole.YEAR;
            d.limit = q.limit != null ? q.limit : few ? null : 10;
        }
    }

    /** Whether the year column was named after "by" and joined by "and" to another grouping ("by yr and crop"). */
    private static boolean byYearAndGroup(Question q, ColumnInfo year) {
        List<Part> parts = q.parts;
        for (int k = 1; k + 2 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.COLUMN
                    && p.column() == year
                    && parts.get(k - 1).isGrouping()
                    && parts.get(k + 1).is(Cue.AND)
                    && parts.get(k + 2).kind == Part.Kind.COLUMN) {
                return true;
            }
        }
        return false;
    }

    static void distribution(Question q, Draft d, List<Dim> dims) {
        ColumnInfo m = q.measures.get(0).column();
        if (dims.size() == 1 && dims.get(0).column().distinct() > SCATTER_COLOURS && !"box".equals(q.chart)) {
            // "age distribution of residents" beside Resident_Ref: whose values they are, not a box per resident
            // (more boxes than anyone can read).
            q.notes.add("Each value is one " + dims.get(0).column().name() + "'s.");
            dims = List.of();
        }
        boolean box = q.has(Cue.OUTLIER) || "box".equals(q.chart) || (!dims.isEmpty() && !"histogram".equals(q.chart));
        if (box) {
            d.type = "box";
            d.x = dims.isEmpty() ? null : dims.get(0).column();
            d.y.add(m);
            return;
        }
        d.type = "histogram";
        d.x = m;
        if (!dims.isEmpty()) {
            d.series = dims.get(0).column();
        }
        integerBins(d);
    }

    static void grouped(Question q, Draft d, List<Dim> dims) {
        ColumnInfo x = dims.get(0).column();
        if (whichRowsKept(q, dims, x)) {
            // "which orders had rejects above 10%" beside an Order # per row: the rows kept, not a count per order.
            d.rowsOf(q.index.columns);
            return;
        }
        ColumnInfo series = null;
        for (Dim dim : dims) {
            if (dim.role() == DimRole.SERIES && dim.column() != x) {
                series = dim.column();
            }
        }
        if (series == null && dims.size() > 1) {
            series = dims.get(1).column();
        }
        d.x = x;
        d.series = series;
        boolean relation = (q.has(Cue.REL) || q.has(Cue.CAUSE) || q.has(Cue.MORE))
                && q.measures.size() == 1
                && q.measures.get(0).agg() == null
                && q.agg == null;
        measureOrCount(q, d);
        if (relation && d.aggregation != null && "sum".equals(d.aggregation)) {
            d.aggregation = "mean";
            q.notes.add("Compared the average " + d.y.get(0).name() + " per " + x.name() + ".");
        }
        // "default rate by purpose" counts the defaults per purpose; a pie of them would not be a rate.
        boolean rateOfValue = q.filters.stream().anyMatch(f -> f.fromValue() && "=".equals(f.op()));
        boolean shares = q.has(Cue.SHARE) || (q.has(Cue.RATE) && d.y.isEmpty() && !rateOfValue);
        // "how many listings got each rating" over a scale (a 1-5 score) asks for a bar per value, in order.
        boolean eachOfScale = q.has(Cue.EACH) && x.isOrdinal();
        boolean breakdown = q.has(Cue.BREAKDOWN) && series == null && d.y.size() <= 1 && !eachOfScale;
        boolean yesNoSubject = series != null && series.role() == ColumnRole.BOOLEAN;
        boolean additive = additive(d);
        if ((shares || breakdown) && series == null && d.y.size() <= 1 && additive) {
            d.type = "pie";
        } else if (d.y.size() >= 2) {
            d.type = q.stacked ? "stacked_bar" : "grouped_bar";
        } else if (series != null) {
            boolean composition = shares || (q.breakdown && nonNegative(d));
            // Averages, medians and extremes do not add up: stacked, their bars would draw a meaningless total.
            // "member vs non-member washes per site": the two sides set against each other stand side by side.
            boolean sidesCompared = yesNoSubject && q.has(Cue.VS);
            d.type = q.stacked || ((yesNoSubject && !sidesCompared || composition) && additive)
                    ? "stacked_bar"
                    : "grouped_bar";
        } else {
            d.type = "bar";
        }
        if (q.rankOrder != null || q.limit != null || q.has(Cue.RANK)) {
            d.sortBy = "y";
            d.sortOrder = q.rankOrder == null ? "desc" : q.rankOrder;
            d.limit = q.limit;
            if (d.limit == null && x.distinct() > 20) {
                d.limit = 10;
                q.notes.add("Showing the 10 " + ("asc".equals(d.sortOrder) ? "lowest" : "highest") + " of "
                        + x.distinct() + " " + x.name() + " values.");
            }
        } else if (x.distinct() > ChartChooser.MANY_GROUPS && series == null && !"pie".equals(d.type)) {
            d.sortBy = "y";
            d.sortOrder = "desc";
            d.limit = 20;
            q.notes.add("Showing the 20 largest of " + x.distinct() + " " + x.name() + " values.");
        }
        if (q.has(Cue.LIST)) {
            d.type = "table";
        } else if ("count".equals(d.aggregation)
                && series == null
                && x.isMeasure()
                && !x.isCode()
                && x.distinct() > 2
                && !q.has(Cue.SHARE)
                && !q.has(Cue.BREAKDOWN)
                && !(q.has(Cue.EACH) && x.distinct() <= EACH_VALUE_BARS)
                && !("bar".equals(q.chart) && x.isOrdinal())
                && !"pie".equals(d.type)) {
            // "number of cars by number of owners", "listings by bedrooms": a count over a number is its histogram.
            d.type = "histogram";
            d.sortBy = null;
            d.sortOrder = null;
            d.limit = null;
            d.aggregation = null;
            integerBins(d);
        }
    }

    /**
     * Up to this many values, "count of reviews for each star rating" wants a bar per value (each one named), not
     * a histogram's bins.
     */
    private static final int EACH_VALUE_BARS = 12;

    /**
     * "payments over £100k", "lots > 100 head": the rows' plural first, then only a comparison of a number, with no
     * count, aggregation or chart asked for, names the rows to show, not how many there are.
     */
    private static boolean rowsCompared(Question q) {
        if (q.countAsked || q.agg != null || q.chart != null || q.filters.isEmpty() || q.parts.isEmpty()) {
            return false;
        }
        Part first = q.parts.get(0);
        Token t = q.tokens.get(first.start);
        boolean periods = entityPeriods(q);
        boolean where = rowsBeforeWhere(q);
        boolean rows = first.end - first.start == 1 && q.index.namesRows(t) || periods || where;
        boolean compared = where
                || q.filters.stream()
                        .allMatch(f -> f.column().isNumeric()
                                && List.of(">", "<", ">=", "<=", "between").contains(f.op()));
        // "lines with discount over 20%": "with" only joins the rows to their condition.
        return rows
                && compared
                && q.parts.stream()
                        .skip(1)
                        .noneMatch(p -> p.isCue()
                                && !p.is(Cue.CMP)
                                && !p.is(Cue.AND)
                                && !p.is(Cue.WHERE)
                                // "visits where stock was below 15% before refill": when, within the condition.
                                && !(where && (p.is(Cue.BEFORE) || p.is(Cue.AFTER)))
                                && !(p.is(Cue.UNIT) && p == q.parts.get(1) && periods));
    }

    /**
     * "runs where a breakdown happened", "readings where pH is above 7.6": a plural, then "where", opening the question
     * names the rows asked for, whatever the condition.
     */
    static boolean rowsBeforeWhere(Question q) {
        if (q.parts.size() < 2) {
            return false;
        }
        Part first = q.parts.get(0);
        Part where = q.parts.get(1);
        return where.is(Cue.WHERE)
                && "where".equals(where.text)
                && first.end - first.start == 1
                && q.tokens.get(first.start).isPlural()
                && (first.kind == Part.Kind.WORD || first.kind == Part.Kind.COLUMN && first.quality() != Quality.EXACT);
    }

    /**
     * "subscriber months" where Sub ID repeats once a month: a thing an id names, then the plural of a unit of time,
     * is what each row is.
     */
    private static boolean entityPeriods(Question q) {
        if (q.parts.size() < 2) {
            return false;
        }
        Part first = q.parts.get(0);
        Part unit = q.parts.get(1);
        Token period = q.tokens.get(unit.start);
        return first.kind == Part.Kind.WORD
                && first.end - first.start == 1
                && unit.start == first.end
                && unit.end - unit.start == 1
                && period.isPlural()
                && Words.TIME_UNITS.contains(period.stem())
                && q.index.idBeginning(q.tokens.get(first.start).stem()) != null;
    }

    /** Whether "which" asks which rows, named by their own id, meet the question's conditions, and nothing else. */
    private static boolean whichRowsKept(Question q, List<Dim> dims, ColumnInfo x) {
        long rows = q.index.schema.rowCount();
        return q.has(Cue.WHICH)
                && dims.size() == 1
                && x.role() == ColumnRole.ID
                && rows > 0
                && x.distinct() >= 0.99 * rows
                && q.measures.isEmpty()
                && !q.filters.isEmpty()
                && !q.countAsked
                && q.agg == null
                && q.rankOrder == null
                && q.limit == null
                && q.chart == null;
    }

    /**
     * "what's on tap right now", "what are the open tickets": "what" asked of rows kept by a value, with nothing to
     * count or measure, asks for the rows themselves.
     */
    private static boolean rowsAsked(Question q) {
        return !q.countAsked
                && q.agg == null
                && !q.filters.isEmpty()
                && !q.has(Cue.COUNT)
                && !q.has(Cue.AGG)
                && !q.has(Cue.SHARE)
                && !q.has(Cue.RATE)
                && q.parts.stream().anyMatch(p -> p.is(Cue.VALUEQ) && p.text.startsWith("what"));
    }

    /**
     * "air temp readings above 35", "show max temp readings over 45", "list candidates who scored under 20
     * total": a plural no column explains, right before its condition, or a list asked for, names rows kept by
     * conditions; with nothing aggregated, counted or ranked, they are the rows themselves.
     */
    private static boolean rowsNamedAndKept(Question q, Measure only) {
        // A long table's metric averaged by default ("air temp readings") is not an aggregation asked for.
        if (only != null && only.agg() != null && q.has(Cue.AGG)
                || q.agg != null
                || q.countAsked
                || q.chart != null
                || q.rankOrder != null
                || q.limit != null
                || q.filters.isEmpty()) {
            return false;
        }
        if (only != null && q.has(Cue.LIST)) {
            return true;
        }
        // "salary of employees over 50": a measure named by its column is what is asked of those rows.
        // "show jobs that took more than 5 hours on the bench": the measure is only the condition on the rows shown.
        boolean onlyCondition = only != null && q.filters.stream().allMatch(f -> f.column() == only.column());
        if (only != null
                && !onlyCondition
                && q.parts.stream().anyMatch(p -> p.kind == Part.Kind.COLUMN && p.text.equals(only.text()))) {
            return false;
        }
        String first = q.tokens.isEmpty() ? "" : q.tokens.get(0).word();
        if ("show".equals(first) || "list".equals(first)) {
            // "show job lines over £500", "show sign-ons more than 30 mins late": shown, not counted.
            return true;
        }
        for (int i = 0; i + 1 < q.parts.size(); i++) {
            Part p = q.parts.get(i);
            Part next = q.parts.get(i + 1);
            // "jobs over 40 labour hours" beside JOB_NO: the plural of the rows' own id names them too.
            boolean unexplained = p.kind == Part.Kind.WORD
                    || p.kind == Part.Kind.COLUMN
                            && (p.quality() != Quality.EXACT || p.column().role() == ColumnRole.ID)
                            && q.index.namesRows(q.tokens.get(p.start));
            if (unexplained
                    && p.end - p.start == 1
                    && q.tokens.get(p.start).isPlural()
                    && (next.is(Cue.CMP) || next.is(Cue.BETWEEN) || next.is(Cue.WHERE) || next.is(Cue.WHICH))) {
                return true;
            }
        }
        return false;
    }

    static void ungrouped(Question q, Draft d) {
        if (q.measures.isEmpty()) {
            if (!q.texts.isEmpty() && !q.countAsked) {
                d.rowsOf(q.texts);
                return;
            }
            if (q.has(Cue.LIST) && !q.countAsked || rowsCompared(q) || rowsAsked(q) || rowsNamedAndKept(q, null)) {
                // "list sailings delayed more than 2 hours", "payments over £100k": the matching rows themselves,
                // every column, as a filtered sheet would show them.
                d.rowsOf(q.index.columns);
                return;
            }
            d.type = "kpi";
            measureOrCount(q, d);
            return;
        }
        Measure only = q.measures.size() == 1 ? q.measures.get(0) : null;
        if (q.has(Cue.LIST)
                && q.agg == null
                && only != null
                && only.agg() == null
                && q.filters.stream().anyMatch(f -> f.column() == only.column())) {
            // "list sessions that started more than 30 min late": the measure named is the condition on the rows.
            d.rowsOf(q.index.columns);
            return;
        }
        if (rowsNamedAndKept(q, only)) {
            d.rowsOf(q.index.columns);
            return;
        }
        ColumnInfo label = rankedRows(q);
        if (label != null) {
            d.type = q.has(Cue.LIST) ? "table" : "bar";
            d.x = label;
            d.y.add(q.measures.get(0).column());
            d.aggregation = Aggregations.of(q.measures.get(0), q);
            d.sortBy = "y";
            d.sortOrder = q.rankOrder == null ? "desc" : q.rankOrder;
            d.limit = q.limit == null ? 10 : q.limit;
            return;
        }
        if (q.measures.size() >= 2) {
            d.type = "bar";
            measureOrCount(q, d);
            return;
        }
        Measure m = q.measures.get(0);
        boolean asked = m.agg() != null
                || q.agg != null
                || q.has(Cue.VALUEQ)
                || !q.filters.isEmpty()
                || q.rankOrder != null
                || q.has(Cue.SHARE)
                || q.has(Cue.RATE)
                || q.countAsked;
        if (!asked && "bar".equals(q.chart) && m.column().additive()) {
            // "bar chart of gross sales": the bar of the total, which a grouping said next splits; not the spread.
            d.type = "bar";
            measureOrCount(q, d);
            return;
        }
        if (!asked && !"kpi".equals(q.chart)) {
            d.type = "histogram";
            d.x = m.column();
            integerBins(d);
            return;
        }
        d.type = "kpi";
        measureOrCount(q, d);
        if (m.agg() == null && q.agg == null && q.rankOrder != null) {
            d.aggregation = "desc".equals(q.rankOrder) ? "max" : "min";
        }
    }

    /** The row label to rank when a superlative names rows rather than groups ("heaviest cars", "top 10 ... cars"). */
    private static ColumnInfo rankedRows(Question q) {
        if (q.rankOrder == null) {
            return null;
        }
        boolean rows = q.has(Cue.TOP);
        boolean nouns = !q.entities.isEmpty();
        for (int k = 0; k < q.parts.size(); k++) {
            Part p = q.parts.get(k);
            nouns |= p.kind == Part.Kind.WORD
                    && (q.index.isRowNoun(q.tokens.get(p.start).stem()) || pluralAfterRanking(q, k));
        }
        rows |= nouns;
        if (q.has(Cue.VALUEQ) && !nouns) {
            return null;
        }
        for (ColumnInfo e : q.entities) {
            ColumnInfo label = e.entity() == null ? e : q.index.entityLabel(e.entity());
            if (label != null) {
                return label;
            }
        }
        return rows ? q.index.rowLabel : null;
    }

    /** "best selling games", "top 10 titles": a plural noun nothing else explains, right after a ranking word. */
    private static boolean pluralAfterRanking(Question q, int k) {
        Token t = q.tokens.get(q.parts.get(k).start);
        if (k == 0 || t.word().equals(t.stem()) || !t.word().endsWith("s")) {
            return false;
        }
        Part before = q.parts.get(k - 1);
        Part twoBefore = k > 1 ? q.parts.get(k - 2) : null;
        return before.is(Cue.SUPER)
                || before.is(Cue.TOP)
                || (before.kind == Part.Kind.NUMBER && twoBefore != null && twoBefore.is(Cue.TOP));
    }

    /** Sets y and the aggregation: the measures with theirs, else a count of rows or of distinct ids. */
    /** Whether a column names each row once: an id as many as the rows. */
    private static boolean rowIdentifier(Question q, ColumnInfo c) {
        return c.role() == ColumnRole.ID && c.distinct() >= 0.95 * Math.max(1, q.index.schema.rowCount());
    }

    static void measureOrCount(Question q, Draft d) {
        if (!q.measures.isEmpty()) {
            for (Measure m : q.measures) {
                d.y.add(m.column());
            }
            d.aggregation = Aggregations.of(q.measures.get(0), q);
            ColumnInfo only = d.y.size() == 1 ? d.y.get(0) : null;
            if ("count".equals(d.aggregation) && only != null && rowIdentifier(q, only)) {
                // "depots by fault count" beside FAULT_REF, one per row: counting its values counts the rows.
                d.y.clear();
            }
            return;
        }
        ColumnInfo distinct = q.countColumn;
        if (distinct == null) {
            for (ColumnInfo e : q.entities) {
                ColumnInfo id = e.entity() == null ? e : q.index.entityId(e.entity());
                if (id != null && !q.index.isRowEntity(id)) {
                    distinct = id;
                    break;
                }
            }
        }
        if (distinct != null && q.index.isRunningNumber(distinct)) {
            // "how many invoice lines per branch" beside Line # (1, 2, 3 within each invoice): a running number's
            // distinct values count nothing; each row is one line.
            distinct = null;
        }
        if (distinct != null && !q.has(Cue.UNIQUE) && q.index.numberedLines && "item".equals(distinct.entity())) {
            // "number of items lent out per month" beside LoanRef and LineNo: each numbered line is one item, so the
            // items counted are the rows; the same ItemCode lent again is counted again.
            distinct = null;
        }
        if (distinct != null && !q.has(Cue.UNIQUE) && rowsNamedBefore(q, distinct)) {
            // "how many check-ins came from members who churned", "visits ... for Premium members": the rows named
            // first are counted; the people after them only say which rows.
            distinct = null;
        }
        if (distinct != null) {
            d.y.add(distinct);
            d.aggregation = "count_distinct";
            q.notes.add("Counted distinct " + distinct.name() + " values.");
        } else {
            d.aggregation = "count";
        }
    }

    /**
     * Whether the question names what its rows are (the dataset's row noun, a plural the schema does not know, or a
     * per-row id) as its first thing counted, before it names {@code distinct}.
     */
    private static boolean rowsNamedBefore(Question q, ColumnInfo distinct) {
        for (int k = 0; k < q.parts.size(); k++) {
            Part p = q.parts.get(k);
            if (p.kind == Part.Kind.COLUMN
                    && (p.column() == distinct
                            || p.column().entity() != null
                                    && p.column().entity().equals(distinct.entity()))) {
                return false;
            }
            Token t = q.tokens.get(p.start);
            boolean first = k == 0 || k == 1 && q.parts.get(0).is(Cue.COUNT);
            boolean rowWord =
                    p.kind == Part.Kind.WORD && (q.index.isRowNoun(t.stem()) || first && q.index.unknownPlural(t));
            boolean rowId =
                    p.kind == Part.Kind.COLUMN && p.column().role() == ColumnRole.ID && q.index.isRowEntity(p.column());
            if (rowWord || rowId) {
                return true;
            }
        }
        return false;
    }
}
