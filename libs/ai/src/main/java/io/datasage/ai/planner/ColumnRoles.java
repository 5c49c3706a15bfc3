package io.datasage.ai.planner;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Classifies a profiled column: its meaning-carrying words, role, additivity and entity. */
final class ColumnRoles {

    /** Units and decorations that a name may carry and a question never needs ("temperature_c", "Profit ($)"). */
    static final Set<String> UNITS = Words.set("""
        c f k percent pct usd eur gbp inr cad aud hpa kpa pa v mv kv kg g lb km m mi cm mm ms sec h kwh wh w kw mph
        kmh kph psi db ppm dollar in $ d mwh gwh mw gw mg ml l m3 cm3 m2 km2 ft2 sqft million billion thousand t lbs
        bpm kcal gb mb tb kb ah mah ohm mohm kohm a ma ug mcg ng
        """);
    /** Units of length and weight and the synonym group of what they measure. */
    private static final Map<String, String> UNIT_GROUPS = Words.pairs("""
        m=length cm=length mm=length ft=length kg=weight lb=weight lbs=weight t=weight g=weight ton=weight km=distance
        mi=distance
        """);
    /** Words of a name that make a unit after them the unit a price is per. */
    private static final Set<String> PRICED = Set.of("gbp", "usd", "eur", "price", "cost", "rate", "per", "pay", "fee");
    /** Time units that end a measure's name when it counts how long something took. */
    private static final Set<String> TIME_UNITS = Set.of("day", "night", "hour", "week", "month", "minute");

    /** Words a name may add to its meaning without changing it ("Sales Amount", "Performance Rating"). */
    static final Set<String> QUALIFIERS = Words.set("""
        amount value total number count level type group score rating status category info detail flag indicator data
        figure metric rate size overall net gross actual final raw avg average mean sum time
        """);
    /** Small words that keep their meaning at the end of a name ("TAXI_IN" and "TAXI_OUT" differ by them). */
    static final Set<String> PARTICLES = Set.of("in", "out", "up", "down", "on", "off");

    /** The particle a phrasal noun's plural ends with ("in" of "check ins"), or the empty string. */
    static String pluralParticle(String word) {
        String particle = word.endsWith("s") ? word.substring(0, word.length() - 1) : "";
        return PARTICLES.contains(particle) ? particle : "";
    }

    static final Set<String> ID_WORDS = Words.set("""
        id identifier key code tag uuid guid hash zip postal postcode zipcode phone ssn sku isbn ean upc ref reference no nr
        number num
        """);
    /** Words naming a row's position: unique per row, such a column is an identifier. */
    private static final Set<String> ORDER_WORDS =
            Set.of("rank", "index", "row", "position", "seq", "sequence", "serial");

    /** Words that make an integer column a code for a category ("Pclass", "Generation", "Police District"). */
    private static final Set<String> CODE_WORDS = Words.set("""
        class generation gen district ward area zone region division sector cluster segment category group type tier
        code season quarter borough precinct beat station route branch store site channel department dept team phase
        stage cohort batch block floor version
        """);

    /** Words that make a name a count when they start it ("number of rooms", "num_cylinders"). */
    private static final Set<String> COUNT_PREFIX = Set.of("number", "num", "no", "nr", "count", "total");

    /** Words of a column's name that make it a key for something another column names in words ("BEER_CODE"). */
    static final Set<String> KEY_WORDS = Set.of("code", "cd", "id", "no", "ref", "sku");

    /** Words that only say a column is a yes/no flag ("FTB_YN", "WARR_FLG"). */
    static final Set<String> FLAG_TAILS = Set.of("flag", "flg", "yn", "ind", "indicator");

    /** Words of a column's name that make it the name of a thing in words ("Site Name", "FAULT_DESC"). */
    static final Set<String> LABEL_WORDS = Words.set("""
        name title label description
        """);

    private static final Set<String> FREE_TEXT = Words.set("""
        comment note feedback remark description text review message summary detail verbatim body suggestion reason
        answer
        """);
    /** Whether a name counts units of time: last ("Trip Days") or first in the plural ("Days in Care"). */
    private static boolean countsTime(String name, List<String> core) {
        if (core.stream().anyMatch(CLOCK_WORDS::contains)) {
            // "Start Hr", "End Time": the hour something happened, not how long.
            return false;
        }
        if (TIME_UNITS.contains(core.get(core.size() - 1))) {
            return true;
        }
        String first = name.trim().split("[\\s_]+")[0].toLowerCase(Locale.ROOT);
        return core.size() > 1 && TIME_UNITS.contains(core.get(0)) && first.endsWith("s");
    }

    /** Words of a name that make its hours a time of day: "Start Hr", "Finish Hour". */
    private static final Set<String> CLOCK_WORDS = Set.of("start", "end", "finish", "begin", "arrival", "departure");

    /** How a name abbreviates minutes, and the words for a span of time it may follow ("visitDurMin"). */
    private static final Set<String> MINUTES = Set.of("min", "mins");

    private static final Set<String> SPANS = Words.set("""
        duration dur time length wait delay runtime span elapsed downtime dwell idle response turnaround travel
        """);
    private static final Set<String> BOOLEAN_PREFIX = Words.set("""
        is has was did can should had will
        """);
    private static final Set<String> PREPOSITIONS =
            Set.of("at", "of", "in", "per", "for", "from", "by", "to", "on", "with", "since");
    private static final Set<String> YES = Words.set("""
        yes y true t 1
        """);
    private static final Set<String> NO = Words.set("""
        no n false f 0
        """);

    private ColumnRoles() {}

    static ColumnInfo classify(ColumnSchema c, DatasetSchema schema) {
        List<String> words = hours(nameWords(c.name()), c);
        if ("integer".equals(c.type())
                && c.name().trim().endsWith("#")
                && !c.name().trim().startsWith("#")
                && !words.isEmpty()
                && words.stream().noneMatch(NUMBER_WORDS::contains)
                && !MeasureKinds.countSign(c)) {
            // "Fitting #" is "Fitting No": which fitting, as "# Reviews" (the sign first) or "BINS_#" counts them.
            List<String> numbered = new ArrayList<>(words);
            numbered.add("no");
            words = List.copyOf(numbered);
        }
        Set<String> per = denominators(c.name());
        List<String> core = coreWords(words);
        List<String> kept = core.stream().filter(w -> !per.contains(w)).toList();
        core = kept.isEmpty() ? core : kept;
        String yes = null;
        String no = null;
        if (c.topValues().size() >= 1 && c.topValues().size() <= 2 && (c.distinct() <= 2)) {
            for (String v : c.topValues()) {
                String lower = v.trim().toLowerCase(Locale.ROOT);
                if (YES.contains(lower)) {
                    yes = v;
                } else if (NO.contains(lower)) {
                    no = v;
                }
            }
        }
        if ("boolean".equals(c.type())) {
            yes = yes == null ? "true" : yes;
            no = no == null ? "false" : no;
        }
        if ("integer".equals(c.type()) && c.distinct() == 2 && "0".equals(c.min()) && "1".equals(c.max())) {
            // A 0/1 flag (Survived, is_fraud): a yes/no column whose average is the share of ones.
            yes = "1";
            no = "0";
        }
        if (yes != null && no != null) {
            core = withoutYesNo(core);
            if (core.isEmpty()) {
                // "No-Show (1/0)": its small words were all there was to it but the values.
                core = withoutYesNo(coreWords(words, false));
            }
        }
        ColumnRole role = role(c, words, core, yes != null && no != null, schema);
        String entity = role == ColumnRole.ID || role == ColumnRole.LABEL ? entity(core) : null;
        double minNum = c.isNumeric() ? number(c.min()) : Double.NaN;
        double maxNum = c.isNumeric() ? number(c.max()) : Double.NaN;
        LocalDate minDate = null;
        LocalDate maxDate = null;
        if (c.isTemporal()) {
            minDate = date(c.min());
            maxDate = date(c.max());
        } else if (role == ColumnRole.YEAR && !Double.isNaN(minNum) && !Double.isNaN(maxNum)) {
            minDate = LocalDate.of(fullYear((int) minNum), 1, 1);
            maxDate = LocalDate.of(fullYear((int) maxNum), 12, 31);
        }
        boolean additive = role == ColumnRole.MEASURE
                && per.isEmpty()
                && !thingsNumber(words)
                && MeasureKinds.additive(c, core, words);
        Set<String> groups = new HashSet<>(Synonyms.groupsOf(core));
        groups.addAll(Synonyms.groupsOf(words));
        // "CSAT (1-5)": a one-word name without the numbers of its scale.
        List<String> unscaled = core.stream()
                .filter(w -> !w.chars().allMatch(Character::isDigit))
                .toList();
        if (unscaled.size() < core.size() && unscaled.size() == 1) {
            groups.addAll(Synonyms.groupsOf(unscaled));
        }
        String head = head(core, words);
        if (head != null) {
            groups.addAll(Synonyms.groupsOf(head));
        }
        String last = words.isEmpty() ? null : words.get(words.size() - 1);
        if (role == ColumnRole.MEASURE
                && UNIT_GROUPS.containsKey(last)
                && (words.size() > 1 || last.length() > 2 && "weight".equals(UNIT_GROUPS.get(last)))
                // Not PRICE_GBP_T: money per tonne.
                && Collections.disjoint(words, PRICED)) {
            // "LOA (m)", "Harvest (kg)", "net_t", a bare "TONNES": the unit says what the measure is when the name
            // does not.
            groups.add(UNIT_GROUPS.get(last));
        }
        if (role == ColumnRole.MEASURE
                && !core.isEmpty()
                && !core.contains("age")
                && countsTime(c.name(), core)
                && !hourOfDay(c)
                && !("integer".equals(c.type())
                        && (monthOfYear(words, minNum, maxNum) || weekOfYear(words, minNum, maxNum)))) {
            // "Trip Days", "Stay Nights", "Wait Hours", "Days in Care": a count of time units is how long, so "trip
            // length", "length of stay"; an "Age at Intake (mths)" is how old.
            groups.add("duration");
        }
        if (!c.isNumeric()) {
            // A "Close Date" or a "Closed" flag is no closing price; a "Unit Type" no volume, a "Sold Y/N" no sales,
            // an "Expense Type" no spend: amounts are numbers.
            groups.remove("closeprice");
            if (groups.contains("payment")) {
                // paid_by, "Paid With": the way of paying, not the pay ("income per term" is the fee).
                groups.remove("salary");
            }
            groups.remove("quantity");
            groups.remove("sales");
            groups.remove("cost");
            groups.remove("profit");
        }
        List<String> spelled = new ArrayList<>();
        List<Set<String>> forms = new ArrayList<>();
        Map<String, Set<String>> elements = new HashMap<>();
        for (Token t : Tokenizer.tokenize(c.name())) {
            if (t.isWord() && core.contains(t.stem())) {
                spelled.add(t.word());
            }
        }
        for (String piece : c.name().split("[^A-Za-z]+")) {
            String w = piece.toLowerCase(Locale.ROOT);
            if (c.isNumeric()
                    && core.contains(w)
                    && !ChemicalSymbols.names(piece).isEmpty()) {
                elements.put(w, ChemicalSymbols.names(piece));
            }
        }
        for (String w : core) {
            Set<String> f = new HashSet<>();
            f.add(w);
            // "potassium" for K (mg/l): an element written as its symbol.
            f.addAll(elements.getOrDefault(w, Set.of()));
            if (w.endsWith("ed")) {
                f.addAll(Words.bases(w));
                if (w.length() > 5 && !w.endsWith("ied")) {
                    // "Persons Injured" counts injuries, "Delivered" deliveries: the noun of the participle.
                    f.add(w.substring(0, w.length() - 2) + "y");
                }
                if (w.length() > 6) {
                    // "Referred_YN" counts referrals, "Approved" approvals, "Refused" refusals: the -al noun.
                    f.add(w.substring(0, w.length() - 2) + "al");
                }
                // Words.bases leaves four-letter words alone ("seed", "need" are no participles); "used" is one.
                List<String> bases = w.length() == 4 ? List.of(w.substring(0, 3)) : Words.bases(w);
                for (String base : bases) {
                    if (base.length() >= 3 && base.endsWith("e")) {
                        // "Data Used" is the data usage, "Seeds Stored" the storage.
                        f.add(base.substring(0, base.length() - 1) + "age");
                    }
                }
            }
            forms.add(f);
        }
        Set<String> modifiers = new HashSet<>();
        boolean afterPreposition = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // "On Scene (min)", "In Stock": a name that begins with a preposition has nothing it qualifies.
            if (PREPOSITIONS.contains(w) && i > 0) {
                afterPreposition = true;
            } else if (afterPreposition) {
                modifiers.add(w);
            }
        }
        List<String> compacts = List.of(
                Words.compact(c.name()), Words.compact(String.join("", core)), Words.compact(String.join("", spelled)));
        return new ColumnInfo(
                c, words, core, spelled, forms, compacts, modifiers, role, additive, entity, yes, no, groups, minNum,
                maxNum, minDate, maxDate);
    }

    /** "Checkout Mth", "SURVEY_MONTH" holding 1-12: a month of the year, a code for twelve groups, no length of time. */
    static boolean monthOfYear(List<String> words, double min, double max) {
        return words.contains("month") && min >= 1 && max <= 12;
    }

    /** "Retail Wk" holding 1-52: a week of the year, a period's number rather than an amount or a length of time. */
    static boolean weekOfYear(List<String> words, double min, double max) {
        return words.contains("week") && min >= 1 && max <= 53;
    }

    /** The word a compound name is about: its last word that is neither a qualifier nor after a preposition. */
    private static String head(List<String> core, List<String> words) {
        int preposition = words.size();
        for (int i = 0; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i))) {
                preposition = i;
                break;
            }
        }
        List<String> before = words.subList(0, preposition);
        for (int i = core.size() - 1; i >= 0; i--) {
            String w = core.get(i);
            if (!QUALIFIERS.contains(w)
                    && !UNITS.contains(w)
                    && !ID_WORDS.contains(w)
                    && !LABEL_WORDS.contains(w)
                    && before.contains(w)) {
                return w;
            }
        }
        return core.isEmpty() ? null : core.get(core.size() - 1);
    }

    /** Whether a two-word name numbers a thing ("Audit No", "Claim Ref"), whatever its values look like. */
    static boolean namesNumber(List<String> words) {
        return words.size() == 2 && ID_WORDS.contains(words.get(1));
    }

    /** Whether a two-word name is a thing's label ("Dog Name", "Course Title"). */
    static boolean namesLabel(List<String> words) {
        return words.size() == 2 && LABEL_WORDS.contains(words.get(1));
    }

    /** Whether a name's words say its integers are codes: a code word, or one glued to a letter or two ("Pclass"). */
    static boolean namesCode(List<String> words) {
        for (String w : words) {
            if (CODE_WORDS.contains(w)) {
                return true;
            }
            for (String code : CODE_WORDS) {
                if (code.length() >= 4
                        && w.length() > code.length()
                        && w.length() <= code.length() + 2
                        && w.endsWith(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A two-digit model year (70 for 1970) as a calendar year. */
    static int fullYear(int year) {
        return year >= 100 ? year : (year >= 30 ? 1900 + year : 2000 + year);
    }

    /** The name's words, normalised and singular: "Profit ($)" -> profit, "TxnDate" -> transaction, date. */
    static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        // "readmitted30d" reads as readmitted, 30, d; short codes like "Q1" or "co2" stay whole.
        boolean bracket = false;
        // The tokenizer drops square brackets; "Stay [min]" holds its unit in them as "Stay (min)" does.
        for (Token t : Tokenizer.tokenize(spaced(name.replace('[', '(').replace(']', ')')))) {
            boolean unit = bracket || !out.isEmpty() && SPANS.contains(out.get(out.size() - 1));
            bracket = t.isSymbol() && ("(".equals(t.raw()) || "[".equals(t.raw()));
            if (t.isWord()
                    && MINUTES.contains(t.raw().toLowerCase(Locale.ROOT))
                    && (unit || t.raw().length() == 4)) {
                // "deliveryTimeMin", "Duration (min)", "On Scene (min)", "DOWNTIME_MIN": minutes, the unit of a span of
                // time (or a unit in brackets), not the minimum; "Exam Mins" always (minimums are not "mins").
                out.add("minute");
            } else if (t.isWord() && "desc".equalsIgnoreCase(t.raw())) {
                // ITEM_DESC, "Prod Desc": in a name "desc" is a description; in a question it sorts descending.
                out.add("description");
            } else if (t.isWord() && "chg".equalsIgnoreCase(t.raw()) && !name.contains("%")) {
                // CALLOUT_CHG, "Handling Chg (£)": a charge; "Price Chg %" is a change.
                out.add("charge");
            } else if (t.isWord()) {
                out.add(t.stem());
            } else if (t.isNumber()) {
                out.add(t.raw());
            }
        }
        return out;
    }

    /**
     * "Rate (EUR/word)", "CO2 (kg/yr)": the word after a unit and a slash in brackets is what the measure is counted
     * per, so "words" names Word Count rather than the rate, and the measure is a rate (averaged, not summed). Kept in
     * the name's words, out of its core.
     */
    private static Set<String> denominators(String name) {
        List<Token> tokens = Tokenizer.tokenize(name);
        Set<String> per = new HashSet<>();
        boolean bracket = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol()) {
                bracket = "(".equals(t.raw())
                        || "[".equals(t.raw())
                        || bracket && !")".equals(t.raw()) && !"]".equals(t.raw());
            } else if (bracket
                    && t.isWord()
                    && i >= 2
                    && "/".equals(tokens.get(i - 1).raw())
                    && UNITS.contains(tokens.get(i - 2).raw().toLowerCase(Locale.ROOT))) {
                per.add(t.stem());
            }
        }
        return per;
    }

    /** The name with letters and digits apart: "readmitted30d" reads as readmitted, 30, d. */
    static String spaced(String name) {
        return name.replaceAll("(?<=\\p{L}{3})(?=\\d)", " ").replaceAll("(?<=\\d)(?=\\p{L})", " ");
    }

    private static List<String> coreWords(List<String> words) {
        List<String> core = coreWords(words, true);
        // "showTitle": without its small word the name would be only "title"; the word is what it names.
        return core.stream().allMatch(w -> LABEL_WORDS.contains(w) || ID_WORDS.contains(w))
                ? coreWords(words, false)
                : core;
    }

    /**
     * "Issue Hr", "pickup_hour" holding 0 to 23: the hour of the day, a position. "Hours" in the plural is an
     * amount, and "hr" outside that range is human resources ("HR Rating").
     */
    static boolean hourOfDay(ColumnSchema c) {
        return "integer".equals(c.type())
                && number(c.min()) >= 0
                && number(c.max()) <= 23
                && Tokenizer.tokenize(spaced(c.name())).stream()
                        .anyMatch(t -> "hour".equalsIgnoreCase(t.raw()) || "hr".equalsIgnoreCase(t.raw()));
    }

    /** A flag's words without the "Y/N" or "1/0" that marks it ("Sold Y/N", "Overdue YN"): the flag is what comes before. */
    private static List<String> withoutYesNo(List<String> core) {
        int n = core.size();
        if (n > 2 && core.get(n - 2).equals("y") && core.get(n - 1).equals("n")) {
            return core.subList(0, n - 2);
        }
        if (n >= 2
                && (core.get(n - 2).equals("1") && core.get(n - 1).equals("0")
                        || core.get(n - 2).equals("0") && core.get(n - 1).equals("1"))) {
            // "No-Show (1/0)", "Attended 0/1": the values, not the flag's name.
            return core.subList(0, n - 2);
        }
        if (n > 1 && core.get(n - 1).equals("yn")) {
            return core.subList(0, n - 1);
        }
        return core;
    }

    /** The name's words with an hour of the day's "hr" read as hour. */
    private static List<String> hours(List<String> words, ColumnSchema c) {
        return words.contains("hr") && hourOfDay(c)
                ? words.stream().map(w -> "hr".equals(w) ? "hour" : w).toList()
                : words;
    }

    /** "minute" after duration or time at the end of a name ("visitDurMin") is the span's unit. */
    private static boolean spanUnit(List<String> words, int i) {
        return i == words.size() - 1 && "minute".equals(words.get(i)) && SPANS.contains(words.get(i - 1));
    }

    private static List<String> coreWords(List<String> words, boolean dropSmallWords) {
        List<String> core = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean prefix = i == 0 && words.size() > 1 && BOOLEAN_PREFIX.contains(w);
            boolean particle = i > 0 && i == words.size() - 1 && PARTICLES.contains(w);
            boolean unit = i > 0 && (UNITS.contains(w) || spanUnit(words, i)) && !particle;
            if (!prefix
                    && !unit
                    && !(dropSmallWords
                            && Words.STOPWORDS.contains(w)
                            && !particle
                            && words.size() > 1
                            && !"number".equals(w)
                            && !"total".equals(w)
                            && !"value".equals(w)
                            && !"data".equals(w))) {
                core.add(w);
            }
        }
        return core.isEmpty() ? words : core;
    }

    private static ColumnRole role(
            ColumnSchema c, List<String> words, List<String> core, boolean yesNo, DatasetSchema schema) {
        String type = c.type();
        if (c.isTemporal()) {
            return ColumnRole.DATE;
        }
        if ("boolean".equals(type) || yesNo) {
            return ColumnRole.BOOLEAN;
        }
        // "Reg #", "Invoice #": a name ending in the number sign is that thing's number ("Crates #" counts crates).
        boolean idWord = (words.stream().anyMatch(ID_WORDS::contains)
                        || c.name().trim().endsWith("#") && !MeasureKinds.countSign(c))
                && !words.contains("count")
                && !words.contains("total")
                // "guest_numbers", "Visitor Numbers": numbers in the plural are how many, not which one.
                && Tokenizer.tokenize(c.name()).stream().noneMatch(t -> "numbers".equals(t.word()));
        if (c.isNumeric()) {
            if (isYear(c, words)) {
                return ColumnRole.YEAR;
            }
            boolean integral = "integer".equals(type);
            String bare = c.name().trim().toLowerCase(Locale.ROOT);
            if (integral && (bare.equals("#") || bare.startsWith("unnamed"))) {
                // "#" numbers the rows (Pokemon's national number); "Unnamed: 0" is a saved pandas index.
                return ColumnRole.ID;
            }
            // "number of bedrooms", "num_cylinders", "no_of_children" count something; "order number" names a row.
            boolean countOf = words.size() > 1 && COUNT_PREFIX.contains(words.get(0));
            boolean rowOrder = integral
                    && words.stream().anyMatch(ORDER_WORDS::contains)
                    && c.distinct() >= 0.95 * Math.max(1, schema.rowCount());
            if (rowOrder) {
                // "Rank", "Row Number", "index" unique per row: a position, not something to add up or correlate.
                return ColumnRole.ID;
            }
            if (runningNumber(c, words, schema)) {
                return ColumnRole.ID;
            }
            // "Lactation No." holding 1 to 9 on every row: which lactation, an ordinal, not an identifier.
            boolean fewOrdinals = integral
                    && c.distinct() > 0
                    && c.distinct() <= 24
                    && !words.contains("id")
                    && !words.contains("code")
                    && !words.contains("key");
            if (idWord && integral && !countOf && !core.equals(List.of("number")) && !fewOrdinals) {
                return ColumnRole.ID;
            }
            return ColumnRole.MEASURE;
        }
        if (words.stream().anyMatch(FREE_TEXT::contains) && !idWord && "text".equals(type)) {
            return ColumnRole.TEXT;
        }
        // A hundred codes are few in a large file (Dept Code), not in one of 128 rows (Booking Ref).
        boolean fewCodes = c.distinct() > 0
                && c.distinct() <= 100
                && c.distinct() <= 0.5 * Math.max(1, schema.rowCount())
                && !words.contains("id")
                && !words.contains("key");
        if (idWord
                && !fewCodes
                && (words.contains("id")
                        || words.contains("key")
                        || words.contains("code")
                        || words.contains("number")
                        || words.contains("no")
                        || words.contains("hash")
                        || c.distinct() > 0.5 * Math.max(1, schema.rowCount()))) {
            return ColumnRole.ID;
        }
        if (words.stream().anyMatch(LABEL_WORDS::contains) && ("text".equals(type) || c.distinct() > 50)) {
            return ColumnRole.LABEL;
        }
        return ColumnRole.CATEGORY;
    }

    /** Names of a year that are not the word year. */
    private static final Set<String> YEAR_NAMES = Set.of("season", "vintage", "cohort");

    private static boolean isYear(ColumnSchema c, List<String> words) {
        if (!"integer".equals(c.type())) {
            return false;
        }
        boolean singularYear = false;
        for (Token t : Tokenizer.tokenize(c.name())) {
            if (t.isWord() && ("year".equals(t.word()) || "yr".equals(t.raw()) || "fy".equals(t.raw()))) {
                singularYear = true;
            }
        }
        // "Season" or "Vintage" holding 2024 and 2025: a year under another name, only when it holds whole years.
        boolean yearByName = words.stream().anyMatch(YEAR_NAMES::contains);
        if (!singularYear && !yearByName || words.contains("age") || words.contains("experience")) {
            return false;
        }
        double min = number(c.min());
        double max = number(c.max());
        return !Double.isNaN(min)
                && !Double.isNaN(max)
                && ((min >= 1800 && max <= 2200) || (singularYear && min >= 0 && max <= 99 && min >= 30));
    }

    /**
     * "Session No." 1-24 on a patient's sessions: a noun then a number word is which one of them, an ordinal that
     * never adds up; "No. of Sessions" starts with the number word and counts them.
     */
    private static boolean thingsNumber(List<String> words) {
        return words.size() >= 2
                && NUMBER_WORDS.contains(words.get(words.size() - 1))
                && !"seq".equals(words.get(words.size() - 1))
                && !COUNT_PREFIX.contains(words.get(0));
    }

    /** Words after a noun that make a name that thing's number ("Line No", "Item #"). */
    private static final Set<String> NUMBER_WORDS = Set.of("no", "number", "num", "nr", "seq");

    /**
     * "Line No" holding 1 to 6 beside an Appt ID (or a STMT_NO code) that repeats: the position of each row within its parent, so a row
     * is a line (an order's lines, an invoice's items). A small whole number from 1, named a line's or an item's
     * number; not "Lactation No." (which lactation of a cow, an ordinal).
     */
    static boolean runningNumber(ColumnSchema c, List<String> named, DatasetSchema schema) {
        if (MeasureKinds.countSign(c)) {
            // "ITEMS #" beside "TKT #": the plural before the sign counts the things, it does not number a line.
            return false;
        }
        // "Line #": the sign is the number word.
        List<String> words = named.size() == 1 && c.name().contains("#") ? List.of(named.get(0), "no") : named;
        if (!"integer".equals(c.type())
                || words.size() != 2
                || !NUMBER_WORDS.contains(words.get(1))
                || !ROW_PARTS.contains(words.get(0)) && !SEQUENCE_WORDS.contains(words.get(1))
                || number(c.min()) != 1
                || number(c.max()) > 100) {
            return false;
        }
        return schema.columns().stream()
                .anyMatch(o -> o != c
                        && ("text".equals(o.type())
                                || ("integer".equals(o.type()) || "category".equals(o.type())) && numbered(o.name()))
                        && o.distinct() > 0
                        && o.distinct() < schema.rowCount());
    }

    /** Whether a name ends in a number word or "id" ("Check No.", "order_id"): an integer that identifies a parent. */
    private static boolean numbered(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[^a-z]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return NUMBER_WORDS.contains(last) || "id".equals(last);
    }

    /** Number words that always count positions within a parent ("unit_seq" 1-14 in each job). */
    private static final Set<String> SEQUENCE_WORDS = Set.of("seq", "sequence");

    /**
     * What a row is when it is one of several of a parent: a line or an item of it, or a position in its sequence (a
     * lap of a session, or a leg of a journey).
     */
    private static final Set<String> ROW_PARTS = Set.of("line", "item", "position", "pos", "lap", "leg");

    private static String entity(List<String> core) {
        List<String> head = new ArrayList<>();
        for (String w : core) {
            if (!ID_WORDS.contains(w) && !LABEL_WORDS.contains(w)) {
                head.add(w);
            }
        }
        if (head.size() == 2 && RECORD_WORDS.contains(head.get(1))) {
            // "FeedLogID", "Call Record ID": the id of the log entry of a feed, so each row is a feed.
            return head.get(0);
        }
        return head.size() == 1 ? head.get(0) : null;
    }

    /** Words for the entry that records a thing, after the thing's name in an id. */
    private static final Set<String> RECORD_WORDS = Set.of("log", "record", "entry");

    static double number(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
