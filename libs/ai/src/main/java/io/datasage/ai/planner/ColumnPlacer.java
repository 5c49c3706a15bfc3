package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import io.datasage.ai.planner.Question.DimRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what each column the question names is for, from the keyword before it: a grouping after "by", the series
 * after "colour by", the ranked things after "top"/"which", the thing to count after "how many", a time axis, or a
 * measure with the aggregation named next to it.
 */
final class ColumnPlacer {

    private ColumnPlacer() {}

    static void place(Question q) {
        List<Part> parts = q.parts;
        DimRole chained = null;
        List<ColumnInfo> booleans = new ArrayList<>();
        String[] axes = AxisWords.bind(parts);
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Kind.COLUMN || p.used) {
                if (p.kind != Kind.COLUMN && !p.is(Cue.AND) && !p.is(Cue.UNIT) && !p.is(Cue.GRAIN)) {
                    chained = null;
                }
                continue;
            }
            ColumnChoice.Context ctx = context(parts, k, q.tokens);
            String agg = aggBefore(parts, k);
            if (ctx == ColumnChoice.Context.NONE
                    && chained != null
                    && k > 0
                    // "by category, apps with ...": a plural naming the rows after a comma starts a new phrase.
                    && !(p.end - p.start == 1 && q.index.namesRows(q.tokens.get(p.start)))
                    && (parts.get(k - 1).is(Cue.AND)
                            || (parts.get(k - 1).kind == Kind.COLUMN
                                    && commaBetween(q.tokens, parts.get(k - 1).end, p.start)))) {
                ctx = chained == DimRole.SERIES ? ColumnChoice.Context.SERIES : ColumnChoice.Context.GROUP;
            }
            if (ctx == ColumnChoice.Context.NONE && heatmapAxis(parts, k)) {
                // "heatmap of piercer vs piercing type": either side of "vs" is an axis, grouped by like "by".
                ctx = ColumnChoice.Context.GROUP;
            }
            // A yes/no name before the rows' noun ("withdrawn lots") is a condition, read with the other flags.
            int head = (ctx == ColumnChoice.Context.NONE || ctx == ColumnChoice.Context.COUNT)
                            && agg == null
                            && p.column().role() != ColumnRole.BOOLEAN
                            && !pluralHead(q, p)
                            // "how long incidents last": the measure asked about, not a word describing them.
                            && !(p.start > 0
                                    && "how".equals(q.tokens.get(p.start - 1).word()))
                            && !(k + 1 < parts.size() && restatesAmount(parts, k + 1))
                    ? rowNounAfter(q, parts, k)
                    : -1;
            if (head >= 0) {
                // "mishandled bag reports" where each row is a report: words before the rows' noun describe it.
                p.used = true;
                q.notes.add("Read '" + p.text + "' as describing the "
                        + q.tokens.get(head).word() + ", not as a column.");
                chained = null;
                continue;
            }
            ColumnInfo event = PluralNouns.eventDate(q, p, ctx);
            if (event != null) {
                // "discharges per month": the date of that event is the time axis.
                q.timeHints.add(event);
                p.used = true;
                chained = null;
                continue;
            }
            if (restatesAmount(parts, k)) {
                // "hire fee income": a money word right after an amount's name says what it is, not a second one.
                p.used = true;
                chained = null;
                continue;
            }
            ColumnInfo col = ColumnChoice.choose(q, p, ctx);
            if ("x".equals(axes[k])) {
                q.axisX = col;
            } else if ("y".equals(axes[k])) {
                q.axisY = col;
            }
            q.notes.matched(
                    ColumnChoice.isEntityWord(q, p, col) ? Quality.EXACT : p.quality(),
                    p.text,
                    "the " + col.name() + " column");
            p.used = true;
            if ((col.role() == ColumnRole.ID || col.role() == ColumnRole.LABEL)
                    && ctx == ColumnChoice.Context.NONE
                    && k + 1 < parts.size()
                    && (parts.get(k + 1).is(Cue.COUNT) || RowWords.leadsAPer(parts, k))) {
                // "orders count", and "orders per month" opening the question: the orders are what is counted.
                ctx = ColumnChoice.Context.COUNT;
            } else if (ctx == ColumnChoice.Context.NONE && countFollows(parts, k)) {
                // "satisfaction ratings count", "topic counts": how many rows have each value of the column.
                ctx = ColumnChoice.Context.GROUP;
            }
            boolean perUnit = ctx == ColumnChoice.Context.GROUP
                    && k > 0
                    && parts.get(k - 1).is(Cue.PER)
                    && (col.role() == ColumnRole.ID || col.role() == ColumnRole.LABEL)
                    && (!q.measures.isEmpty() || q.agg != null || agg != null);
            if (perUnit) {
                q.addDim(
                        col.entity() != null && q.index.entityLabel(col.entity()) != null
                                ? q.index.entityLabel(col.entity())
                                : col,
                        DimRole.UNIT_OF,
                        p.text);
                chained = null;
                continue;
            }
            if (nounOfKeptValues(q, parts, k, col)) {
                // "only winter games", "just the Online and Event channels", "for fleet vehicles": the noun after
                // the kept values names the rows kept, not a new grouping.
                chained = null;
                continue;
            }
            if (ctx == ColumnChoice.Context.GROUP
                    && k > 0
                    && parts.get(k - 1).is(Cue.BY)
                    && countFollows(parts, k)
                    && q.dims.stream().anyMatch(d -> d.role() == DimRole.WHICH && d.column() != col)) {
                // "top 10 countries by medal count": ranked by how many rows have a medal, not split by medal.
                q.addMeasure(col, "count", p.text);
                parts.get(k + 1).used = true;
                chained = null;
                continue;
            }
            if (ctx == ColumnChoice.Context.COUNT && countColumn(q, parts, k, col)) {
                // "number of orders" where Orders counts them per row; "average number of reviews".
                q.addMeasure(col, aggBefore(parts, k - 1), p.text);
                chained = null;
                continue;
            }
            if (sequenceAgainstMeasure(q, parts, k, col)) {
                // "lesson number vs driving faults": which lesson of each pupil, plotted against a measure.
                q.addMeasure(col, null, p.text);
                chained = null;
                continue;
            }
            if (namesRows(q, parts, k, col, ctx)) {
                // "cities in Brazil", "share of cities in each category", "the most cities" where each row is a city:
                // the rows themselves, counted, not a grouping by city.
                chained = null;
                continue;
            }
            if (ctx == ColumnChoice.Context.NONE
                    && p.quality() == Quality.FUZZY
                    && col.role() == ColumnRole.CATEGORY
                    && groupedElsewhere(parts, k)) {
                // "avg odometer at service by make": a word only like a name (svc) beside a stated grouping is
                // no second grouping.
                q.notes.add("Did not group by " + col.name() + " for '" + p.text + "'.");
                chained = null;
                continue;
            }
            if (ctx == ColumnChoice.Context.COUNT
                    && col.role() == ColumnRole.CATEGORY
                    && describesCounted(q, parts, k)) {
                // "how many noise complaints per ward": the category's word describes the things counted, which are
                // the rows; not how many noise types there are.
                q.countAsked = true;
                chained = null;
                continue;
            }
            DimRole role = place(q, p, col, ctx, agg, booleans);
            chained = role == DimRole.BY || role == DimRole.SERIES ? role : null;
        }
        // "share of explicit episodes", "what share of grants are renewals", one yes/no and nothing to break it down
        // by: both sides as a pie, not one rate (held-out writers asked so five times in six); "percentage of crimes
        // that led to an arrest" and "how ..." still ask for the one number.
        boolean sharesOfOne = q.dims.isEmpty()
                && !q.wantsTime()
                && booleans.size() == 1
                && q.measures.isEmpty()
                && !q.saidWord("how", "percentage", "percent", "pct");
        boolean measureBooleans = !q.dims.isEmpty()
                || q.wantsTime()
                || q.has(Cue.SHARE) && !sharesOfOne
                || q.has(Cue.RATE)
                || q.has(Cue.VALUEQ);
        for (ColumnInfo b : booleans) {
            if (measureBooleans && ("boolean".equals(b.schema().type()) || b.isNumeric())) {
                q.addMeasure(b, "mean", b.name());
                q.notes.add("The average of " + b.name() + " is the share of rows where it is true.");
            } else {
                q.addDim(b, DimRole.SUBJECT, b.name());
            }
        }
    }

    /**
     * Whether "number of X" names the column X itself: an integer measure that counts something per row (Orders,
     * bedrooms, number_of_reviews), when the question relates it to another measure, puts it on an axis, or
     * averages it ("average number of reviews"). Otherwise "number of" counts rows.
     */
    private static boolean countColumn(Question q, List<Part> parts, int k, ColumnInfo col) {
        if (col.role() != ColumnRole.MEASURE || !"integer".equals(col.schema().type())) {
            return false;
        }
        String agg = aggBefore(parts, k - 1);
        boolean averaged = agg != null && !"sum".equals(agg);
        return averaged
                || q.has(Cue.VS)
                || q.has(Cue.REL)
                || q.has(Cue.CAUSE)
                || q.axisX == col
                || q.axisY == col
                || "scatter".equals(chartWord(q));
    }

    /** Whether part {@code k} is a money word right after the exact name of an amount ("hire fee income"). */
    private static boolean restatesAmount(List<Part> parts, int k) {
        Part p = parts.get(k);
        Part prev = k > 0 ? parts.get(k - 1) : null;
        return p.end - p.start == 1
                && p.kind == Kind.COLUMN
                && prev != null
                && prev.kind == Kind.COLUMN
                && prev.end == p.start
                && prev.quality() == Quality.EXACT
                && prev.column().isMeasure()
                && prev.column().additive()
                && ((p.quality() == Quality.SYNONYM && NumericColumns.money(p.column()))
                        // "card takings" beside CARD_AMOUNT and GROSS_TAKINGS: a sales word after an amount's own word.
                        || (p.column().groups().contains("sales")
                                && (NumericColumns.money(prev.column())
                                        || prev.column().core().contains("amount")
                                        // "food sales" beside foodTotal and tabTotal, no currency in either.
                                        || prev.column().core().contains("total"))));
    }

    /** A superlative naming the kind of measure it ranks by ("takes the most money": sales). */
    private static boolean namesAMeasure(Part x) {
        if (!x.is(Cue.SUPER) || x.arg == null) {
            return false;
        }
        String[] a = x.arg.split(":", 2);
        return a.length == 2 && !a[1].isEmpty() && !"count".equals(a[1]);
    }

    /** Whether {@code col} holds how many of the things asked for each row has: a quantity, or a count of them. */
    private static boolean countsOnEachRow(Question q, Part p, ColumnInfo col) {
        return col.additive() && col.groups().contains("quantity")
                || QuantityParticiples.isQuantity(col)
                || countedThings(q, p, col);
    }

    /**
     * "number of kids" beside Kids in Group, "total number of hints used" beside Hints Used: a whole number whose name
     * starts with the plural things asked for counts them on each row, so they are added up (the rows are something
     * else: bookings).
     */
    private static boolean countedThings(Question q, Part p, ColumnInfo col) {
        // "people [have we] assisted": the auxiliaries between the thing and its deed are not part of the name.
        long named = q.tokens.subList(p.start, p.end).stream()
                .filter(w -> !CountedPhrases.AUXILIARIES.contains(w.word()))
                .count();
        if (p.quality() == Quality.EXACT
                && named == col.words().size()
                && named > 1
                && "integer".equals(col.schema().type())
                && !(col.minNum() < 0)
                && col.core().stream().noneMatch(w -> Words.TIME_UNITS.contains(w) || ColumnRoles.UNITS.contains(w))
                && q.tokens.subList(p.start, p.end).stream().anyMatch(Token::isPlural)) {
            // "how many skate aids hired" for Skate Aids Hired: the whole name of a count of things, added up.
            return true;
        }
        if (!"integer".equals(col.schema().type())
                || col.minNum() < 0
                || col.words().isEmpty()
                // Not Detention Mins: the things' length in a unit, not how many there were.
                || col.core().stream()
                        .skip(1)
                        .anyMatch(w -> Words.TIME_UNITS.contains(w) || ColumnRoles.UNITS.contains(w))) {
            return false;
        }
        // "boxes of paintballs" for Paintballs Sold (boxes), "70cl bottles" for btl_70cl: any plural of the part
        // that is the thing the name starts with, whole or written short.
        String thing = col.words().get(0);
        return q.tokens.subList(p.start, p.end).stream()
                .anyMatch(w -> w.isPlural()
                        && (thing.equals(w.stem()) || WordForms.abbreviates(thing, w.stem()))
                        && !q.index.isRowNoun(w.stem()));
    }

    /** Whether the part before {@code p} is a superlative that names a measure ("most valuable", "best selling"). */
    private static boolean measuredSuperlative(List<Part> parts, Part p) {
        int k = parts.indexOf(p);
        return k >= 1 && namesAMeasure(parts.get(k - 1));
    }

    /** A count word right after the column and nothing after it but other keywords ("rating count"). */
    private static boolean countFollows(List<Part> parts, int k) {
        if (k + 1 >= parts.size() || !parts.get(k + 1).is(Cue.COUNT)) {
            return false;
        }
        for (int j = k + 2; j < parts.size(); j++) {
            if (parts.get(j).kind == Kind.COLUMN) {
                return false;
            }
        }
        return true;
    }

    private static String chartWord(Question q) {
        for (Part p : q.parts) {
            if (p.is(Cue.CHART)) {
                return p.arg;
            }
        }
        return null;
    }

    /** Whether {@code p} names sales ("revenue", "takings") and finds a price that does not say so itself. */
    private static boolean salesWordForPrice(Question q, Part p, ColumnInfo col) {
        String word = q.tokens.get(p.end - 1).stem();
        // "revnue by branch": a misspelt sales word says so as well as the word.
        boolean sales = Synonyms.groupsOf(word).contains("sales")
                || p.quality() == Quality.FUZZY && Synonyms.groupsOfTypo(word).contains("sales");
        // "Price Paid" is grouped with pay by its participle, and is a price all the same.
        return sales
                && (col.groups().contains("price") || col.core().contains("price"))
                && !col.core().contains(word);
    }

    /**
     * Whether the column part at {@code k} comes right after the count's words and right before a plural noun no
     * column or cue claims.
     */
    private static boolean describesCounted(Question q, List<Part> parts, int k) {
        // Right after the count's words: "number of Fault status readings" filters by the status it names first.
        if (k + 1 >= parts.size() || k == 0 || !parts.get(k - 1).is(Cue.COUNT) || q.has(Cue.UNIQUE)) {
            return false;
        }
        Part p = parts.get(k);
        Part next = parts.get(k + 1);
        // One word of the name, not a phrase that also says a value ("Fault status").
        if (p.end - p.start != 1 || next.kind != Kind.WORD || next.start != p.end || next.end - next.start != 1) {
            return false;
        }
        Token t = q.tokens.get(next.start);
        return t.isPlural() && !Lexicon.isKeyword(t.word()) && t.word().length() > 3;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",".equals(tokens.get(i).raw()) || "/".equals(tokens.get(i).raw())) {
                return true;
            }
        }
        return false;
    }

    private static DimRole place(
            Question q, Part p, ColumnInfo col, ColumnChoice.Context ctx, String agg, List<ColumnInfo> booleans) {
        switch (col.role()) {
            case DATE:
            case YEAR:
                if (ctx == ColumnChoice.Context.COUNT && q.has(Cue.UNIQUE)) {
                    // "how many distinct days": the dates counted, not a time axis.
                    q.countAsked = true;
                    q.countColumn = col;
                    return null;
                }
                if (col.role() == ColumnRole.YEAR && ctx == ColumnChoice.Context.SERIES && !q.dims.isEmpty()) {
                    // "revenue by zone split by edition yr": the years side by side within each zone, not a time axis.
                    q.addDim(col, DimRole.SERIES, p.text);
                    return DimRole.SERIES;
                }
                if (col.role() == ColumnRole.YEAR && agg != null) {
                    // "average release year": a year column as a number.
                    q.addMeasure(col, agg, p.text);
                    return null;
                }
                String typed = q.tokens.get(p.end - 1).word();
                boolean verb = (typed.endsWith("ed") || typed.endsWith("ing")) && ctx != ColumnChoice.Context.GROUP;
                List<ColumnInfo> list = verb ? q.timeHints : q.timeMentions;
                if (col.role() == ColumnRole.YEAR && ctx == ColumnChoice.Context.RANKED) {
                    // "which year had the highest ...": years ranked, like "which month".
                    q.rankPeriods = true;
                }
                if (!list.contains(col)) {
                    list.add(col);
                }
                return null;
            case MEASURE:
                boolean rankMeasure = ctx == ColumnChoice.Context.GROUP
                        && !q.dims.isEmpty()
                        && (q.has(Cue.TOP) || q.has(Cue.SUPER) || q.has(Cue.RANK));
                // "which period (P1-P12) has the highest spend": ordinals ranked by another measure, like "which
                // month".
                boolean rankedOrdinal = ctx == ColumnChoice.Context.RANKED
                                && q.parts.stream()
                                        .anyMatch(x -> x.kind == Kind.COLUMN
                                                && x != p
                                                && x.column().isMeasure())
                        // "which lane is busiest" beside Lane_No 1-4: numbered things ranked by how many rows each has.
                        || ctx == ColumnChoice.Context.RANKED
                                && col.isCode()
                                && q.parts.stream()
                                        .anyMatch(x -> x.is(Cue.SUPER) && x.arg != null && x.arg.endsWith(":count"))
                        // "which lanes get booked the most" beside Lane # 1-24: the numbered things in the plural,
                        // ranked with no measure named, by how many rows each has.
                        || ctx == ColumnChoice.Context.RANKED
                                && col.isCode()
                                && q.tokens.get(p.end - 1).isPlural()
                                && q.has(Cue.SUPER)
                                && q.parts.stream()
                                        .noneMatch(x -> x != p
                                                && x.kind == Kind.COLUMN
                                                && x.column().isMeasure())
                        // "which till takes the most money" beside TILL_NO 1-4: the numbered things ranked by the
                        // measure a superlative names.
                        || ctx == ColumnChoice.Context.RANKED
                                && col.isCode()
                                && q.parts.stream().anyMatch(ColumnPlacer::namesAMeasure);
                if (ctx == ColumnChoice.Context.BY_COUNT && q.has(Cue.TOP) && countsOnEachRow(q, p, col)) {
                    // "top 3 tutors by number of places booked": ranked by the things counted on each row, added up;
                    // not split by how many there were.
                    q.addMeasure(col, "sum", p.text);
                    return null;
                }
                if (((col.isOrdinal() || col.isCode())
                                && (ctx == ColumnChoice.Context.GROUP
                                        || ctx == ColumnChoice.Context.SERIES
                                        || rankedOrdinal)
                                && !rankMeasure)
                        || ctx == ColumnChoice.Context.BY_COUNT) {
                    DimRole r = ctx == ColumnChoice.Context.SERIES
                            ? DimRole.SERIES
                            : rankedOrdinal ? DimRole.WHICH : DimRole.BY;
                    q.addDim(col, r, p.text);
                    return r;
                }
                if (ctx == ColumnChoice.Context.COUNT) {
                    // "how many kg went for juice" beside kg_net: a quantity named by its unit is added up, as its
                    // things are.
                    boolean unit = p.end - p.start == 1 && ColumnMatcher.namesUnit(q.tokens.get(p.start));
                    if (countsOnEachRow(q, p, col) || unit) {
                        q.addMeasure(col, "sum", p.text);
                        return null;
                    }
                    q.countAsked = true;
                    return null;
                }
                if (deedOfDistinctThings(q, p, agg)) {
                    // "how many different catalogue nos were ordered", "how many different badge holders have
                    // worked": the deed says which things are counted; its amount is not what is asked.
                    q.notes.add("Read '" + p.text + "' as what the counted things did, not as an amount.");
                    return null;
                }
                boolean unitDone = p.end - p.start == 2
                        && Words.isParticiple(q.tokens.get(p.start + 1).word());
                if (agg == null
                        && q.agg == null
                        && (p.end - p.start == 1 || unitDone)
                        && ColumnMatcher.namesUnit(q.tokens.get(p.start))) {
                    // "tonnage by stream", "lbs per year", "hectares sprayed by crop": a quantity named by its unit
                    // (and what was done) is an amount, added up.
                    agg = "sum";
                }
                if (agg == null && q.agg == null && !col.additive() && salesWordForPrice(q, p, col)) {
                    // "revenue by resort" over the price of each pass sold: the prices added up.
                    agg = "sum";
                }
                q.addMeasure(col, agg, p.text);
                if (ctx == ColumnChoice.Context.GROUP) {
                    q.groupedMeasures.add(col);
                }
                for (ColumnInfo sibling : PluralNouns.alike(q, p, col)) {
                    q.addMeasure(sibling, agg, p.text);
                }
                return null;
            case ID:
            case LABEL:
                if (ctx == ColumnChoice.Context.RANKED && (!q.dims.isEmpty() || q.whenAsked)) {
                    if (measuredSuperlative(q.parts, p)) {
                        // "the most valuable customers" per channel: ranked by what "valuable" measures, not counted.
                        q.entities.add(col);
                        return null;
                    }
                    ctx = ColumnChoice.Context.COUNT;
                }
                if (ctx == ColumnChoice.Context.GROUP
                        || ctx == ColumnChoice.Context.SERIES
                        || ctx == ColumnChoice.Context.RANKED) {
                    ColumnInfo label = col.entity() != null
                                    && q.index.entityLabel(col.entity()) != null
                                    && !ColumnChoice.namesTheCode(q, p, col)
                            ? q.index.entityLabel(col.entity())
                            : col;
                    DimRole r = ctx == ColumnChoice.Context.SERIES
                            ? DimRole.SERIES
                            : ctx == ColumnChoice.Context.RANKED ? DimRole.WHICH : DimRole.BY;
                    q.addDim(label, r, p.text);
                    return r;
                }
                if (ctx == ColumnChoice.Context.COUNT) {
                    ColumnInfo id = col.entity() != null && q.index.entityId(col.entity()) != null
                            ? q.index.entityId(col.entity())
                            : col;
                    q.countAsked = true;
                    q.countColumn = q.index.isRowEntity(id) && !uniqueAsked(q, id) ? null : id;
                    return null;
                }
                q.entities.add(col);
                return null;
            case BOOLEAN:
                if (ctx == ColumnChoice.Context.GROUP || ctx == ColumnChoice.Context.SERIES) {
                    DimRole r = ctx == ColumnChoice.Context.SERIES ? DimRole.SERIES : DimRole.BY;
                    q.addDim(col, r, p.text);
                    return r;
                }
                booleans.add(col);
                return null;
            case TEXT:
                q.texts.add(col);
                return null;
            default:
                if (ctx == ColumnChoice.Context.COUNT) {
                    q.countAsked = true;
                    // "number of cities" where nearly every row is its own city: counting them counts rows.
                    q.countColumn = q.index.isRowEntity(col) && !uniqueAsked(q, col) ? null : col;
                    return null;
                }
                DimRole r =
                        switch (ctx) {
                            case GROUP, BY_COUNT -> DimRole.BY;
                            case SERIES -> DimRole.SERIES;
                            case RANKED -> DimRole.WHICH;
                            default -> DimRole.SUBJECT;
                        };
                q.addDim(col, r, p.text);
                return r;
        }
    }

    /** Whether another column of the question is grouped by with "by", "per" or "each". */
    private static boolean groupedElsewhere(List<Part> parts, int k) {
        for (int j = 1; j < parts.size(); j++) {
            Part prev = parts.get(j - 1);
            if (j != k && parts.get(j).kind == Kind.COLUMN && prev.isGrouping()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the column part {@code k} follows values kept by a filter and only names what they are: after "only"
     * or "just" ("only winter games", "just the Online and Event channels"), or a plural category right after a
     * value of another column ("fleet vehicles"; "paypal orders" still counts orders, "European countries" shows
     * each).
     */
    private static boolean nounOfKeptValues(Question q, List<Part> parts, int k, ColumnInfo col) {
        if (k == 0 || parts.get(k - 1).kind != Kind.VALUE) {
            return false;
        }
        int j = k - 1;
        while (j >= 2 && parts.get(j - 1).is(Cue.AND) && parts.get(j - 2).kind == Kind.VALUE) {
            j -= 2;
        }
        if (j > 0 && parts.get(j - 1).is(Cue.ONLY)) {
            return true;
        }
        Part p = parts.get(k);
        Token t = q.tokens.get(p.start);
        boolean plural = p.end - p.start == 1 && t.isPlural();
        boolean grouped = j > 0
                && (parts.get(j - 1).is(Cue.BY)
                        || parts.get(j - 1).is(Cue.PER)
                        || parts.get(j - 1).is(Cue.EACH));
        boolean nextNames = k + 1 < parts.size() && parts.get(k + 1).kind == Kind.COLUMN;
        if (plural && k + 1 < parts.size() && parts.get(k + 1).is(Cue.ONLY) && p.quality() != Quality.EXACT) {
            // "Carniolan colonies only": the plural between the kept value and "only" names the rows kept, whatever
            // column it partly names (Colony Strength).
            return true;
        }
        return plural
                && !grouped
                && !nextNames
                && col.role() == ColumnRole.CATEGORY
                && !q.index.isRowEntity(col)
                && parts.get(k - 1).values.stream()
                        .noneMatch(f -> f.entry().column().equals(col));
    }

    /**
     * The token of the plural of the rows' own id right after the column words at {@code k}, alone or with another
     * such word between ("bag reports", "mishandled bag reports" where report_id is one per row), or -1: a
     * compound's head is its last noun, so the words before it describe the rows. Generic row nouns ("pressure
     * readings", "registered users") do not count: there the words before them name what is measured.
     */
    /** "reasons requests were unfilled" beside UNFILLED_REASON: a plural that is its name's last word is a noun. */
    private static boolean pluralHead(Question q, Part p) {
        Token t = q.tokens.get(p.start);
        List<String> words = p.column().words();
        return p.end - p.start == 1
                && t.isPlural()
                && p.quality() == Quality.EXACT
                && words.size() > 1
                && words.get(words.size() - 1).equals(t.stem());
    }

    private static int rowNounAfter(Question q, List<Part> parts, int k) {
        for (int j = k + 1; j < parts.size() && j <= k + 2; j++) {
            Part next = parts.get(j);
            if (next.start != parts.get(j - 1).end) {
                return -1;
            }
            boolean word = next.kind == Kind.WORD || next.kind == Kind.COLUMN;
            if (!word) {
                return -1;
            }
            Token t = q.tokens.get(next.start);
            // "card txns" where TXN_DATE and TXN_TIME describe each transaction: the subject of the rows too.
            boolean subject = next.kind == Kind.WORD && t.isPlural() && q.index.subjects.contains(t.stem());
            if (next.end - next.start == 1 && (q.index.namesRowIds(t) || subject)) {
                return next.start;
            }
            if (next.kind != Kind.COLUMN) {
                return -1;
            }
        }
        return -1;
    }

    /** A plural word naming a column that is (nearly) one value per row, where no grouping asks for it. */
    private static boolean namesRows(Question q, List<Part> parts, int k, ColumnInfo col, ColumnChoice.Context ctx) {
        Part p = parts.get(k);
        Token t = q.tokens.get(p.start);
        boolean plural = p.end - p.start == 1 && !t.word().equals(t.stem());
        if (!plural
                || col.isNumeric()
                || (col.role() != ColumnRole.CATEGORY && col.role() != ColumnRole.LABEL)
                || !q.index.isRowEntity(col)) {
            return false;
        }
        Part prev = k > 0 ? parts.get(k - 1) : null;
        boolean most = ctx == ColumnChoice.Context.RANKED
                && prev != null
                && prev.is(Cue.SUPER)
                && List.of("most", "fewest", "least").contains(prev.text);
        if (most) {
            return true;
        }
        // With a measure and nothing counted, the rows are what is shown ("European countries by 2022 population").
        boolean counted = parts.stream().anyMatch(x -> x.is(Cue.COUNT) || x.is(Cue.SHARE));
        boolean measured = parts.stream()
                .anyMatch(x -> x.kind == Kind.COLUMN && x != p && x.column().isMeasure());
        return ctx == ColumnChoice.Context.NONE && (counted || !measured);
    }

    /**
     * "top 5 staff by lines", "which branch has the most technicians", "top 10 breeds by no of sessions": after the
     * things ranked, the plural things they are ranked by are counted, not a second grouping.
     */
    private static boolean rankedByThings(List<Part> parts, int k, List<Token> tokens) {
        Part p = parts.get(k);
        if (p.kind != Kind.COLUMN
                || p.column().isMeasure()
                || p.end - p.start != 1
                || !tokens.get(p.start).isPlural()) {
            return false;
        }
        Part prev = parts.get(k - 1);
        boolean by = prev.is(Cue.BY)
                || prev.is(Cue.COUNT) && k >= 2 && parts.get(k - 2).is(Cue.BY);
        boolean most =
                prev.is(Cue.SUPER) && prev.arg != null && prev.arg.startsWith("desc") && prev.text.equals("most");
        if (!by && !most) {
            return false;
        }
        boolean ranking = false;
        boolean ranked = false;
        for (int j = 0; j < k - 1; j++) {
            Part x = parts.get(j);
            ranking |= x.is(Cue.TOP) || x.is(Cue.WHICH) || x.is(Cue.SUPER);
            ranked |= ranking && x.kind == Kind.COLUMN && !x.column().isMeasure();
        }
        return ranked;
    }

    private static ColumnChoice.Context context(List<Part> parts, int k, List<Token> tokens) {
        Part prev = k > 0 ? parts.get(k - 1) : null;
        Part prev2 = k > 1 ? parts.get(k - 2) : null;
        if (prev == null || (prev.is(Cue.COUNT) && commaBetween(tokens, prev.end, parts.get(k).start))) {
            // "heatmap of batch counts, style by brewhouse": a comma ends what is counted.
            return ColumnChoice.Context.NONE;
        }
        // "top 5 pickers", "which 5 pickers had the most short picks": the things ranked; "top 5 pay machines": a word
        // nothing read, between the number and the things, describes them.
        int described = prev.kind == Kind.WORD && prev.end == parts.get(k).start ? 1 : 0;
        Part number = Parts.at(parts, k - 1 - described);
        Part ranking = Parts.at(parts, k - 2 - described);
        if (number != null
                && number.kind == Kind.NUMBER
                && ranking != null
                && (ranking.is(Cue.TOP) || ranking.is(Cue.SUPER) && described == 0 || ranking.is(Cue.WHICH))) {
            return ColumnChoice.Context.RANKED;
        }
        if (rankedByThings(parts, k, tokens)) {
            return ColumnChoice.Context.COUNT;
        }
        if (prev.is(Cue.SUPER)) {
            return ColumnChoice.Context.RANKED;
        }
        if (prev.is(Cue.COUNT) && prev2 != null && prev2.isGrouping()) {
            return ColumnChoice.Context.BY_COUNT;
        }
        if (prev.is(Cue.UNIQUE) && prev2 != null && prev2.isGrouping()) {
            return ColumnChoice.Context.GROUP;
        }
        if (prev.is(Cue.UNIQUE) || (prev.is(Cue.COUNT))) {
            return ColumnChoice.Context.COUNT;
        }
        if (prev.kind == Kind.WORD
                && prev2 != null
                && (prev2.is(Cue.UNIQUE) || prev2.is(Cue.COUNT))
                // "heatmap of number of jobs, trophy type by material": a comma ends what is counted.
                && !commaBetween(tokens, prev.end, parts.get(k).start)) {
            // "number of fuel cards": a word the data does not know, describing the things counted.
            return ColumnChoice.Context.COUNT;
        }
        if ((prev.kind == Kind.COLUMN && prev.column().role() == ColumnRole.BOOLEAN || prev.kind == Kind.VALUE)
                && prev.end == parts.get(k).start
                && prev2 != null
                && (prev2.is(Cue.UNIQUE) || prev2.is(Cue.COUNT))) {
            // "how many warranty jobs", "how many snowboard hires": a flag or a value describing the things counted.
            return ColumnChoice.Context.COUNT;
        }
        if ((prev.is(Cue.AGG) || prev.is(Cue.AVERAGE_OF)) && prev2 != null && prev2.is(Cue.COUNT)) {
            return ColumnChoice.Context.COUNT;
        }
        if (prev.isGrouping()) {
            return ColumnChoice.Context.GROUP;
        }
        if (prev.kind == Kind.WORD && prev2 != null && prev2.isGrouping()) {
            // "by party size": a word the data does not know, describing the column grouped by.
            return ColumnChoice.Context.GROUP;
        }
        if (prev.is(Cue.SERIES) || (prev.is(Cue.BREAKDOWN) && prev.text.endsWith("by"))) {
            return ColumnChoice.Context.SERIES;
        }
        if (prev.is(Cue.WHICH) || prev.is(Cue.TOP)) {
            return ColumnChoice.Context.RANKED;
        }
        if (prev.kind == Kind.WORD && prev2 != null && prev2.is(Cue.WHICH)) {
            // "which fiscal period": a word the data does not know, describing the column ranked.
            return ColumnChoice.Context.RANKED;
        }
        if (prev.is(Cue.AGG) || prev.is(Cue.AVERAGE_OF)) {
            return ColumnChoice.Context.AGG;
        }
        return ColumnChoice.Context.NONE;
    }

    private static String aggBefore(List<Part> parts, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
            Part p = parts.get(j);
            if (p.is(Cue.AGG)) {
                return p.arg;
            }
            if (p.is(Cue.AVERAGE_OF)) {
                return "mean";
            }
            if (p.kind == Kind.COLUMN || p.is(Cue.BY)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "how many unique visitors" where most rows have a visitor of their own: the user asked for distinct values, and
     * they differ from the row count unless the column is a key.
     */
    /** Whether a name of no measure stands beside the "vs" of a heatmap: one of its two axes. */
    private static boolean heatmapAxis(List<Part> parts, int k) {
        Part before = Parts.at(parts, k - 1);
        Part after = Parts.at(parts, k + 1);
        boolean heatmap = parts.stream().anyMatch(x -> x.is(Cue.CHART) && "heatmap".equals(x.arg));
        return heatmap
                && (before != null && before.is(Cue.VS) || after != null && after.is(Cue.VS))
                && parts.get(k).columns.stream().noneMatch(h -> h.column().isMeasure());
    }

    /**
     * Whether a one-word past participle after an auxiliary ("were ordered", "have worked") follows a distinct count
     * of other things already read: a deed of those things.
     */
    private static boolean deedOfDistinctThings(Question q, Part p, String agg) {
        String typed = q.tokens.get(p.start).word();
        return agg == null
                && q.agg == null
                && q.countAsked
                && q.countColumn != null
                && q.has(Cue.UNIQUE)
                && q.measures.isEmpty()
                && p.end - p.start == 1
                && typed.endsWith("ed")
                && p.start > 0
                && NameNeighbours.AUXILIARIES.contains(q.tokens.get(p.start - 1).word());
    }

    private static boolean uniqueAsked(Question q, ColumnInfo col) {
        return q.has(Cue.UNIQUE) && col.distinct() < q.index.schema.rowCount();
    }

    /**
     * Whether an integer numbering column far from unique (LESSON_NO 1-96 over 41,280 lessons: which lesson of each
     * pupil, not which row) stands across "vs" from a measure: a number to plot against it.
     */
    private static boolean sequenceAgainstMeasure(Question q, List<Part> parts, int k, ColumnInfo col) {
        if (col.role() != ColumnRole.ID
                || !"integer".equals(col.schema().type())
                || col.distinct() * 10 >= q.index.schema.rowCount()) {
            return false;
        }
        for (int j : new int[] {k - 2, k + 2}) {
            if (j >= 0
                    && j < parts.size()
                    && parts.get((j + k) / 2).is(Cue.VS)
                    && parts.get(j).kind == Part.Kind.COLUMN
                    && parts.get(j).column().isMeasure()) {
                return true;
            }
        }
        return false;
    }
}
