package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the numeric column a comparison refers to: the column named next to it, preferring one whose range holds the
 * number ("salary of employees over 50" is about age), else by unit ("$", "%", "k"), else the only measure named.
 */
final class NumericColumns {

    private static final Set<String> PEOPLE = Set.of(
            "employee",
            "people",
            "person",
            "respondent",
            "staff",
            "worker",
            "customer",
            "patient",
            "student",
            "user",
            "member",
            "aged",
            "old",
            "older",
            "younger",
            "age");

    private final Question q;
    private final List<Part> parts;

    NumericColumns(Question q) {
        this.q = q;
        this.parts = q.parts;
    }

    private Part at(int k) {
        return Parts.at(parts, k);
    }

    static double scale(ColumnInfo c, double v, Token t) {
        if (t != null && t.is(Token.PERCENT) && c.isFraction() && Math.abs(v) > 1) {
            return v / 100.0;
        }
        if (t != null && t.is(Token.PERCENT) && c.isFraction() && !contains(c, v)) {
            return v / 100.0;
        }
        return v;
    }

    /** {@code v} in {@code c}'s unit: hours typed after the number become minutes for a column in minutes. */
    double inColumnUnit(ColumnInfo c, double v, Token number) {
        if ("hour".equals(unitAfter(number)) && inMinutes(c)) {
            return v * 60;
        }
        if (tonnes(unitAfter(number)) && inKilograms(c)) {
            return v * 1000;
        }
        double typed = asTyped(number, v);
        if (typed != v && inLetterUnit(c, number) && !contains(c, v) && contains(c, typed)) {
            return typed;
        }
        for (Map.Entry<String, Double> scale : SCALES.entrySet()) {
            // "a cell count over 400k" with SCC ('000 cells/mL): the column counts in thousands, so 400.
            if (c.words().contains(scale.getKey()) && !contains(c, v) && contains(c, v / scale.getValue())) {
                return v / scale.getValue();
            }
        }
        return v;
    }

    /** Name words saying a column counts in thousands or millions ("'000", "(millions)"). */
    private static final Map<String, Double> SCALES =
            Map.of("000", 1e3, "000s", 1e3, "thousand", 1e3, "thousands", 1e3, "million", 1e6, "millions", 1e6);

    /** The word after a number as a unit ("over 480 min": minutes, whatever the abbreviation's other reading). */
    private String unitAfter(Token number) {
        int i = q.tokens.indexOf(number);
        if (i < 0 || i + 1 >= q.tokens.size() || !q.tokens.get(i + 1).isWord()) {
            return null;
        }
        Token after = q.tokens.get(i + 1);
        return "min".equals(after.raw()) ? "minute" : after.stem();
    }

    /** A period's adjective by its unit: what a money column paid each period is named with. */
    private static final Map<String, Set<String>> PERIODIC = Map.of(
            "month", Set.of("monthly", "month", "pcm"),
            "week", Set.of("weekly", "week", "pw"),
            "year", Set.of("annual", "yearly", "year", "pa"),
            "day", Set.of("daily", "day"),
            "night", Set.of("nightly", "night"),
            "hour", Set.of("hourly", "hour"));

    /**
     * "orders paying £60 a month or more" beside Monthly Price (£) and Contract (mths): a sum of money "a" or "per"
     * period is the one money measure named for that period.
     */
    private ColumnInfo moneyPerPeriod(Token number) {
        int i = q.tokens.indexOf(number);
        if (!number.is(Token.CURRENCY) || i < 0 || i + 2 >= q.tokens.size()) {
            return null;
        }
        String small = q.tokens.get(i + 1).word();
        Set<String> names = PERIODIC.get(q.tokens.get(i + 2).stem());
        if (!("a".equals(small) || "per".equals(small) || "an".equals(small)) || names == null) {
            return null;
        }
        return SchemaIndex.only(
                q.index.columns,
                c -> c.isMeasure() && money(c) && c.words().stream().anyMatch(names::contains));
    }

    private static boolean tonnes(String unit) {
        return "tonne".equals(unit) || "ton".equals(unit) || "tonnes".equals(unit) || "tons".equals(unit);
    }

    /** A weight kept in kilograms (GROSS_WT [KG], Weight (kg)). */
    private static boolean inKilograms(ColumnInfo c) {
        return c.words().contains("kg") || "kg".equals(c.schema().unit());
    }

    /** How a question says seconds after a number ("40 secs"). */
    private static final Set<String> SECONDS = Set.of("sec", "secs", "second", "s");

    /** A time kept in seconds: "Lap Time (s)", "S1 (s)", "penalty_sec". */
    private static boolean inSeconds(ColumnInfo c) {
        String name = c.name().toLowerCase(Locale.ROOT);
        return name.endsWith("(s)")
                || name.endsWith("[s]")
                || c.words().contains("sec")
                || c.words().contains("second");
    }

    /** A duration kept in minutes (visitDurMin, Duration (min)). */
    private static boolean inMinutes(ColumnInfo c) {
        return c.words().contains("minute") && !c.core().contains("hour");
    }

    static boolean contains(ColumnInfo c, double v) {
        if (Double.isNaN(c.minNum()) || Double.isNaN(c.maxNum())) {
            return true;
        }
        return v >= c.minNum() && v <= c.maxNum();
    }

    /** Words saying that the number after them is what the rows are worth. */
    private static final Set<String> WORTH = Set.of("worth", "valued", "totalling", "totaling");

    /** The one measure whose glued name begins with the first word of {@code p}, a column part, or null. */
    private ColumnInfo valueOfThing(Part p) {
        if (p == null || p.kind != Kind.COLUMN || p.column().isMeasure()) {
            return null;
        }
        String first = q.tokens.get(p.start).word();
        return first.length() < 4
                ? null
                : SchemaIndex.only(
                        q.index.columns,
                        c -> c.isMeasure() && c.compacts().get(0).startsWith(first));
    }

    ColumnInfo resolve(int k, int cueStart, int end, double[] values, Token token) {
        Part before = at(cueStart - 1);
        if (before != null && isPeople(before)) {
            ColumnInfo age = ageFor(values, token);
            if (age != null) {
                return age;
            }
        }
        if (before != null
                && before.kind == Kind.WORD
                && WORTH.contains(q.tokens.get(before.start).word())) {
            // "permits worth over $5m" beside Permit Fee (USD) and Est. Project Value ($): the one value measure.
            ColumnInfo value = SchemaIndex.only(
                    q.index.columns, c -> c.isMeasure() && c.core().contains("value"));
            if (value != null) {
                return value;
            }
            ColumnInfo valueOf = valueOfThing(at(cueStart - 2));
            if (valueOf != null) {
                // "where the trade-in was worth more than 400" beside Trade In Y/N and tradein_value: the value of
                // the thing said before.
                return valueOf;
            }
            if (q.index.salesMeasure != null) {
                // "hire lines worth more than £5000" beside LineNo: what the rows are worth is the takings.
                return q.index.salesMeasure;
            }
        }
        List<Part> near = new ArrayList<>();
        Part after = at(end + 1);
        Part unit = after;
        if (unit != null
                && unit.kind == Kind.WORD
                && unit.start == parts.get(end).end
                && ColumnMatcher.namesUnit(q.tokens.get(unit.start))
                && at(end + 2) != null) {
            // "less than 12h rest before": past the number's unit, the name it measures.
            after = at(end + 2);
        }
        if (after != null
                && after.start == (after == unit ? parts.get(end).end : unit.end)
                && after.quality() == Quality.EXACT
                && !(after.end - after.start == 1
                        && Words.TIME_UNITS.contains(q.tokens.get(after.start).stem()))) {
            // "jobs over 10k words": the name right after the number is what it counts, before the rows' noun; so
            // is "30 days late" for days_late (a unit of time alone is no such name).
            addNumeric(near, after);
        }
        addNumeric(near, at(cueStart - 1));
        addNumeric(near, after);
        Part twoBefore = at(cueStart - 2);
        if (twoBefore != null
                && twoBefore.kind == Kind.COLUMN
                && !twoBefore.column().isNumeric()) {
            addNumeric(near, at(cueStart - 3));
        }
        addNumeric(near, twoBefore);
        for (Part c : near) {
            ColumnInfo col = Parts.numericOf(c);
            if (containsAll(col, values, token)) {
                if (!isAlsoMeasured(c)) {
                    c.used = true;
                }
                return col;
            }
        }
        ColumnInfo periodic = moneyPerPeriod(token);
        if (periodic != null) {
            return periodic;
        }
        ColumnInfo named = byUnitWord(token, values);
        if (named != null) {
            return named;
        }
        ColumnInfo lettered = byUnitLetter(token, values);
        if (lettered != null) {
            return lettered;
        }
        ColumnInfo age = ageFor(values, token);
        if (age != null) {
            return age;
        }
        if (token.is(Token.CURRENCY) && (near.isEmpty() || !money(Parts.numericOf(near.get(0))))) {
            // "where parts came to more than £1000" beside PARTS_QTY and PARTS_COST: the money of the thing named.
            ColumnInfo thing = near.isEmpty() ? null : Parts.numericOf(near.get(0));
            ColumnInfo sibling = thing == null
                    ? null
                    : SchemaIndex.only(
                            q.index.columns,
                            c -> c != thing
                                    && MeasureKinds.moneyNamed(c)
                                    && !c.core().isEmpty()
                                    && c.core().get(0).equals(thing.core().get(0)));
            if (sibling != null) {
                near.get(0).used = true;
                return sibling;
            }
            // "lost quotes over £3000" beside quote_yr and Quote Amt (£): a sum of money is compared with money.
            ColumnInfo amount = byUnit(token, values);
            if (amount != null && money(amount)) {
                return amount;
            }
        }
        if (!near.isEmpty()) {
            Part c = near.get(0);
            c.used = true;
            return Parts.numericOf(c);
        }
        return byUnit(token, values);
    }

    private boolean isAlsoMeasured(Part c) {
        ColumnInfo col = Parts.numericOf(c);
        int mentions = 0;
        for (Part p : parts) {
            if (p.kind == Kind.COLUMN && Parts.numericOf(p) == col) {
                mentions++;
            }
        }
        return mentions > 1;
    }

    private static void addNumeric(List<Part> out, Part p) {
        if (p != null && p.kind == Kind.COLUMN && Parts.numericOf(p) != null && !out.contains(p)) {
            out.add(p);
        }
    }

    private static boolean containsAll(ColumnInfo c, double[] values, Token t) {
        for (double v : values) {
            if (!contains(c, scale(c, v, t))) {
                return false;
            }
        }
        return true;
    }

    /** "employees", "customers", "people": a noun after which "over 50" is about age. */
    private boolean isPeople(Part p) {
        String w = q.tokens.get(p.end - 1).stem();
        return PEOPLE.contains(w)
                || (p.kind == Part.Kind.COLUMN
                        && p.columns.stream()
                                .anyMatch(h -> h.column().entity() != null
                                        && PEOPLE.contains(h.column().entity())));
    }

    /** "more than 10 years", "over 30 days": the measure whose name holds the unit word (Years at Company, days_on_market). */
    private ColumnInfo byUnitWord(Token t, double[] values) {
        String unit = unitAfter(t);
        if (unit == null) {
            return null;
        }
        if ("hour".equals(unit)) {
            // "longer than 2 hours" of a duration kept in minutes (visitDurMin): the minutes column.
            for (ColumnInfo c : q.index.columns) {
                if (c.isMeasure() && inMinutes(c) && containsAll(c, new double[] {values[0] * 60}, t)) {
                    return c;
                }
            }
        }
        if (tonnes(unit)) {
            // "consignments over 20 tonnes" of a weight kept in kilograms (GROSS_WT [KG]): 20,000 kg.
            for (ColumnInfo c : q.index.columns) {
                if (c.isMeasure() && inKilograms(c) && containsAll(c, new double[] {values[0] * 1000}, t)) {
                    return c;
                }
            }
        }
        if ("year".equals(unit) && q.saidWord("old", "older", "younger", "aged", "age")) {
            return ageFor(values, t);
        }
        for (ColumnInfo c : q.index.columns) {
            if (c.isMeasure()
                    && (c.core().contains(unit)
                            || "minute".equals(unit) && inMinutes(c)
                            || SECONDS.contains(unit) && inSeconds(c)
                            || c.groups().stream()
                                    .anyMatch(g -> Synonyms.groupsOf(unit).contains(g)))
                    && containsAll(c, values, t)) {
                return c;
            }
        }
        return null;
    }

    /** Length units a multiplier letter also writes: "15m" is 15 metres, "10mm" 10 millimetres, "5k" 5 kilometres. */
    private static final Map<Double, Set<String>> LETTER_UNITS = Map.of(1e6, Set.of("m", "mm"), 1e3, Set.of("km"));

    /** "boats over 15m" with LOA (m) and no money near: the one measure in that unit whose range holds 15. */
    ColumnInfo byUnitLetter(Token t, double[] values) {
        if (t == null || !t.is(Token.LETTERED) || t.is(Token.CURRENCY)) {
            return null;
        }
        ColumnInfo found = null;
        for (ColumnInfo c : q.index.columns) {
            if (c.isMeasure() && inLetterUnit(c, t)) {
                for (double v : values) {
                    if (!contains(c, asTyped(t, v))) {
                        return null;
                    }
                }
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Whether {@code c}'s name ends in the unit the number's multiplier letter also writes. */
    private static boolean inLetterUnit(ColumnInfo c, Token t) {
        if (t == null
                || !t.is(Token.LETTERED)
                || t.is(Token.CURRENCY)
                || c.words().isEmpty()) {
            return false;
        }
        Set<String> units = LETTER_UNITS.get(multiplier(t));
        return units != null && units.contains(c.words().get(c.words().size() - 1));
    }

    /** The number as typed, without its multiplier: 15 for "15m". */
    private static double asTyped(Token t, double v) {
        return t == null || !t.is(Token.LETTERED) ? v : v / multiplier(t);
    }

    private static double multiplier(Token t) {
        double typed = Double.parseDouble(t.raw().replace(",", ""));
        return typed == 0 ? 1 : Math.rint(Math.abs(t.number() / typed));
    }

    private ColumnInfo ageFor(double[] values, Token t) {
        boolean people = false;
        for (Token tok : q.tokens) {
            people |= PEOPLE.contains(tok.stem()) || PEOPLE.contains(tok.word());
        }
        if (!people) {
            return null;
        }
        for (ColumnInfo c : q.index.columns) {
            if (c.isMeasure() && c.core().contains("age") && containsAll(c, values, t)) {
                return c;
            }
        }
        return null;
    }

    private ColumnInfo byUnit(Token t, double[] values) {
        ColumnInfo named = byUnitWord(t, values);
        if (named != null) {
            return named;
        }
        List<ColumnInfo> mentioned = new ArrayList<>();
        for (Part p : parts) {
            if (p.kind == Kind.COLUMN && Parts.numericOf(p) != null && !mentioned.contains(Parts.numericOf(p))) {
                mentioned.add(Parts.numericOf(p));
            }
        }
        if (t.is(Token.CURRENCY) || t.is(Token.SCALED)) {
            for (ColumnInfo c : mentioned) {
                if (money(c)) {
                    return c;
                }
            }
            ColumnInfo primary = q.index.primaryMeasure;
            if (q.index.salesMeasure != null
                    && money(q.index.salesMeasure)
                    && t.is(Token.CURRENCY)
                    && (primary == null || primary.core().stream().noneMatch(q.index::nameEndsWith))) {
                // "bookings over £1500" beside Deposit (£) and Price (£): a sum of money is the takings first, unless
                // the main measure is the amount of the very things the file lists (Refund_Amt of refunds).
                return q.index.salesMeasure;
            }
            if (q.index.primaryMeasure != null && money(q.index.primaryMeasure)) {
                return q.index.primaryMeasure;
            }
            // "contracts over $10m": the one money measure (Contract Value ($)) when the main measure is another.
            List<ColumnInfo> money =
                    q.index.measures().stream().filter(NumericColumns::money).toList();
            if (money.size() == 1) {
                return money.get(0);
            }
            // "order lines worth more than £1,000" beside LineValue, "private lessons over €1000" beside PRICE_EUR
            // and TIP_EUR: the takings, whether or not a currency says so in their name.
            if (q.index.salesMeasure != null && t.is(Token.CURRENCY)) {
                return q.index.salesMeasure;
            }
        }
        if (t.is(Token.PERCENT)) {
            for (ColumnInfo c : q.index.columns) {
                if (c.isMeasure() && ("%".equals(c.schema().unit()) || c.isFraction())) {
                    return c;
                }
            }
        }
        return mentioned.size() == 1 && containsAll(mentioned.get(0), values, t) ? mentioned.get(0) : null;
    }

    static boolean money(ColumnInfo c) {
        return MeasureKinds.money(c.schema(), c.words());
    }
}
