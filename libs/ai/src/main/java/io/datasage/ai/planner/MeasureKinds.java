package io.datasage.ai.planner;

import io.datasage.ai.schema.ColumnSchema;
import java.util.List;
import java.util.Set;

/** Whether a measure adds up (sales, quantity: summed) or not (price, age, rating: averaged), from its name and unit. */
final class MeasureKinds {

    private static final Set<String> AVERAGE = Words.set("""
        price rate ratio percent percentage pct share age temperature temp humidity pressure voltage volt battery
        rating score satisfaction nps salary wage pay compensation mpg horsepower hp weight acceleration displacement
        cylinder discount tenure year duration speed height length width size latitude longitude lat lon lng bmi grade
        level index probability likelihood average avg mean median efficiency density elevation altitude depth close
        open high low balance margin income experience rank capacity percentile ph lifetime delay latency response
        minimum maximum cpc cpm cpa ctr roi roas aov arpu ltv clv cac utilization occupancy
        """);

    private static final Set<String> ADDITIVE = Words.set("""
        sale revenue amount quantity unit profit cost expense spend spending count total volume order booking visit
        click impression session download view sold payment fee tax budget loss gain earning bonus commission payroll
        precipitation rainfall population case death goal point win deposit withdrawal donation turnover item
        transaction purchase shipment delivery call ticket lead conversion sign signup install user customer stock
        inventory run trip distance energy consumption emission infection vaccination test admission enrollment
        student employee member subscriber charge acre hectare fatality injury casualty destroyed damaged vote ballot
        event incident taking tally
        """);

    /** Words that make "pay" an amount paid rather than a rate. */
    private static final Set<String> PAY_PAID = Set.of("gross", "net", "holiday", "overtime", "sick", "back", "total");

    /** Money words that a leading "total" turns into a sum ("TotalPrice", "total_charges"). */
    private static final Set<String> TOTALLED = Words.set("""
        price cost charge fee amount value spend payment
        """);

    private MeasureKinds() {}

    /** Units of amounts that add up over rows: energy ("kWh Consumed", "Solar Gen (kWh)") and mass ("CO2e (kg)"). */
    private static final Set<String> ADDITIVE_UNITS =
            Set.of("kwh", "wh", "mwh", "gwh", "kg", "t", "tonne", "tonnes", "ton", "tons");

    private static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp");

    private static final Set<String> MASS_UNITS = Set.of("kg", "tonnes", "tons", "lbs", "lb");

    /**
     * How many times its smallest value a weight's largest must be to read as an amount of stuff (a catch, a
     * shipment: 0.5 to 182,000 kg) rather than a property of each thing (a bag, a car, a person: within 40x).
     */
    private static final double AMOUNT_SPAN = 1000;

    static boolean additive(ColumnSchema c, List<String> core, List<String> words) {
        if ("%".equals(c.unit())) {
            return false;
        }
        if (core.size() > 1 && "total".equals(core.get(0)) && TOTALLED.contains(core.get(1))) {
            return true;
        }
        if (lineValue(core)) {
            return true;
        }
        if (core.contains("pay")
                && core.stream().anyMatch(PAY_PAID::contains)
                && core.stream().noneMatch(w -> "rate".equals(w) || "hourly".equals(w) || "per".equals(w))) {
            // grossPay, netPay, holidayPay of payroll lines: what was paid out, added up (a pay rate is averaged).
            return true;
        }
        boolean avg = false;
        boolean add = false;
        for (String w : core) {
            avg |= AVERAGE.contains(w);
            // "Fuel Purchased (L)", "Units Shipped": the participle of an additive noun adds up like it.
            add |= ADDITIVE.contains(w)
                    || Words.isParticiple(w) && Words.bases(w).stream().anyMatch(ADDITIVE::contains);
        }
        if (avg) {
            // "unit price", "average order value" stay averages even next to an additive word.
            return weighedAmount(c, core, words);
        }
        return add
                || countSign(c)
                || money(c, words)
                || words.stream().anyMatch(ADDITIVE_UNITS::contains)
                || countedEvents(c, core)
                || hoursDone(core);
    }

    /** What a row of a till, an order or an invoice records the money of ("inv" only before its money: INV_NET). */
    private static final Set<String> LINES = Words.set("line order invoice inv transaction basket receipt sale");

    /** What the money of a line is said to be: its value, its total, or its amount before or after tax. */
    private static final Set<String> LINE_MONEY = Words.set("value net gross total");

    /**
     * "LineValue", "Order Value", "lineNet", "lineGross", "INV_GROSS": the money of a line or an order, summed, with or
     * without a currency in its name.
     */
    static boolean lineValue(List<String> core) {
        return core.size() == 2 && LINES.contains(core.get(0)) && LINE_MONEY.contains(core.get(1)) || extended(core);
    }

    /** Money a line's quantity multiplies ("EXT_COST", "Extended Price"): the line's whole amount. */
    private static final Set<String> EXTENDED = Words.set("cost price amount value");

    /** "EXT_COST", "Extended Price": a unit's money times the line's quantity, the line's whole amount, summed. */
    static boolean extended(List<String> core) {
        // "ext" is left unexpanded elsewhere: "Ext. Type" of fire extinguishers.
        return core.size() == 2
                && ("extended".equals(core.get(0)) || "ext".equals(core.get(0)))
                && EXTENDED.contains(core.get(1));
    }

    /** "BINS_#", "Defects Found #": whole numbers named by a plural (or a participle) and the number sign: a count. */
    static boolean countSign(ColumnSchema c) {
        String name = c.name().trim();
        if (!"integer".equals(c.type()) || !name.endsWith("#") || name.startsWith("#")) {
            return false;
        }
        Token last = null;
        for (Token t : Tokenizer.tokenize(name.substring(0, name.length() - 1).replace('_', ' '))) {
            if (t.isWord()) {
                last = t;
            }
        }
        return last != null && (last.isPlural() || Words.isParticiple(last.word()));
    }

    /** "Hrs Worked", "Hours Logged", "Hrs Billed": hours of work done add up, unlike a span such as Days Delayed. */
    private static boolean hoursDone(List<String> core) {
        return core.size() == 2 && core.contains("hour") && core.stream().anyMatch(Words::isParticiple);
    }

    /**
     * Whole numbers of things something happened to ("Missed Bins", "Bins Emptied", "Rooms Occupied"): a count,
     * summed; not a span of time ("Days Delayed").
     */
    private static boolean countedEvents(ColumnSchema c, List<String> core) {
        return "integer".equals(c.type())
                && core.size() >= 2
                && core.stream().anyMatch(Words::isParticiple)
                && core.stream().noneMatch(SPANS::contains);
    }

    private static final Set<String> SPANS = Words.set("""
        second minute hour day night week month year time
        """);

    /**
     * A money column: its profile's unit, a currency sign in its name ("Contract Value ($)"), a currency code, or a
     * word that is only ever money ("Session Fee").
     */
    static boolean money(ColumnSchema c, List<String> words) {
        String name = c.name();
        return "$".equals(c.unit())
                || name.contains("$")
                || name.contains("€")
                || name.contains("£")
                || words.stream().anyMatch(w -> CURRENCIES.contains(w) || MONEY_WORDS.contains(w));
    }

    /** Words that make a name money though no currency is written ("PARTS_COST", "grant_amount"). */
    private static final Set<String> MONEY_NOUNS = Set.of("cost", "price", "amount", "value", "charge", "fee");

    /** A money column by its currency or, without one, by a word that names money ("quoted_price"). */
    static boolean moneyNamed(ColumnInfo c) {
        return money(c.schema(), c.words()) || c.core().stream().anyMatch(MONEY_NOUNS::contains);
    }

    /** Words of a name that make it money whatever its unit. */
    private static final Set<String> MONEY_WORDS = Set.of("fee", "fees");

    /** A weight in a mass unit whose values span orders of magnitude: what was caught or shipped, summed. */
    private static boolean weighedAmount(ColumnSchema c, List<String> core, List<String> words) {
        if (!core.contains("weight") || words.stream().noneMatch(MASS_UNITS::contains)) {
            return false;
        }
        for (String w : core) {
            if (!"weight".equals(w) && AVERAGE.contains(w)) {
                return false;
            }
        }
        if (c.min() == null || c.max() == null) {
            return false;
        }
        try {
            double min = Double.parseDouble(c.min());
            double max = Double.parseDouble(c.max());
            return min >= 0 && max >= AMOUNT_SPAN * Math.max(min, 1);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
