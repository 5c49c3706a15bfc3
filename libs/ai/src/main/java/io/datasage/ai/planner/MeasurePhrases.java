package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rewrites about measures: money of a thing, hours and rates, the thing a measure is of, a unit after a slash. */
final class MeasurePhrases {

    private MeasurePhrases() {}

    /** The words that say which side of tax an amount is on. */
    private static final Set<String> TAX_SIDES = Set.of("net", "gross");
    /** Words before a tax saying that an amount leaves it out ("ex vat"). */
    static final Set<String> WITHOUT = Set.of("ex", "excl", "excluding", "exc", "before", "less", "minus", "pre");

    /**
     * "net sales by product group" beside lineNet and lineGross (the sales), "net revenue (ex vat)" beside
     * net_amount, vat_amount and gross_amount: net or gross before a word of money is the money column of that side,
     * and the tax an amount leaves out is no measure of its own.
     */
    static void sideOfTax(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String side = tokens.get(p.start).word();
            if (p.kind != Part.Kind.COLUMN || !TAX_SIDES.contains(side)) {
                continue;
            }
            ColumnInfo money = PhraseRewrites.onlyColumn(
                    index, c -> c.isMeasure() && c.core().contains(side) && (money(c) || taxed(c, index)));
            if (money == null) {
                continue;
            }
            boolean moneyWord = MONEY_NOUNS.contains(tokens.get(p.end - 1).word());
            if (p.end - p.start >= 2 && (moneyWord || p.columns.stream().anyMatch(h -> money(h.column())))) {
                parts.set(k, PhraseRewrites.asColumn(p, money, Quality.EXACT, 0.95));
            } else if (k + 1 < parts.size()
                    && p.end - p.start == 1
                    && p.column() == money
                    && parts.get(k + 1).kind == Part.Kind.COLUMN
                    && parts.get(k + 1).start == p.end
                    && parts.get(k + 1).column() != money
                    && money(parts.get(k + 1).column())) {
                parts.set(k, PhraseRewrites.spanning(p, parts.get(k + 1), money, Quality.EXACT, 0.95));
                parts.remove(k + 1);
            }
        }
        withTax(parts, tokens, index);
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part noun = parts.get(k + 1);
            // "spectacle sales" beside specs_total_gbp and test_fee_gbp, "parts spend": a money noun right after a
            // money measure says what it is, not another amount that noun is a synonym of.
            if (p.kind == Part.Kind.COLUMN
                    && money(p.column())
                    && noun.kind == Part.Kind.COLUMN
                    && noun.start == p.end
                    && noun.end - noun.start == 1
                    && noun.quality() == Quality.SYNONYM
                    && noun.column() != p.column()
                    && (MONEY_NOUNS.contains(tokens.get(noun.start).word())
                            || SPEND_NOUNS.contains(tokens.get(noun.start).word()))) {
                parts.set(k + 1, PhraseRewrites.understoodWord(noun.start, tokens));
            }
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.start > 0
                    && WITHOUT.contains(tokens.get(p.start - 1).word())
                    && p.column().isMeasure()
                    && p.column().core().stream().anyMatch(SalesColumn::isTax)) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "batches where we lost more than 20 litres", "which vessels lost the most liquid" beside VOL_L and LOSS_L: a verb
     * of what happened to an amount, whose noun begins one measure's name, is that measure (read over a unit both
     * share).
     */
    static void measuresOfAVerb(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            if (p.kind != Part.Kind.WORD || p.end - p.start != 1 || !Words.isParticiple(w)) {
                continue;
            }
            List<String> nouns = new ArrayList<>(Words.bases(w));
            if (VERB_NOUNS.containsKey(w)) {
                nouns.add(VERB_NOUNS.get(w));
            }
            ColumnInfo measure = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.isMeasure()
                            && !c.core().isEmpty()
                            && nouns.contains(c.core().get(0)));
            if (measure == null) {
                continue;
            }
            int tied = -1;
            // "litres lost", "lost more than 20 litres": the amount named right before the verb or soon after it.
            for (int j = k - 1; j < parts.size() && j <= k + 4; j++) {
                if (j < 0 || j == k) {
                    continue;
                }
                Part o = parts.get(j);
                if (o.kind == Part.Kind.COLUMN && o.columns.stream().anyMatch(h -> h.column() == measure)) {
                    tied = j;
                    break;
                }
            }
            if (tied >= 0) {
                parts.set(tied, PhraseRewrites.asColumn(parts.get(tied), measure, Quality.EXACT, 0.9));
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            } else if (parts.subList(k + 1, parts.size()).stream()
                    .noneMatch(o -> o.kind == Part.Kind.COLUMN && o.column().isMeasure())) {
                parts.set(k, PhraseRewrites.asColumn(p, measure, Quality.SYNONYM, 0.85));
            }
        }
    }

    /**
     * "total money from photo add-ons" beside Total Paid (£) and Photo Add-on (£): money "from" a money measure is that
     * measure, not the file's other money as well.
     */
    static void moneyFromAMeasure(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part money = parts.get(k);
            Part from = parts.get(k + 1);
            Part named = parts.get(k + 2);
            if (money.kind == Part.Kind.COLUMN
                    && money.end - money.start == 1
                    && money.quality() != Quality.EXACT
                    && MONEY_FROM.contains(tokens.get(money.start).word())
                    && from.end - from.start == 1
                    && "from".equals(tokens.get(from.start).word())
                    && from.end == named.start
                    && named.kind == Part.Kind.COLUMN
                    && named.column() != money.column()
                    && money(named.column())) {
                parts.set(k, PhraseRewrites.understoodWord(money.start, tokens));
                parts.set(k + 1, PhraseRewrites.understoodWord(from.start, tokens));
            }
        }
    }

    private static final Set<String> MONEY_FROM = Set.of("money", "revenue", "income", "takings", "sales");

    /** Irregular verbs and the noun of what they did. */
    private static final Map<String, String> VERB_NOUNS = Map.of("lost", "loss");

    /** Words before a tax saying that an amount counts it in ("inc vat"). */
    static final Set<String> WITH = Set.of("inc", "incl", "including", "inclusive", "plus");

    /**
     * "average job value inc vat" beside Invoice Net, VAT and Invoice Gross, "total fees incl vat" beside fee_net,
     * fee_vat and fee_gross: an amount said with its tax is the gross one, and the tax is no measure of its own.
     */
    private static void withTax(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN) {
                continue;
            }
            int with = -1;
            // The tax is in the part; the word before it may be the part's first word ("fees incl vat") or just
            // before the part ("job value inc vat", the tax read alone).
            for (int i = Math.max(p.start, 1); i < p.end; i++) {
                if (WITH.contains(tokens.get(i - 1).word())
                        && SalesColumn.isTax(tokens.get(i).word())) {
                    with = i - 1;
                }
            }
            if (with < 0) {
                continue;
            }
            if (with < p.start) {
                // "job value inc vat": the tax named on its own after the amount.
                Part amount = k > 0 && parts.get(k - 1).kind == Part.Kind.WORD
                        ? Parts.at(parts, k - 2)
                        : Parts.at(parts, k - 1);
                // Only an amount of money has a gross ("revenue by category inc vat": not the category).
                ColumnInfo paid = amount == null || amount.kind != Part.Kind.COLUMN
                        ? null
                        : amount.columns.stream()
                                .map(ColumnMatcher.Hit::column)
                                .filter(MeasurePhrases::money)
                                .findFirst()
                                .orElse(null);
                ColumnInfo gross = paid == null ? null : grossOf(index, paid);
                if (gross != null) {
                    parts.set(parts.indexOf(amount), PhraseRewrites.asColumn(amount, gross, Quality.EXACT, 0.95));
                    parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
                }
            } else {
                // "fees incl vat" read whole as fee_vat.
                ColumnInfo gross = grossOf(index, p.column());
                if (gross != null) {
                    parts.set(k, PhraseRewrites.asColumn(p, gross, Quality.EXACT, 0.95));
                }
            }
        }
    }

    /**
     * "total invoiced ex vat" beside invoiced_net_gbp and invoiced_gross_gbp, "revenue ex vat" beside TKT VALUE £ and
     * TOTAL INC VAT £: an amount said without its tax is the net one, or the one money amount that leaves tax out.
     */
    static void withoutTax(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part amount = parts.get(k);
            // "net sales by month" beside PRICE_EX_VAT and PRICE_INC_VAT, the latter the takings: the net one.
            boolean net = amount.kind == Part.Kind.COLUMN
                    && amount.end - amount.start == 2
                    && "net".equals(tokens.get(amount.start).word())
                    && money(amount.column())
                    && amount.column().core().stream().anyMatch(SalesColumn.WITH_TAX::contains);
            // "ex vat turnover": the tax left out said before the money noun.
            Part before = Parts.at(parts, k - 1);
            boolean exBefore = before != null
                    && before.kind == Part.Kind.COLUMN
                    && before.end == amount.start
                    && before.end - before.start == 2
                    && WITHOUT.contains(tokens.get(before.start).word())
                    && SalesColumn.isTax(tokens.get(before.start + 1).word())
                    && amount.kind == Part.Kind.COLUMN
                    && money(amount.column())
                    && amount.column().core().stream().anyMatch(SalesColumn.WITH_TAX::contains);
            ColumnInfo without = net || exBefore ? netOf(index, amount) : null;
            if (without != null) {
                parts.set(k, PhraseRewrites.asColumn(amount, without, Quality.EXACT, 0.95));
                if (exBefore) {
                    parts.set(k - 1, PhraseRewrites.understoodWord(before.start, tokens));
                    parts.add(k, PhraseRewrites.understoodWord(before.start + 1, tokens));
                    k++;
                }
            }
        }
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part amount = parts.get(k);
            Part ex = parts.get(k + 1);
            Part tax = parts.get(k + 2);
            boolean without = ex.kind == Part.Kind.WORD
                    && ex.start == amount.end
                    && WITHOUT.contains(tokens.get(ex.start).word())
                    && tax.start == ex.end
                    && tax.end - tax.start == 1
                    && SalesColumn.isTax(tokens.get(tax.start).word());
            if (amount.kind != Part.Kind.COLUMN || !without) {
                continue;
            }
            ColumnInfo net = netOf(index, amount);
            if (net != null) {
                parts.set(k, PhraseRewrites.asColumn(amount, net, Quality.EXACT, 0.95));
                parts.set(k + 1, PhraseRewrites.understoodWord(ex.start, tokens));
                parts.set(k + 2, PhraseRewrites.understoodWord(tax.start, tokens));
            }
        }
    }

    /** The amount of {@code amount}'s hits named net, else the file's one net amount, else its one untaxed amount. */
    private static ColumnInfo netOf(SchemaIndex index, Part amount) {
        for (ColumnMatcher.Hit h : amount.columns) {
            if (h.column().isMeasure()
                    && h.column().core().contains("net")
                    && (money(h.column()) || taxed(h.column(), index))) {
                return h.column();
            }
        }
        // Not NET T, a weight: the net of money.
        ColumnInfo net = PhraseRewrites.onlyColumn(
                index, c -> c.isMeasure() && c.core().contains("net") && (money(c) || taxed(c, index)));
        if (net != null) {
            return net;
        }
        // PRICE_EX_VAT beside PRICE_INC_VAT: the one amount whose name leaves the tax out.
        ColumnInfo ex = PhraseRewrites.onlyColumn(index, c -> c.isMeasure() && leavesTaxOut(c));
        if (ex != null) {
            return ex;
        }
        // TKT VALUE £ beside TOTAL INC VAT £ and VAT £: the one value or amount with no tax in or beside it.
        return PhraseRewrites.onlyColumn(
                index,
                c -> c.isMeasure()
                        && c.additive()
                        && money(c)
                        && c.core().stream().noneMatch(w -> SalesColumn.isTax(w) || "gross".equals(w))
                        && c.core().stream()
                                .anyMatch(w -> "value".equals(w) || "amount".equals(w) || "total".equals(w)));
    }

    /** Whether a name says its amount is without a tax ("PRICE_EX_VAT", "Charge ex VAT (£)"). */
    private static boolean leavesTaxOut(ColumnInfo c) {
        List<String> core = c.core();
        for (int i = 0; i + 1 < core.size(); i++) {
            if (WITHOUT.contains(core.get(i)) && SalesColumn.isTax(core.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one gross amount sharing a word with {@code named} besides its side of tax, else the file's one gross, else
     * its one money total ("Total (£)" beside "Charge ex VAT (£)" and "VAT (£)").
     */
    static ColumnInfo grossOf(SchemaIndex index, ColumnInfo named) {
        List<String> thing = named.core().stream()
                .filter(w -> !TAX_SIDES.contains(w) && !SalesColumn.isTax(w))
                .toList();
        ColumnInfo same = PhraseRewrites.onlyColumn(
                index,
                c -> c.isMeasure()
                        && c.core().contains("gross")
                        && c.core().stream().anyMatch(thing::contains));
        if (same != null) {
            return same;
        }
        ColumnInfo gross =
                PhraseRewrites.onlyColumn(index, c -> c.isMeasure() && c.core().contains("gross"));
        return gross != null
                ? gross
                : PhraseRewrites.onlyColumn(index, c -> money(c) && c.core().contains("total"));
    }

    /** Nouns of money spent, said after what it was spent on ("parts spend"). */
    private static final Set<String> SPEND_NOUNS = Set.of("spend", "cost", "costs", "spending");

    /** Words for money coming in that name no column of their own. */
    private static final Set<String> MONEY_NOUNS =
            Set.of("sales", "revenue", "billing", "billings", "takings", "income", "turnover", "charges", "invoiced");

    /** chargeGross beside chargeNet and chargeVat: an amount whose tax has a column of its own is money. */
    private static boolean taxed(ColumnInfo c, SchemaIndex index) {
        List<String> rest =
                c.core().stream().filter(w -> !TAX_SIDES.contains(w)).toList();
        return !rest.isEmpty()
                && index.columns.stream()
                        .anyMatch(o -> o != c
                                && o.isMeasure()
                                && o.core().stream().anyMatch(SalesColumn::isTax)
                                // billNet beside a bare "vat" and billTotal: the one tax is every amount's.
                                && (o.core().containsAll(rest) || o.core().size() == 1));
    }

    /** A column of money: by its unit or name, as a line's value, or as the file's sales. */
    static boolean money(ColumnInfo c) {
        return c.isMeasure()
                && (NumericColumns.money(c)
                        || MeasureKinds.lineValue(c.core())
                        || c.groups().contains("sales"));
    }

    /**
     * "histogram of how long buggies are out", "how long do AEs last" beside Hire Duration (mins) or durationDays: how
     * long is the one measure of how long things took.
     */
    static void howLong(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD
                    || p.start == 0
                    || !"long".equals(tokens.get(p.start).word())
                    || !"how".equals(tokens.get(p.start - 1).word())) {
                continue;
            }
            ColumnInfo duration = PhraseRewrites.onlyColumn(
                    index, c -> c.isMeasure() && c.groups().contains("duration"));
            if (duration == null) {
                // durationDays beside studyDay, both in days: the one that says it is a duration.
                duration = PhraseRewrites.onlyColumn(
                        index, c -> c.isMeasure() && c.words().contains("duration"));
            }
            if (duration == null) {
                // minsOnJob: the one measure kept in minutes or hours, not a rate per one.
                duration = PhraseRewrites.onlyColumn(
                        index,
                        c -> c.isMeasure()
                                && !c.hourOfDay()
                                && c.words().stream().anyMatch(SPAN_UNITS::contains)
                                && !c.words().contains("per")
                                && !c.words().contains("rate"));
            }
            if (duration == null) {
                continue;
            }
            parts.set(k, PhraseRewrites.asColumn(p, duration, Quality.SYNONYM, 0.85));
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            // "how long do people hire for": the auxiliary before who took the time.
            boolean auxiliary = next != null
                    && next.start == p.end + 1
                    && AUXILIARIES.contains(tokens.get(p.end).word());
            if (next != null
                    && next.kind == Part.Kind.COLUMN
                    && (next.start == p.end || auxiliary)
                    && (tokens.get(next.end - 1).isPlural()
                            || "people".equals(tokens.get(next.end - 1).word()))
                    && !next.column().isMeasure()) {
                // "how long buggies are out": the things that took the time, not a split by them.
                parts.set(k + 1, PhraseRewrites.understoodWord(next.start, tokens));
            }
        }
    }

    /** Verbs that only carry a question ("how long do people hire for"). */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did");

    /** Units a time taken is kept in. */
    private static final Set<String> SPAN_UNITS = Set.of("minute", "hour", "second");

    /** Plural units of time and the name word of a measure counted in them. */
    private static final Map<String, String> TIME_UNITS =
            Map.of("hours", "hour", "days", "day", "weeks", "week", "months", "month", "minutes", "minute");

    /**
     * "total hours booked by room type" with Duration (hrs), "avg days booked ahead" with Days Before Perf: a plural
     * unit of time after a total or before a participle is the one measure counted in it, not a time axis.
     */
    static void timeUnitMeasure(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String unit = TIME_UNITS.get(tokens.get(p.start).word());
            if (!(p.is(Cue.HOUR) || p.is(Cue.UNIT)) || p.end - p.start != 1 || unit == null) {
                continue;
            }
            boolean totalled = k > 0 && parts.get(k - 1).is(Cue.AGG);
            boolean done = p.end < tokens.size()
                    && Words.isParticiple(tokens.get(p.end).word());
            // "plot minutes out against battery on return": a unit set against a measure is the measure in it.
            boolean plotted = k + 1 < parts.size() && parts.get(k + 1).is(Cue.VS)
                    || k > 0 && parts.get(k - 1).is(Cue.VS);
            if (!totalled && !done && !plotted) {
                continue;
            }
            ColumnInfo measure = PhraseRewrites.onlyColumn(
                    index, c -> c.isMeasure() && c.words().contains(unit));
            if (measure != null) {
                parts.set(k, PhraseRewrites.asColumn(p, measure, Quality.SYNONYM, 0.8));
            }
        }
    }

    /**
     * "ticket revenue" beside Ticket Type, Ticket Price (USD) and a Gift Shop Spend, "hire income" with Hire Charge
     * (£): a word for money made after a word of one money column's name is that column's money, not another's or a
     * grouping.
     */
    static void moneyOfAThing(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part thing = parts.get(k);
            Part money = parts.get(k + 1);
            Token m = tokens.get(money.start);
            Set<String> groups = Synonyms.groupsOf(m.stem());
            // A noun ("revenue", "income"), not a verb ("tickets sold": tickets counted).
            boolean noun = !Words.isParticiple(m.word()) && !m.word().endsWith("ing") && !"sell".equals(m.word());
            // "grant money" beside grant_amount: money said in a word of amount, after the thing's word.
            boolean salesWord = money.end - money.start == 1
                    && money.start == thing.end
                    && noun
                    && (groups.contains("sales") || groups.contains("salary") || "money".equals(m.stem()));
            if (!salesWord
                    || thing.end - thing.start > 2
                    || !(thing.kind == Part.Kind.COLUMN || thing.kind == Part.Kind.WORD)) {
                continue;
            }
            ColumnInfo only = moneyNamedAfter(index, tokens.get(thing.end - 1).stem());
            if (only != null) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, only, Quality.SYNONYM, 0.9);
            }
        }
    }

    /**
     * The one money measure whose name has {@code word} ("Hire Charge (£)" for "hire", "quoted_price"), or its verb
     * ("Quote (£)" for "quoted"), or null.
     */
    private static ColumnInfo moneyNamedAfter(SchemaIndex index, String word) {
        ColumnInfo named = PhraseRewrites.onlyColumn(
                index,
                c -> c.isMeasure() && MeasureKinds.moneyNamed(c) && c.core().contains(word));
        if (named != null || !Words.isParticiple(word)) {
            return named;
        }
        List<String> bases = Words.bases(word);
        return PhraseRewrites.onlyColumn(
                index,
                c -> c.isMeasure()
                        && MeasureKinds.moneyNamed(c)
                        && c.core().stream().anyMatch(bases::contains));
    }

    /** Words that say a name is an amount of money of the thing before them. */
    private static final Set<String> AMOUNT_WORDS = Set.of("value", "amount", "total", "sum");

    /**
     * "refund value" beside Refund_Amt (GBP) and Order_Value (GBP): a thing then a word of amount is the one money
     * column named after that thing, not another column with the amount word.
     */
    static void amountOfAThing(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 2
                    || !AMOUNT_WORDS.contains(tokens.get(p.start + 1).stem())) {
                continue;
            }
            ColumnInfo money = moneyNamedAfter(index, tokens.get(p.start).stem());
            if (money != null && money != p.column()) {
                parts.set(k, PhraseRewrites.asColumn(p, money, Quality.SYNONYM, 0.9));
            }
        }
    }

    /**
     * "avg concession spend" with Concessions $ and Gross ($): a money word right after a named money measure says
     * what kind of amount it is, not the file's other money column.
     */
    static void moneyNounAfterMoney(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part before = parts.get(k - 1);
            Part p = parts.get(k);
            if (before.kind == Part.Kind.COLUMN
                    && before.quality() == Quality.EXACT
                    && before.column().isMeasure()
                    && MeasureKinds.money(
                            before.column().schema(), before.column().words())
                    && p.kind == Part.Kind.COLUMN
                    && p.start == before.end
                    && p.end - p.start == 1
                    && p.quality() == Quality.SYNONYM
                    && p.column() != before.column()
                    && MeasureKinds.money(p.column().schema(), p.column().words())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "load weights" with Rejected Load? and Net Weight (t): the noun a yes/no column's participle qualifies, right
     * before a measure, says what the measure is of.
     */
    static void flagNounBeforeMeasure(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.quality() != Quality.PARTIAL
                    || p.column().role() != ColumnRole.BOOLEAN
                    || next.kind != Part.Kind.COLUMN
                    || next.start != p.end
                    || !next.column().isMeasure()) {
                continue;
            }
            List<String> core = p.column().core();
            if (core.size() == 2
                    && Words.isParticiple(core.get(0))
                    && core.get(1).equals(tokens.get(p.start).stem())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "avg pass price by resort" beside Pass Type: the noun of a kind column right before a measure is the thing
     * measured (the rows), not a grouping by its kinds.
     */
    static void thingBeforeItsMeasure(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && next.column().isMeasure()
                    && ColumnMatcher.sortsIntoKinds(p.column())
                    && p.column().core().get(0).equals(tokens.get(p.start).stem())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "value of food distributed" with Est. Value ($) and Food Weight (lbs), "weight of damaged bags" beside
     * bagCount: after a measure and "of" (and values), a word that only begins another measure's name is what the
     * first measure is of, not a second measure.
     */
    static void measureOfAThing(List<Part> parts, List<Token> tokens) {
        for (int m = 0; m + 1 < parts.size(); m++) {
            Part measure = parts.get(m);
            if (measure.kind != Part.Kind.COLUMN
                    || !measure.column().isMeasure()
                    || measure.end >= tokens.size()
                    || !"of".equals(tokens.get(measure.end).word())) {
                continue;
            }
            // "weight of damaged bags": values of the things may come between.
            int k = m + 1;
            while (k < parts.size() && parts.get(k).kind == Part.Kind.VALUE) {
                k++;
            }
            Part p = k < parts.size() ? parts.get(k) : null;
            if (p != null
                    && p.kind == Part.Kind.COLUMN
                    && (k > m + 1 || p.start == measure.end + 1)
                    && p.end - p.start == 1
                    && p.quality() != Quality.SYNONYM
                    && p.columns.get(0).score() < 1.0
                    && p.column() != measure.column()
                    && p.column().isMeasure()
                    && p.column().core().size() > 1
                    && p.column().core().get(0).equals(tokens.get(p.start).stem())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /** How names write a unit of time: Cost/Hr, Rate per Day, Fee (per wk). */
    static final Map<String, Set<String>> TIME_UNIT_NAMES = Map.of(
            "hour", Set.of("hour", "hours", "hr", "hrs", "h"),
            "day", Set.of("day", "days", "d"),
            "week", Set.of("week", "weeks", "wk", "wks"),
            "month", Set.of("month", "months", "mth", "mo"),
            "minute", Set.of("minute", "minutes", "min", "mins"));

    /** Whether "X per hour" names a measure X whose own name holds that unit of time ("Cost/Hr"). */
    private static boolean ratePerTime(Part p, Part per, Part unit, List<Token> tokens) {
        if (p.kind != Part.Kind.COLUMN || !per.is(Cue.PER) || unit.end - unit.start != 1 || per.end != unit.start) {
            return false;
        }
        Set<String> spellings = TIME_UNIT_NAMES.get(tokens.get(unit.start).stem());
        ColumnInfo c = p.column();
        return spellings != null && c.isMeasure() && c.words().stream().anyMatch(spellings::contains);
    }

    /** Of the columns a measure's word may name, the one whose name has the unit after "per", or null. */
    private static ColumnMatcher.Hit perUnitOf(Part p, Part per, Part unit, List<Token> tokens) {
        if (p.kind != Part.Kind.COLUMN
                || p.columns.size() < 2
                || !per.is(Cue.PER)
                || unit.end - unit.start != 1
                || !ColumnMatcher.namesUnit(tokens.get(unit.start))) {
            return null;
        }
        String w = tokens.get(unit.start).word();
        ColumnMatcher.Hit only = null;
        for (ColumnMatcher.Hit h : p.columns) {
            if (h.column().isMeasure() && h.column().words().contains(w)) {
                if (only != null) {
                    return null;
                }
                only = h;
            }
        }
        return only;
    }

    /**
     * "price/kg" with Price per kg: the unit after the slash belongs to the name before it, not to Live Weight (kg);
     * a unit after "per" is a rate's, not a measure.
     */
    static void perUnitSlash(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            ColumnMatcher.Hit perUnit = k + 2 < parts.size() ? perUnitOf(p, next, parts.get(k + 2), tokens) : null;
            if (perUnit == null && k + 2 < parts.size() && ratePerTime(p, next, parts.get(k + 2), tokens)) {
                // "avg cost per hour by vendor" beside Cost/Hr (USD): the rate the name holds, not an hourly axis.
                perUnit = p.columns.get(0);
            }
            if (perUnit != null) {
                // "price per kg" beside Price per Head (£) and Price (p/kg): the one whose name has the unit.
                PhraseRewrites.joinAsColumn(parts, k, k + 2, perUnit.column(), perUnit.quality(), perUnit.score());
                continue;
            }
            if (p.is(Cue.PER)
                    && next.kind == Part.Kind.COLUMN
                    && next.end - next.start == 1
                    && ColumnMatcher.namesUnit(tokens.get(next.start))) {
                // "median price per kilo": the unit of a rate, not a measure of its own.
                parts.set(k + 1, PhraseRewrites.asWord(next, tokens));
                continue;
            }
            boolean slash =
                    p.end + 1 == next.start && "/".equals(tokens.get(p.end).raw());
            if (slash
                    && p.kind == Part.Kind.COLUMN
                    && next.kind == Part.Kind.COLUMN
                    && next.end - next.start == 1
                    && p.column().words().contains(tokens.get(next.start).word())) {
                String text = p.text + "/" + next.text;
                parts.set(k, Part.column(p.start, next.end, text, p.columns));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "average daily yield" with Milk Yield (kg/day): an adverb of time before a measure whose name is per that unit
     * says what the measure is, not the time axis.
     */
    static void rateInTheName(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.is(Cue.GRAIN)
                    && p.end - p.start == 1
                    && next.kind == Part.Kind.COLUMN
                    && next.column().isMeasure()
                    && next.column().words().contains(p.arg)) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }
}
