package io.datasage.ai.planner;

import io.datasage.ai.planner.Question.Dim;
import io.datasage.ai.planner.Question.DimRole;
import io.datasage.ai.planner.Question.Filter;
import io.datasage.ai.planner.Question.Measure;
import io.datasage.contracts.chart.ChartSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the chart for a parsed question: a correlation heatmap, a scatter for two measures, a line over time, a
 * histogram or box for distributions, a pie for shares, bars for groups (grouped or stacked for two), a KPI for a
 * single number; then chart words the user typed override the choice where they make sense.
 */
final class ChartChooser {

    /** Groups beyond this many make an unreadable bar: show the top ones. */
    static final int MANY_GROUPS = 30;

    private ChartChooser() {}

    /** The draft for {@code q}, or null when nothing in it was understood. */
    static Draft choose(Question q) {
        MeasureCompletion.valuesOfOneColumn(q);
        MeasureCompletion.complete(q);
        Draft d = new Draft();
        for (Filter f : q.filters) {
            d.filters.add(new ChartSpec.Filter(f.column().name(), f.op(), f.value()));
        }
        if (understoodNothing(q)) {
            return null;
        }
        if (onlyChartWord(q)) {
            Draft skeleton = Skeletons.of(q.chart, q.index);
            if (skeleton != null) {
                q.notes.understoodNothing();
                q.notes.add("Drew a " + q.chart + " of the main columns; name the columns you want on it.");
                return skeleton;
            }
        }
        List<Dim> dims = orderedDims(q);
        ColumnInfo time = timeAxis(q, dims);
        boolean overview =
                q.has(Cue.OVERVIEW) && q.measures.isEmpty() && dims.isEmpty() && time == null && !q.countAsked;
        List<ColumnInfo> listed = ListedColumns.of(q);
        if (!listed.isEmpty()) {
            d.rowsOf(listed);
            return d;
        }
        if (overview || showsRows(q, time)) {
            // "show me the data", "show the loads with contamination above 30%": the (matching) rows themselves.
            d.rowsOf(q.index.columns);
            return d;
        }
        if (isMatrix(q, dims)) {
            d.type = "heatmap";
            d.y.addAll(q.measures.size() >= 3 ? columnsOf(q.measures) : correlatable(q));
            return d;
        }
        if (countedByNumber(q, dims, time)) {
            // "count of customers by basket size", "number of orders by basket size": how the rows spread over it.
            d.type = "histogram";
            d.x = q.measures.get(0).column();
            ChartFamilies.integerBins(d);
        } else if (isScatter(q, dims, time)) {
            ChartFamilies.scatter(q, d, dims);
        } else if (time != null
                && !(isDistribution(q)
                        && !q.has(Cue.TREND)
                        && (!q.trend || q.has(Cue.DIST))
                        && !q.measures.isEmpty())) {
            ChartFamilies.overTime(q, d, time, dims);
        } else if (isDistribution(q) && !q.measures.isEmpty()) {
            ChartFamilies.distribution(q, d, dimsOrFewYears(q, dims));
        } else if (!dims.isEmpty()) {
            ChartFamilies.grouped(q, d, dims);
        } else {
            ChartFamilies.ungrouped(q, d);
        }
        if ("scatter".equals(d.type)
                && d.x != null
                && d.y.size() == 1
                && d.y.get(0).distinct() == 2
                && d.x.distinct() > 0
                && d.x.distinct() <= 20) {
            // "disease rate by number of vessels": dots of a yes/no column over a few values say nothing; the
            // rate per value does.
            d.type = "bar";
            d.aggregation = "mean";
        }
        if (d.series != null && d.y.contains(d.series) && !"scatter".equals(d.type)) {
            // "top 5 catchments by mean grade" where the grade was also read as a grouping: a measure never splits
            // its own bars.
            d.series = null;
            FollowUpEdits.fix(d);
        }
        if (d.x != null
                && d.x.isTime()
                && d.series != null
                && d.series.role() == ColumnRole.BOOLEAN
                && d.series.words().get(0).equals(d.x.words().get(0))) {
            // "fees by the month they were paid" over paid_date: the deed dates the axis; its flag splits nothing.
            d.series = null;
            FollowUpEdits.fix(d);
        }
        if (d.x != null && d.y.size() > 1 && d.y.contains(d.x) && !"scatter".equals(d.type)) {
            // "avg total bill members v non members": the flag the bars are of is not also measured on them.
            d.y.remove(d.x);
            FollowUpEdits.fix(d);
        }
        ChartWords.apply(q, d, dims);
        Axes.apply(q, d);
        return d;
    }

    /**
     * Whether the question asks to see rows that meet its conditions: it starts with "show" or "display", names the
     * rows in the plural (a word no column claims, or the rows' own noun), and has conditions but nothing to
     * measure, count, group or draw.
     */
    private static boolean showsRows(Question q, ColumnInfo time) {
        if (q.tokens.isEmpty()
                || !SHOW.contains(q.tokens.get(0).word())
                || q.filters.isEmpty()
                || !q.measures.isEmpty()
                || q.countAsked
                || q.has(Cue.COUNT)
                || time != null
                || q.chart != null
                || q.asksToGroup()) {
            return false;
        }
        for (Part p : q.parts) {
            Token t = q.tokens.get(p.start);
            boolean plural = p.end - p.start == 1 && t.isPlural();
            if (plural && (p.kind == Part.Kind.WORD || q.index.namesRows(t))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SHOW = Set.of("show", "display");

    /**
     * "metascore distribution for each year": a year column named in a distribution question groups it when the
     * data spans a handful of years (a box per year); a date column does not.
     */
    private static List<Dim> dimsOrFewYears(Question q, List<Dim> dims) {
        if (!dims.isEmpty()) {
            return dims;
        }
        for (ColumnInfo t : q.timeMentions) {
            if (t.role() == ColumnRole.YEAR
                    && t.distinct() > 1
                    && t.distinct() <= 30
                    && !q.measures.isEmpty()
                    && q.measures.get(0).column() != t) {
                return List.of(new Dim(t, DimRole.BY, t.name()));
            }
        }
        return dims;
    }

    /** A chart word and nothing else: no column, value, period, count or ranking. */
    private static boolean onlyChartWord(Question q) {
        return q.chart != null
                && q.measures.isEmpty()
                && q.dims.isEmpty()
                && q.timeMentions.isEmpty()
                && q.timeHints.isEmpty()
                && q.filters.isEmpty()
                && !q.countAsked
                && q.entities.isEmpty()
                && q.texts.isEmpty()
                && q.grain == null
                && !q.trend
                && q.agg == null
                && q.rankOrder == null
                && q.axisX == null
                && q.axisY == null;
    }

    private static boolean countedByNumber(Question q, List<Dim> dims, ColumnInfo time) {
        return q.measures.size() == 1
                && q.groupedMeasures.contains(q.measures.get(0).column())
                && q.measures.get(0).agg() == null
                && q.agg == null
                && dims.isEmpty()
                && time == null
                && (q.countAsked || q.has(Cue.COUNT) || !q.entities.isEmpty() || rowNounNamed(q));
    }

    private static boolean rowNounNamed(Question q) {
        for (Part p : q.parts) {
            if (p.kind == Part.Kind.WORD
                    && q.index.isRowNoun(q.tokens.get(p.start).stem())) {
                return true;
            }
        }
        return false;
    }

    private static boolean understoodNothing(Question q) {
        return q.measures.isEmpty()
                && q.dims.isEmpty()
                && q.timeMentions.isEmpty()
                && q.filters.isEmpty()
                && !q.countAsked
                && q.entities.isEmpty()
                && q.chart == null
                && q.texts.isEmpty()
                && !q.trend
                && q.grain == null
                && !q.has(Cue.MATRIX)
                && !q.has(Cue.REL)
                && !q.has(Cue.OVERVIEW)
                && !q.has(Cue.LIST);
    }

    /**
     * "avg diameter of burst mains by area" beside BURST_TYPE, "total licence cost by platform" beside Licence Model:
     * the thing a kind column is of, said alone as the subject of a question that already groups, is what the rows or
     * the measure are about, not a second grouping.
     */
    private static boolean kindNamedByItsThing(Question q, Dim dim) {
        List<String> words = dim.column().words();
        return !q.stacked
                && !q.grouped
                && !q.has(Cue.MATRIX)
                && q.chart == null
                && words.size() == 2
                && SchemaIndex.KIND_TAILS.contains(words.get(1))
                && dim.text() != null
                && dim.text().trim().split("\\s+").length == 1
                && Words.singular(dim.text().trim().toLowerCase(java.util.Locale.ROOT))
                        .equals(words.get(0));
    }

    /**
     * "avg score for boys and girls at each stage" beside a Gender of two values: values that are all the column holds
     * keep no row out, so naming them asks for one series each.
     */
    private static boolean everyValue(Question q, ColumnInfo column) {
        return column.distinct() > 1
                && q.filters.stream()
                        .anyMatch(f -> f.column() == column
                                && "in".equals(f.op())
                                && f.value() instanceof List<?> l
                                && l.size() >= column.distinct());
    }

    /** Grouping columns in the order they take the axes: by, which/top, subject, compared; series last. */
    static List<Dim> orderedDims(Question q) {
        List<Dim> out = new ArrayList<>();
        DimRole[] order = q.limit != null && q.rankOrder != null
                ? new DimRole[] {DimRole.WHICH, DimRole.BY, DimRole.SUBJECT, DimRole.COMPARE, DimRole.SERIES}
                : new DimRole[] {DimRole.BY, DimRole.WHICH, DimRole.SUBJECT, DimRole.COMPARE, DimRole.SERIES};
        boolean grouped = q.dims.stream().anyMatch(d -> d.role() == DimRole.BY || d.role() == DimRole.WHICH);
        for (DimRole role : order) {
            for (Dim dim : q.dims) {
                if (dim.role() == role && !(grouped && role == DimRole.SUBJECT && kindNamedByItsThing(q, dim))) {
                    out.add(dim);
                }
            }
        }
        boolean alone = out.isEmpty() && !q.wantsTime();
        for (Dim dim : q.dims) {
            if (dim.role() == DimRole.LISTED && alone) {
                out.add(dim);
                alone = false;
            } else if (dim.role() == DimRole.LISTED
                    && (out.size() == 1 && out.get(0).column() != dim.column()
                            // "cancellations and postponements per year, stacked": over time, the same.
                            || out.isEmpty() && q.wantsTime())
                    && (q.stacked || q.grouped || q.has(Cue.SHARE) || everyValue(q, dim.column()))) {
                // "share of male and female entries within each season", "grouped bars of DEM and REP votes by
                // office": the listed values split each bar.
                out.add(new Dim(dim.column(), DimRole.SERIES, dim.text()));
            }
        }
        return out;
    }

    private static ColumnInfo timeAxis(Question q, List<Dim> dims) {
        boolean rollingTrend =
                q.rolling && dims.isEmpty() && q.measures.size() <= 2 && q.agg == null && !q.has(Cue.VALUEQ);
        if (!q.wantsTime() && !rollingTrend) {
            return null;
        }
        ColumnInfo named = !q.timeMentions.isEmpty()
                ? q.timeMentions.get(0)
                : !q.timeHints.isEmpty() ? q.timeHints.get(0) : PluralNouns.verbDateOfWords(q);
        ColumnInfo t = named != null ? named : dateOfState(q);
        if (t == null) {
            q.notes.assumed("The data has no date column to show a trend over.");
            return null;
        }
        // Also "move ins per year" beside move_in_dt and Move In Yr: the year kept for the very date named.
        boolean onlyThisDate = q.timeMentions.stream().allMatch(c -> c == t);
        ColumnInfo year = "year".equals(q.grain) && onlyThisDate ? yearOfDate(q.index, t) : null;
        if (year != null) {
            // "gross spend per year" beside TXN_DATE and TXN_YEAR: the export's own year column.
            q.grain = null;
            return year;
        }
        if (q.timeMentions.isEmpty()
                && q.timeHints.isEmpty()
                && q.index.dateColumns().size() > 1) {
            q.notes.assumed("Used " + t.name() + " as the time axis.");
        }
        return t;
    }

    /** The year column named like a date (TXN_YEAR beside TXN_DATE), or null. */
    private static ColumnInfo yearOfDate(SchemaIndex index, ColumnInfo date) {
        if (date.role() != ColumnRole.DATE || date.words().size() < 2) {
            return null;
        }
        for (ColumnInfo c : index.columns) {
            if (c.role() == ColumnRole.YEAR
                    && c.words().size() == date.words().size()
                    && c.words().get(0).equals(date.words().get(0))) {
                return c;
            }
        }
        return null;
    }

    /** "closed tickets by month": the date column named like a state filtered on (closed_at), else the main date. */
    private static ColumnInfo dateOfState(Question q) {
        for (Filter f : q.filters) {
            if (!f.fromValue() || !(f.value() instanceof String)) {
                continue;
            }
            String state = Words.singular(((String) f.value()).toLowerCase());
            // "cancellations by month" kept as Booking_Status = Cancelled beside Cancel_Dt: the verb of the state.
            for (ColumnInfo c : q.index.dateColumns()) {
                if (c.forms().stream()
                        .anyMatch(forms -> forms.contains(state)
                                || forms.stream().anyMatch(w -> w.length() >= 5 && state.startsWith(w)))) {
                    return c;
                }
            }
        }
        ColumnInfo named = dateOfMeasure(q);
        if (named == null) {
            // "daily qty delivered in may 2025" beside OrderDate and DeliveryDate: the period's own date.
            named = periodDate(q);
        }
        return named != null ? named : q.index.timeColumn();
    }

    /** The one date column the question's periods filter on, when it is not the main date; else null. */
    private static ColumnInfo periodDate(Question q) {
        ColumnInfo only = null;
        for (Filter f : q.filters) {
            if (f.column().role() != ColumnRole.DATE || f.column() == only) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = f.column();
        }
        return only == q.index.timeColumn() ? null : only;
    }

    /**
     * "total close value by month", "closed deals by month": among several date columns, the one whose name shares
     * a word with the measure or with the question (close_date, not engage_date), when exactly one does.
     */
    private static ColumnInfo dateOfMeasure(Question q) {
        List<ColumnInfo> dates = q.index.dateColumns();
        if (dates.size() < 2) {
            return null;
        }
        Set<String> words = new HashSet<>();
        q.measures.forEach(m -> words.addAll(m.column().core()));
        if (q.grain != null) {
            // "weekly" with Week Ending beside Submitted At: the date of that period.
            words.add(q.grain);
        }
        for (Token t : q.tokens) {
            if (t.isWord() && !Words.STOPWORDS.contains(t.word())) {
                words.add(t.stem());
                words.addAll(WordForms.nounBases(t.word()));
                words.addAll(Words.bases(t.word()));
            }
        }
        List<ColumnInfo> sharing = new ArrayList<>();
        for (ColumnInfo c : dates) {
            // "repairs completed per month" beside Repaired_Dt: a participle's verb counts as its word.
            boolean shares = c.core().stream()
                    .anyMatch(w -> !"date".equals(w)
                            && !"time".equals(w)
                            && (words.contains(w) || Words.bases(w).stream().anyMatch(words::contains)));
            if (shares) {
                sharing.add(c);
            }
        }
        if (sharing.size() > 1 && !q.saidWord(DUE_WORDS.toArray(String[]::new))) {
            // "tonnes delivered per quarter" beside DELIV_DUE_DT and DELIV_ACT_DT: when it happened, not when due.
            sharing.removeIf(c -> c.core().stream().anyMatch(DUE_WORDS::contains));
        }
        return sharing.size() == 1 ? sharing.get(0) : null;
    }

    /** Words of a date's name saying when something should happen, not when it did. */
    private static final Set<String> DUE_WORDS =
            Set.of("due", "planned", "plan", "sched", "scheduled", "target", "expected");

    private static boolean isMatrix(Question q, List<Dim> dims) {
        if (q.has(Cue.MATRIX)) {
            return true;
        }
        boolean heat = "heatmap".equals(q.chart);
        boolean overTime = !q.timeMentions.isEmpty() || !q.timeHints.isEmpty();
        if (heat && (q.grain != null || !dims.isEmpty())) {
            // "heatmap of alarm type by month", "heatmap of stays by pen type": cells of a grouping, not correlations.
            return false;
        }
        // "relationship between signup year and spend": a time column makes it a line over time, not a matrix.
        return (q.has(Cue.REL) || heat)
                && !(overTime && !heat)
                && dims.size() < 2
                && q.measures.size() != 2
                && correlatable(q).size() >= 2
                && (q.measures.size() != 1 || !heat);
    }

    private static List<ColumnInfo> correlatable(Question q) {
        List<ColumnInfo> out = new ArrayList<>();
        for (ColumnInfo c : q.index.columns) {
            if (c.role() == ColumnRole.MEASURE && !c.isCode()) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<ColumnInfo> columnsOf(List<Measure> measures) {
        List<ColumnInfo> out = new ArrayList<>();
        for (Measure m : measures) {
            out.add(m.column());
        }
        return out;
    }

    /**
     * Two measures whose names differ only by version words ("Planned Qty" and "Actual Qty", NET_GBP and GROSS_GBP),
     * or where one name is only a version word and both are in one unit ("Budget (£k)", "Spend to Date (£k)").
     */
    private static boolean versions(List<Measure> measures) {
        if (measures.size() != 2) {
            return false;
        }
        List<String> a = measures.get(0).column().core().stream()
                .filter(w -> !Words.VERSION_WORDS.contains(w))
                .toList();
        List<String> b = measures.get(1).column().core().stream()
                .filter(w -> !Words.VERSION_WORDS.contains(w))
                .toList();
        ColumnInfo first = measures.get(0).column();
        ColumnInfo second = measures.get(1).column();
        if (first.core().equals(second.core())) {
            return sidesOfOne(first, second);
        }
        // "Budget (£k)" beside "Spend to Date (£k)": a name that is only a version word is that version of the
        // other amount in the same unit.
        boolean bare = a.isEmpty() != b.isEmpty();
        return a.equals(b)
                || bare && unit(first) != null && unit(first).equals(unit(second))
                || oneWordApart(first, second);
    }

    /** Two measures of money in one currency that both add up (Cash Collected (£), Card Sales (£)). */
    private static boolean takings(List<Measure> measures) {
        if (measures.size() != 2) {
            return false;
        }
        ColumnInfo a = measures.get(0).column();
        ColumnInfo b = measures.get(1).column();
        return a.additive()
                && b.additive()
                && MeasureKinds.money(a.schema(), a.words())
                && MeasureKinds.money(b.schema(), b.words())
                && Objects.equals(unit(a), unit(b));
    }

    /** Opposite small words that tell two readings of one amount apart ("Wt In (kg)" and "Wt Out (kg)"). */
    private static final Set<String> SIDES =
            Words.set("in out before after start end pre post opening closing entry exit");

    /** Two names alike but for one pair of side words: the same amount at two points (weight in and out). */
    private static boolean sidesOfOne(ColumnInfo first, ColumnInfo second) {
        int at = Words.onlyDifference(first.words(), second.words());
        return at >= 0
                && SIDES.contains(first.words().get(at))
                && SIDES.contains(second.words().get(at));
    }

    /**
     * "Quoted Amt (£)" and "Invoiced Amt (£)", "Guests Booked" and "Guests Attended": two amounts that add up, in one
     * unit, named alike but for a participle each, are two stages of one amount (not "Sepal Length" and "Petal
     * Length", nor "NA_Sales" and "EU_Sales").
     */
    private static boolean oneWordApart(ColumnInfo first, ColumnInfo second) {
        List<String> a = first.core();
        List<String> b = second.core();
        if (a.size() < 2 || a.size() != b.size() || !first.additive() || !second.additive()) {
            return false;
        }
        int differ = 0;
        boolean stages = true;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differ++;
                // Participles name stages of the amount; "NA_Sales" and "EU_Sales" are places, not stages.
                stages &= Words.isParticiple(a.get(i)) && Words.isParticiple(b.get(i));
            }
        }
        return differ == 1 && stages && Objects.equals(unit(first), unit(second));
    }

    /**
     * "does session length go up with the number of pulses? colour by area": two measures and a colour, nothing
     * grouped by, is one point per row coloured by the category, not bars of the two averages.
     */
    private static boolean colouredPair(Question q, List<Dim> dims, ColumnInfo time) {
        return q.measures.size() == 2
                && q.chart == null
                && time == null
                && !dims.isEmpty()
                && dims.stream().allMatch(d -> d.role() == DimRole.SERIES)
                && q.parts.stream().anyMatch(p -> p.is(Cue.SERIES) && p.text.startsWith("colo"));
    }

    /** The unit a name gives in brackets ("£k" of "Budget (£k)") or as its last word ("m3" of expected_m3), or null. */
    private static String unit(ColumnInfo c) {
        String name = c.name();
        int open = name.lastIndexOf('(');
        int close = name.lastIndexOf(')');
        if (open >= 0 && close > open + 1) {
            return name.substring(open + 1, close).trim();
        }
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s_]+");
        String last = words[words.length - 1];
        return words.length > 1 && ColumnRoles.UNITS.contains(last) ? last : null;
    }

    static boolean isDistribution(Question q) {
        return q.has(Cue.DIST) || q.has(Cue.OUTLIER) || "histogram".equals(q.chart) || "box".equals(q.chart);
    }

    private static boolean isScatter(Question q, List<Dim> dims, ColumnInfo time) {
        long numeric = q.measures.stream().filter(m -> m.column().isNumeric()).count();
        if (numeric < 2) {
            return false;
        }
        boolean related = q.has(Cue.REL) || q.has(Cue.VS) || q.has(Cue.CAUSE) || "scatter".equals(q.chart);
        // "avg price vs avg cost by region", "total insurer paid vs patient paid per clinic", "net vs gross totals
        // per plan": an aggregation named for the measures compares them per group, side by side.
        boolean aggregated = (q.measures.stream().allMatch(m -> m.agg() != null) || q.agg != null)
                && dims.stream().anyMatch(d -> d.role() == DimRole.BY);
        if (related && (q.grain != null || q.has(Cue.TREND)) && !"scatter".equals(q.chart)) {
            // "casual vs registered users by month": both measures over time, not one against the other.
            return false;
        }
        if (related
                && !aggregated
                && dims.stream()
                        .anyMatch(d -> d.role() == DimRole.BY
                                && d.column().role() == ColumnRole.ID
                                && q.index.isRowEntity(d.column()))) {
            // "food spend vs drinks spend for each booking" beside Booking Ref: one point per row, not bars per id.
            return true;
        }
        if (related
                && !"scatter".equals(q.chart)
                && versions(q.measures)
                && dims.stream().anyMatch(d -> d.role() == DimRole.BY)) {
            // "planned vs actual qty by branch", "net vs gross by depot": two versions of one amount, side by side.
            return false;
        }
        if (related
                && !"scatter".equals(q.chart)
                && !q.has(Cue.REL)
                && takings(q.measures)
                && dims.stream().anyMatch(d -> d.role() == DimRole.BY)) {
            // "cash vs card by machine type": two sums of money in one currency, per group, side by side.
            return false;
        }
        if (related) {
            return !aggregated || "scatter".equals(q.chart);
        }
        if (colouredPair(q, dims, time)) {
            return true;
        }
        boolean plain = q.measures.size() == 2
                && dims.isEmpty()
                && time == null
                && !q.has(Cue.COMPARE)
                && q.agg == null
                && !q.has(Cue.VALUEQ)
                && q.filters.isEmpty()
                && q.chart == null
                && !isDistribution(q);
        return plain;
    }
}
