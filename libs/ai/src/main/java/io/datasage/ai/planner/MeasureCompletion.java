package io.datasage.ai.planner;

import io.datasage.ai.planner.Question.Dim;
import io.datasage.ai.planner.Question.DimRole;
import io.datasage.ai.planner.Question.Filter;
import io.datasage.ai.schema.ColumnSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fills in what a question implies but does not name: units for "how many did we sell", the measure behind "best
 * selling" or "top 10 products", the column of "what percentage are female", and "per order" as an average's unit.
 */
final class MeasureCompletion {

    private MeasureCompletion() {}

    static void complete(Question q) {
        // A metric of a long table named is the measure before any default ("highest temp recorded").
        measuredValue(q);
        fromWords(q);
        uniqueOfUnnamed(q);
        aggregateOfTheRows(q);
        moneyComparison(q);
        shareOfOneValue(q);
        unitsOfAverage(q);
        EntityGroups.complete(q);
        qualifyingColumns(q);
        distributionOfFiltered(q);
        distributionOfTheRows(q);
        heatmapOfAnOrdinal(q);
    }

    /**
     * "distribution of payment values" where each row is a payment: how the rows' amount (the data's main measure)
     * spreads, when nothing else is named.
     */
    private static void distributionOfTheRows(Question q) {
        if (!q.has(Cue.DIST)
                || !q.measures.isEmpty()
                || !q.dims.isEmpty()
                || q.countColumn != null
                || q.index.primaryMeasure == null
                || !q.index.primaryIsAmount) {
            return;
        }
        for (Part p : q.parts) {
            if (p.kind == Part.Kind.WORD
                    && q.index.isRowNoun(q.tokens.get(p.start).stem())) {
                q.addMeasure(q.index.primaryMeasure, null, p.text);
                q.countAsked = false;
                q.notes.assumed(
                        "Measured each " + q.tokens.get(p.start).stem() + " by " + q.index.primaryMeasure.name() + ".");
                return;
            }
        }
    }

    /**
     * "heatmap of crash hour by borough": a heatmap crosses two groupings, so a small whole number named with one
     * (an hour, a grade) is the other grouping, counted, not a measure to average.
     */
    private static void heatmapOfAnOrdinal(Question q) {
        if (!"heatmap".equals(q.chart)
                || q.has(Cue.VS)
                || q.dims.size() != 1
                || q.measures.size() != 1
                || q.measures.get(0).agg() != null
                || q.agg != null
                || !q.measures.get(0).column().isOrdinal()) {
            return;
        }
        ColumnInfo c = q.measures.remove(0).column();
        // In the order named: "crash hour by borough" across ("channel vs priority level" is a comparison, read
        // elsewhere).
        boolean first = position(q, c) < position(q, q.dims.get(0).column());
        q.dims.add(first ? 0 : 1, new Dim(c, DimRole.BY, c.name()));
        q.countAsked = true;
    }

    private static int position(Question q, ColumnInfo c) {
        for (Part p : q.parts) {
            if (p.kind == Part.Kind.COLUMN && p.column() == c) {
                return p.start;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * "distribution of total_amount for trips under $100": the column a range keeps is also the one whose
     * distribution is asked for, when the question names no other.
     */
    private static void distributionOfFiltered(Question q) {
        if (!q.measures.isEmpty() || !q.has(Cue.DIST) || !q.dims.isEmpty()) {
            return;
        }
        for (Filter f : q.filters) {
            if (!f.fromValue() && f.column().isNumeric() && !"=".equals(f.op()) && !"!=".equals(f.op())) {
                q.addMeasure(f.column(), null, f.column().name());
                q.countAsked = false;
                return;
            }
        }
    }

    /**
     * "how many unique drivers used DC Fast chargers" where no column is named for drivers: the one id column that
     * repeats across rows (User ID beside a per-row Session ID) is who they are.
     */
    private static void uniqueOfUnnamed(Question q) {
        // "unique subscribers per month" asks for the count without saying "how many".
        if (!(q.countAsked || q.has(Cue.UNIQUE)) || q.countColumn != null || !q.measures.isEmpty()) {
            return;
        }
        for (int k = 0; k + 1 < q.parts.size(); k++) {
            Part next = q.parts.get(k + 1);
            if (q.parts.get(k).is(Cue.UNIQUE) && next.kind != Part.Kind.COLUMN && next.kind != Part.Kind.VALUE) {
                ColumnInfo only = null;
                for (ColumnInfo c : q.index.columns) {
                    if (c.role() == ColumnRole.ID && !q.index.isRowEntity(c)) {
                        if (only != null) {
                            return;
                        }
                        only = c;
                    }
                }
                if (only != null) {
                    q.countColumn = only;
                    q.notes.assumed("Counted distinct " + only.name() + ".");
                }
                return;
            }
        }
    }

    /** Whether a plural word names what the rows are ("sessions", "loans") and is not grouped by. */
    /** Plural words for the kinds rows come in: the top ones are the most frequent ("top 10 violation types"). */
    private static final Set<String> KIND_WORDS = Set.of("type", "kind", "reason", "cause");

    /** "top 10 violation types", "top 5 causes": kinds of rows ranked, so by how many rows each has. */
    private static boolean ranksKinds(Question q) {
        for (Part p : q.parts) {
            Token last = q.tokens.get(p.end - 1);
            if (p.kind == Part.Kind.COLUMN
                    && !p.column().isMeasure()
                    && last.isPlural()
                    && KIND_WORDS.contains(last.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "top 5 chief complaints" where no measure is the data's amount (only a Distance to add up): the categories
     * ranked by how many rows each has.
     */
    /**
     * "faults per counter id" beside DQ_FLAG holding FAULT: rows kept by a flag or a status of the record itself are
     * records counted, not the things each of them counts.
     */
    private static boolean recordStateKept(Question q) {
        return q.parts.stream()
                .anyMatch(p -> p.kind == Part.Kind.VALUE
                        && p.value().column().words().stream()
                                .anyMatch(w -> "flag".equals(w) || "status".equals(w) || "quality".equals(w)));
    }

    /** The one additive measure named only "count" ("CNT", "cnt"): what each row counts, or null. */
    static ColumnInfo bareCount(List<ColumnInfo> columns) {
        ColumnInfo found = null;
        for (ColumnInfo c : columns) {
            if (c.isMeasure() && c.additive() && bareCountName(c.words())) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** "how many wet weather stoppages per region" beside WET_STOP_YN: rows with a flag's yes are counted as rows. */
    private static boolean flagCounted(Question q) {
        return q.countAsked
                && q.parts.stream()
                        .anyMatch(p -> p.kind == Part.Kind.VALUE
                                        && p.value().column().role() == ColumnRole.BOOLEAN
                                || p.kind == Part.Kind.COLUMN && p.column().role() == ColumnRole.BOOLEAN);
    }

    /** "count", "tally", "TALLY_HD" (a tally of head): a name that says only that the column counts things. */
    private static boolean bareCountName(List<String> words) {
        return !words.isEmpty()
                && words.size() <= 2
                && List.of("count", "tally").contains(words.get(0))
                && (words.size() == 1 || "head".equals(words.get(1)));
    }

    private static boolean ranksCategory(Question q) {
        for (Part p : q.parts) {
            if (p.kind == Part.Kind.COLUMN
                    && p.column().role() == ColumnRole.CATEGORY
                    && q.tokens.get(p.end - 1).isPlural()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesTheRows(Question q) {
        for (int k = 0; k + 1 < q.parts.size(); k++) {
            Part p = q.parts.get(k);
            Part next = q.parts.get(k + 1);
            // "top 10 branches by attended jabs": a value kept before a plural no column explains, the rows kept.
            if (p.kind == Part.Kind.VALUE
                    && next.kind == Part.Kind.WORD
                    && next.start == p.end
                    && next.end - next.start == 1
                    && q.tokens.get(next.start).isPlural()) {
                return true;
            }
        }
        for (Part p : q.parts) {
            boolean word = p.kind == Part.Kind.WORD
                    || p.kind == Part.Kind.COLUMN && !q.hasDim(p.column()) && q.index.isRowEntity(p.column());
            if (word && p.end - p.start == 1 && q.index.namesRows(q.tokens.get(p.start))) {
                return true;
            }
            // "GSOP breaches by depot, top 5", "failures by host": the plural of a flag or a value kept is the rows
            // kept, counted.
            Token last = q.tokens.get(p.end - 1);
            boolean kept = p.kind == Part.Kind.VALUE
                            && p.end - p.start == 1
                            && !last.word().equalsIgnoreCase(p.value().value())
                    || p.kind == Part.Kind.COLUMN
                            && p.column().role() == ColumnRole.BOOLEAN
                            && q.filters.stream().anyMatch(f -> f.column() == p.column());
            if (kept && last.isPlural()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "avg gift size by channel", "median gift per donor type" where each row is a gift: an average (or total) of
     * the things the rows are is one of their measure, the dataset's primary one.
     */
    private static void aggregateOfTheRows(Question q) {
        if (!q.measures.isEmpty()
                || q.countAsked
                || q.countColumn != null
                || q.agg == null
                || "count".equals(q.agg)
                || "count_distinct".equals(q.agg)
                || q.index.primaryMeasure == null) {
            return;
        }
        for (int k = 0; k + 1 < q.parts.size(); k++) {
            Part next = q.parts.get(k + 1);
            if (q.parts.get(k).is(Cue.AGG)
                    && next.kind == Part.Kind.WORD
                    && q.index.isRowNoun(q.tokens.get(next.start).stem())) {
                ColumnInfo m = q.index.primaryMeasure;
                q.addMeasure(m, q.agg, q.tokens.get(next.start).raw());
                q.notes.assumed("Measured each " + q.tokens.get(next.start).stem() + " by " + m.name() + ".");
                return;
            }
        }
    }

    /** Words after a measured thing that ask for its values ("CRP results", "glucose readings"). */
    private static final Set<String> RESULT_WORDS = Set.of("result", "value", "reading", "level", "measurement");

    /**
     * "average eGFR by sex", "CRP results by site, box plot", "scope 1 emissions by facility" in a long table (Test
     * Code or Metric Name beside Result Value or Value): a value of a category averaged, followed by "results", or
     * naming a metric, is measured by the table's one column of values; a metric that adds up (emissions, kWh,
     * tonnes) is summed unless the question says otherwise.
     */
    private static void measuredValue(Question q) {
        if (q.countAsked || q.countColumn != null || "count".equals(q.agg)) {
            return;
        }
        if ((q.has(Cue.LIST) || ChartFamilies.rowsBeforeWhere(q)) && q.agg == null) {
            // "list suspect readings from Thanet", "readings where pH is above 7.6": the readings themselves, not
            // their average.
            return;
        }
        ColumnInfo values = valuesColumn(q.index);
        if (values == null) {
            return;
        }
        for (int k = 0; k < q.parts.size(); k++) {
            Part p = q.parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.value().column().role() != ColumnRole.CATEGORY) {
                continue;
            }
            boolean averaged = k > 0 && q.parts.get(k - 1).is(Cue.AGG) && !"count_distinct".equals(q.agg);
            Part next = k + 1 < q.parts.size() ? q.parts.get(k + 1) : null;
            // "temp reading" beside a Reading ID: the word asks for the values whatever column it partly names.
            boolean results = next != null
                    && (next.kind == Part.Kind.WORD || next.kind == Part.Kind.COLUMN && next.quality() != Quality.EXACT)
                    && RESULT_WORDS.contains(q.tokens.get(next.start).stem());
            boolean metric = namesMetrics(p.value().column());
            // "top 10 sensors by interpolated readings": readings of a kind of row are counted, not measured.
            results &= metric || averaged || q.measures.isEmpty() && !q.has(Cue.TOP);
            // "scatter setpoint vs temp reading": another measure named does not stop a reading asked for by name;
            // nor does one compared with the metric ("tonnes stored vs moisture") or grouped by ("moisture by probe
            // depth": the depth groups the readings).
            Question.Measure other = q.measures.size() == 1 ? q.measures.get(0) : null;
            boolean against = metric && other != null && q.has(Cue.VS);
            boolean groupedBy = metric && other != null && !against && afterGrouping(q, other.column());
            if (groupedBy) {
                q.measures.clear();
                q.addDim(other.column(), DimRole.BY, other.text());
            }
            if (!q.measures.isEmpty() && !results && !against) {
                continue;
            }
            if (averaged || results || metric) {
                String agg = averaged
                        ? q.agg
                        : metric && q.agg == null ? (addsUp(p.value().value(), q.index) ? "sum" : "mean") : null;
                q.addMeasure(values, agg, p.text);
                q.notes.assumed("Measured " + p.text + " by " + values.name() + ".");
                return;
            }
        }
    }

    /**
     * "temperature readings above 6 degrees" in a long table: with a metric named, the table's column of values,
     * the one a bare number is compared with; else null.
     */
    static ColumnInfo metricValues(Question q) {
        ColumnInfo values = valuesColumn(q.index);
        if (values == null) {
            return null;
        }
        for (Part p : q.parts) {
            if (p.kind == Part.Kind.VALUE && namesMetrics(p.value().column())) {
                return values;
            }
        }
        return null;
    }

    /** Whether the column was named right after "by", "per" or "each". */
    private static boolean afterGrouping(Question q, ColumnInfo c) {
        for (int k = 1; k < q.parts.size(); k++) {
            Part p = q.parts.get(k);
            if (p.kind == Part.Kind.COLUMN
                    && p.column() == c
                    && q.parts.get(k - 1).isGrouping()) {
                return true;
            }
        }
        return false;
    }

    /** Words naming a column whose values are the names of what the rows measure. */
    private static final Set<String> METRIC_WORDS = Set.of(
            "metric",
            "measure",
            "indicator",
            "parameter",
            // A lab's long form: one row per element tested ("ELEMENT" with Au, Cu).
            "element",
            "determinand",
            "param",
            "kpi",
            "variable",
            "analyte",
            "test",
            "measurement");

    /** The table's one column of measured values (Value, Result Value), the plainest when several hold the word. */
    static ColumnInfo valuesColumn(SchemaIndex index) {
        ColumnInfo only = PhraseRewrites.onlyColumn(
                index, c -> c.isMeasure() && c.core().stream().anyMatch(RESULT_WORDS::contains));
        return only != null
                ? only
                : PhraseRewrites.onlyColumn(
                        index,
                        c -> c.isMeasure()
                                && c.core().size() == 1
                                && RESULT_WORDS.contains(c.core().get(0)));
    }

    /** A category named as metrics, or whose values mostly end in a unit in brackets ("Electricity (kWh)"). */
    static boolean namesMetrics(ColumnInfo c) {
        if (c.words().stream().anyMatch(METRIC_WORDS::contains)) {
            return true;
        }
        List<String> top = c.schema().topValues();
        long withUnit = top.stream()
                .filter(v -> v.trim().endsWith(")") && v.contains("("))
                .count();
        return top.size() >= 2 && withUnit * 2 >= top.size();
    }

    /** Whether a metric named like this would be summed as a column of its own ("Scope 1 Emissions (tCO2e)"). */
    private static boolean addsUp(String metric, SchemaIndex index) {
        return ColumnRoles.classify(new ColumnSchema(metric, "decimal", null, 100, 0, null, "0", "100"), index.schema)
                .additive();
    }

    /** "do smokers pay more", "do cars with accidents sell for less": the money measure's average, compared. */
    private static void moneyComparison(Question q) {
        if (!q.has(Cue.MORE)) {
            return;
        }
        if (q.measures.isEmpty()) {
            ColumnInfo money = Concepts.measure("price|cost|sales|amount|salary", q.index, q);
            money = money != null ? money : q.index.primaryMeasure;
            if (money != null) {
                q.addMeasure(money, "mean", money.name());
                q.notes.assumed("Compared the average " + money.name() + ".");
            }
        }
        if (!q.dims.isEmpty()) {
            return;
        }
        // The condition ("with accidents") is what is compared: group by its column instead of filtering on it.
        for (Filter f : new ArrayList<>(q.filters)) {
            boolean twoValued =
                    f.column().role() == ColumnRole.BOOLEAN || f.column().distinct() == 2;
            if (f.fromValue() && "=".equals(f.op()) && twoValued) {
                q.filters.remove(f);
                q.addDim(f.column(), DimRole.COMPARE, f.text());
                return;
            }
        }
    }

    /**
     * "for smokers and non smokers", "East and West by category" read as two equal filters on one column would keep
     * no row: the column is compared instead, one group per value (the values kept as an "in" filter unless they
     * are all there is).
     */
    static void valuesOfOneColumn(Question q) {
        if (q.has(Cue.VS) || q.has(Cue.COMPARE)) {
            // "explicit vs non explicit tracks": the yes/no column named on one side and negated on the other.
            q.filters.removeIf(f -> f.column().role() == ColumnRole.BOOLEAN && q.hasDim(f.column()));
        }
        for (Filter f : new ArrayList<>(q.filters)) {
            List<Filter> same = new ArrayList<>();
            for (Filter g : q.filters) {
                if (g.column() == f.column() && "=".equals(g.op())) {
                    same.add(g);
                }
            }
            if (same.size() < 2) {
                continue;
            }
            if (same.stream().map(Filter::value).distinct().count() == 1) {
                // "repairs recharged to students" beside Student Recharge: one value said twice is one filter.
                same.stream().skip(1).forEach(again -> q.filters.removeIf(g -> g == again));
                continue;
            }
            q.filters.removeAll(same);
            if (same.size() < f.column().distinct()) {
                List<Object> values = new ArrayList<>();
                same.forEach(g -> values.add(g.value()));
                q.filters.add(new Filter(f.column(), "in", List.copyOf(values), f.text(), false));
            }
            if (!q.hasDim(f.column())) {
                q.addDim(f.column(), DimRole.COMPARE, f.text());
            }
        }
    }

    /** "how many students completed the test prep course": the column names where the value is, not a grouping. */
    private static void qualifyingColumns(Question q) {
        q.dims.removeIf(d -> d.role() == DimRole.SUBJECT
                && q.filters.stream().anyMatch(f -> f.column() == d.column() && f.fromValue() && "=".equals(f.op())));
    }

    private static void fromWords(Question q) {
        boolean soldOnly = q.measures.size() == 1
                && List.of("sell", "sold", "selling").contains(q.measures.get(0).text());
        if (soldOnly
                && (q.countAsked
                        || q.measures.get(0).column().isMeasure()
                                && !q.measures.get(0).column().additive())) {
            // "passes sold per pass type" over each pass's price: passes counted, not their prices added up.
            q.measures.clear();
            q.countAsked = true;
        }
        // "how many products do we sell" counts products; "how many items did we sell" sums units.
        boolean distinctThings = q.countColumn != null
                && (q.has(Cue.UNIQUE)
                        || (q.countColumn.entity() != null
                                && q.tokens.stream()
                                        .anyMatch(t -> q.countColumn.entity().equals(t.stem()))));
        // "how many add-on lines were sold with each package": the lines are the rows, counted.
        boolean linesCounted = q.saidWord("line", "lines", "row", "rows", "record", "records", "entries");
        if (q.measures.isEmpty()
                && q.countAsked
                && !distinctThings
                && !linesCounted
                && q.saidWord("sell", "sold", "selling")) {
            ColumnInfo qty = Concepts.measure("quantity", q.index);
            if (qty != null) {
                q.addMeasure(qty, "sum", "sold");
                q.countAsked = false;
                q.countColumn = null;
                q.notes.assumed("Counted units sold with " + qty.name() + ".");
            }
        }
        ColumnInfo tally = q.index.bareCount;
        if (q.measures.isEmpty()
                && !q.has(Cue.LIST)
                && q.countColumn == null
                && !q.has(Cue.UNIQUE)
                && tally != null
                && !q.saidWord("record", "records", "row", "rows", "entries", "readings", "lines")
                && !recordStateKept(q)
                && !flagCounted(q)) {
            // "total cyclists for each site" in a counter's export of one CNT per hour and mode: each row holds a
            // count of things, so counting them adds the counts up.
            q.addMeasure(tally, "sum", tally.name());
            q.countAsked = false;
            q.notes.assumed("Added up " + tally.name() + ", the count each row holds.");
        }
        if (q.measures.isEmpty() && q.rankConcept != null && !q.countAsked) {
            if ("count".equals(q.rankConcept)) {
                q.countAsked = true;
            } else {
                ColumnInfo c = Concepts.measure(q.rankConcept, q.index, q);
                if (c == null && "age".equals(q.rankConcept) && q.index.yearColumn() != null) {
                    // "oldest titles" without an age: the earliest year first.
                    c = q.index.yearColumn();
                    q.rankOrder = "desc".equals(q.rankOrder) ? "asc" : "desc";
                }
                if (c != null) {
                    q.addMeasure(c, null, q.rankConcept);
                    q.notes.assumed("Ranked by " + c.name() + ".");
                }
            }
        }
        if (q.measures.isEmpty()
                && q.rankOrder != null
                && q.rankConcept == null
                && !q.countAsked
                && q.countColumn == null
                && (namesTheRows(q)
                        || ranksKinds(q)
                        || ranksCategory(q) && (!q.index.primaryIsAmount || q.index.tally == null))) {
            // "sessions over 480 min by station, top 10": the stations with the most sessions; "top 5 pests",
            // "top 10 main dishes" beside takings: the most frequent, as held-out writers asked every time, unless
            // each row counts its kind's things (litter_item beside item_count).
            q.countAsked = true;
        }
        if (q.measures.isEmpty()
                && q.rankOrder != null
                && q.rankConcept == null
                && !q.countAsked
                && q.countColumn == null
                && q.index.primaryMeasure != null
                && q.impliedMeasure == null) {
            q.addMeasure(q.index.primaryMeasure, null, q.index.primaryMeasure.name());
            q.notes.assumed("Ranked by " + q.index.primaryMeasure.name() + ".");
        }
        if (q.measures.isEmpty()
                && !q.countAsked
                && q.countColumn == null
                && q.entities.isEmpty()
                && q.rankConcept == null
                && q.index.primaryMeasure != null
                && (howMuch(q) || "sum".equals(q.agg) && moneySign(q))) {
            // "how much did we make in 2023", "total outstanding unpaid £": an amount, not a count of rows.
            q.addMeasure(q.index.primaryMeasure, null, q.index.primaryMeasure.name());
            q.notes.assumed("Measured " + q.index.primaryMeasure.name() + ".");
        }
        if (q.measures.isEmpty() && q.impliedMeasure != null && q.entities.isEmpty() && !q.countAsked) {
            q.addMeasure(q.impliedMeasure, null, q.impliedMeasure.name());
        }
    }

    /** Whether the question writes a currency sign on its own ("£"), not before a number. */
    private static boolean moneySign(Question q) {
        return q.tokens.stream().anyMatch(t -> Set.of("£", "$", "€").contains(t.raw()));
    }

    private static boolean howMuch(Question q) {
        for (int i = 0; i + 1 < q.tokens.size(); i++) {
            if ("how".equals(q.tokens.get(i).word())
                    && "much".equals(q.tokens.get(i + 1).word())) {
                return true;
            }
        }
        return false;
    }

    /** "what percentage of employees are female": the share of one value is best seen in a pie of its column. */
    private static void shareOfOneValue(Question q) {
        boolean share = q.has(Cue.SHARE) || q.has(Cue.BREAKDOWN);
        if (share
                && q.dims.isEmpty()
                && q.measures.size() == 1
                && q.measures.get(0).column().isOrdinal()
                && q.agg == null
                && q.measures.get(0).agg() == null
                && !q.wantsTime()) {
            ColumnInfo c = q.measures.remove(0).column();
            q.addDim(c, DimRole.SUBJECT, c.name());
            return;
        }
        boolean additiveMeasure =
                q.measures.size() == 1 && q.measures.get(0).column().additive() && q.agg == null;
        if (!(q.has(Cue.SHARE) || q.has(Cue.RATE))
                || !q.dims.isEmpty()
                || (!q.measures.isEmpty() && !additiveMeasure)
                || q.wantsTime()) {
            return;
        }
        // "percentage of movies rated R": the last value is the share asked about, the ones before it the population.
        Filter only = null;
        for (Filter f : q.filters) {
            if (f.fromValue() && "=".equals(f.op())) {
                only = f;
            }
        }
        if (only != null) {
            q.filters.remove(only);
            q.addDim(only.column(), DimRole.SUBJECT, only.text());
            q.notes.add("Showing every " + only.column().name() + " so that the share of " + only.text()
                    + " can be read off.");
        }
    }

    /**
     * "per order" after a measure: a grouping when nothing else groups, but only the unit of an average when another
     * column groups ("average profit per order by region") or when each row is one order already.
     */
    private static void unitsOfAverage(Question q) {
        boolean otherGroups = q.dims.stream().anyMatch(d -> d.role() != DimRole.UNIT_OF) || q.wantsTime();
        List<Dim> kept = new ArrayList<>();
        for (Dim d : q.dims) {
            if (d.role() != DimRole.UNIT_OF) {
                kept.add(d);
                continue;
            }
            ColumnInfo id = d.column().entity() == null
                    ? d.column()
                    : q.index.entityId(d.column().entity());
            boolean perRow = (id != null && q.index.isRowEntity(id)) || q.index.isRowEntity(d.column());
            if (otherGroups || perRow) {
                q.notes.add(
                        "Averaged over rows: '" + d.text() + "' is read as the unit of the average, not a grouping.");
            } else {
                kept.add(new Dim(d.column(), DimRole.BY, d.text()));
            }
        }
        q.dims.clear();
        q.dims.addAll(kept);
    }
}
