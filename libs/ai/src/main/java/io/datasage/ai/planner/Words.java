package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word-level normalisation shared by the question and the schema: spelling, abbreviations, plurals, typos. */
final class Words {

    /** Units of time a number or a name can be counted in ("over 2 hours", "volunteer-months", "length in days"). */
    static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "quarter", "year");

    /** Words that tell versions of one amount apart ("Planned Qty" and "Actual Qty", NET_GBP and GROSS_GBP). */
    static final Set<String> VERSION_WORDS = set("""
        planned plan actual net gross min max minimum maximum target budget forecast low high opening closing start end
        before after estimated est expected tare scheduled sched used prev previous
        """);

    /** Words that carry no meaning for the planner on their own. */
    static final Set<String> STOPWORDS = set("""
        a an the of to in on at is are was were be been being am do does did done doing have has had having i me my we
        our us you your it its they them their he she his her this that these those there here please pls plz can
        could would should will shall may might must show showing display plot plotted draw give get see let
        tell want need like look looking find know what whats how which who whom whose when why where and or but so
        then than as if for from with into about up out any some all each every also just very really much many more
        most overall data dataset info information chart graph visual visualization visualize viz figure report view
        make create generate build produce provide compute calculate work working works one ones thing things stuff
        value values number numbers figures kind sort lot lots go going per by across between not no only same now
        again too well hey hi hello thanks thank ok okay yes currently current actually basically quick quickly based
        using use exist exists existing whole entire full total different various ours got compare comparison versus
        vs against come comes came coming bring brings brought happen happens happened occur occurs occurred goes went
        seem seems gets gotten getting take takes took taken think wants wanted needs needed try trying wondering
        curious interested possible able kindly maybe perhaps exactly approximately roughly around such ever far yet
        anything everything something anyone everyone
        still even
        """);

    private static final Map<String, String> SPELLING = pairs("""
        colour=color colours=colors coloured=colored colouring=coloring analyse=analyze analysed=analyzed
        analysing=analyzing visualise=visualize visualisation=visualization summarise=summarize summarised=summarized
        organisation=organization organisations=organizations centre=center centres=centers metre=meter metres=meters
        litre=liter litres=liters favourite=favorite behaviour=behavior catalogue=catalog programme=program
        licence=license labour=labor cancelled=canceled travelling=traveling modelling=modeling grey=gray
        categorise=categorize normalise=normalize utilisation=utilization optimise=optimize honour=honor
        neighbour=neighbor neighbourhood=neighborhood tonne=ton tonnes=tons enrolment=enrollment defence=defense
        cheque=check jewellery=jewelry fibre=fiber theatre=theater harbour=harbor flavour=flavor recognise=recognize maths=math
        realise=realize prioritise=prioritize customise=customize standardise=standardize emphasise=emphasize
        hw=how wht=what shw=show thru=through tho=though
        """);

    /**
     * Verbs of a request that are also nouns a file may name ("which region shows the most sales" beside "top 10
     * shows" in a podcasts file): filler words unless a column name uses them.
     */
    static final Set<String> FILLERS_UNLESS_NAMED = Set.of("shows");

    private static final Map<String, String> ABBREVIATIONS = pairs("""
        avg=average ave=average qty=quantity qtys=quantity amt=amount amnt=amount yr=year yrs=years pct=percent
        perc=percent num=number nbr=number dept=department depts=departments mgr=manager emp=employee emps=employees
        cust=customer custs=customers prod=product prods=products cat=category cats=categories subcat=subcategory
        subcats=subcategories temp=temperature temps=temperatures rev=revenue qtr=quarter qtrs=quarters mth=month
        mths=months mnth=month mnths=months mo=month mos=months wk=week wks=weeks hrs=hours txn=transaction txns=transactions
        trans=transaction tx=transaction addr=address desc=descending asc=ascending vs=vs versus=vs info=information
        stats=statistics approx=approximately govt=government intl=international mfg=manufacturing acct=account
        accts=accounts loc=location locs=locations ctry=country cnt=count tot=total perf=performance tix=tickets mkt=market
        mktg=marketing sal=salary accel=acceleration cyl=cylinders disp=displacement wt=weight hum=humidity
        pres=pressure batt=battery bal=balance pop=population min=minimum max=maximum mins=minutes std=standard dur=duration
        sqft=square_feet sq=square ft=feet cuft=cubic_feet dob=birth_date nos=numbers jp=japan eu=europe rx=prescription rxs=prescriptions disc=discount xfer=transfer canx=cancellations dt=date
        xfers=transfers vdc=dc_voltage vac=ac_voltage idc=dc_current iac=ac_current pdc=dc_power pac=ac_power
        hd=head irr=irradiance eff=efficiency qtrly=quarterly mthly=monthly wkly=weekly yrly=yearly sev=severity pax=passengers pers=persons
        yd=yard yds=yards sz=size pd=paid flg=flag grs=gross prc=price nm=name chnl=channel
        """);

    private Words() {}

    /** The words of a text block, for word lists kept readable in the source. */
    static Set<String> set(String words) {
        return Set.copyOf(Arrays.asList(words.trim().split("\\s+")));
    }

    /** {@code key=value} pairs of a text block; "_" in a value stands for a space. */
    static Map<String, String> pairs(String text) {
        Map<String, String> out = new HashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1).replace('_', ' '));
        }
        return Map.copyOf(out);
    }

    /** The American spelling and the expanded abbreviation of a lower-case word (one or more words). */
    static String normalize(String word) {
        String w = SPELLING.getOrDefault(word, word);
        if (w.endsWith("isation") || w.endsWith("isations")) {
            w = w.replace("isation", "ization");
        }
        String whole = ABBREVIATIONS.get(w);
        if (whole != null) {
            return whole;
        }
        // "accels" beside accel_cnt: the plural of a listed abbreviation is the plural of what it stands for.
        String one = w.length() > 3 && w.endsWith("s") ? ABBREVIATIONS.get(w.substring(0, w.length() - 1)) : null;
        if (one != null && !one.contains(" ") && !one.contains("_") && !one.endsWith("s")) {
            return one.endsWith("y") ? one.substring(0, one.length() - 1) + "ies" : one + "s";
        }
        return w;
    }

    /** The one place where two names of as many words differ ("in" vs "out" of Wt In, Wt Out), or -1. */
    static int onlyDifference(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return -1;
        }
        int at = -1;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }

    /** The first letters of the words but "and", "of" and "the" ("oa" for open access). */
    static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String s : words) {
            if (!"and".equals(s) && !"of".equals(s) && !"the".equals(s) && !s.isEmpty()) {
                b.append(s.charAt(0));
            }
        }
        return b.toString();
    }

    /** Whether a lower-case word is an abbreviation the planner expands ("txn", "qty", "tx"). */
    static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.containsKey(word);
    }

    /** Past participles that do not end in -ed ("Meds Given", "Items Sold", "Hours Spent"). */
    private static final Set<String> IRREGULAR_PARTICIPLES = set("""
        given taken eaten driven written chosen stolen broken seen done won lost sold paid made held kept spent sent
        built bought caught brought told run flown grown shown thrown drawn worn sworn ridden hidden cast fed led read met
        shorn sewn mown sown dug swum spun dealt lent hung struck sunk bred torn
        """);

    /** The verbs of common irregular participles ("won" of "did we win", "sold" of "sell"). */
    static final Map<String, String> IRREGULAR_BASES = pairs("""
        won=win lost=lose sold=sell paid=pay made=make held=hold kept=keep sent=send bought=buy brought=bring
        told=tell given=give taken=take written=write chosen=choose broken=break seen=see done=do built=build
        spent=spend lent=lend caught=catch run=run grown=grow shown=show thrown=throw drawn=draw worn=wear
        """);

    /** Whether a lower-case word is a past participle: a regular -ed or a common irregular one. */
    static boolean isParticiple(String w) {
        // Not "speed", "breed", "need": -eed is a noun or a verb's base.
        return w.endsWith("ed") && !w.endsWith("eed") && w.length() > 3 || IRREGULAR_PARTICIPLES.contains(w);
    }

    /** A crude singular: enough to make "categories", "sales" and "boxes" meet "category", "sale" and "box". */
    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        switch (w) {
            case "buses":
            case "statuses":
            case "gases":
            case "aliases":
                // The plurals of the words kept whole below.
                return w.substring(0, n - 2);
            case "people":
                return "person";
            case "lives":
            case "wives":
            case "knives":
                // -fe nouns: "LIVES_LOST" meets "a life was lost".
                return w.substring(0, n - 3) + "fe";
            case "shelves":
            case "halves":
            case "calves":
            case "wolves":
            case "loaves":
                return w.substring(0, n - 3) + "f";
            case "men":
            case "mens":
                // "mens", "womens", "childrens": the possessive typed without its apostrophe.
                return "man";
            case "women":
            case "womens":
                return "woman";
            case "children":
            case "childrens":
                return "child";
            case "skus":
            case "menus":
            case "gurus":
                return w.substring(0, n - 1);
            case "series":
            case "species":
            case "news":
            case "analysis":
            case "status":
            case "gas":
            case "bus":
            case "plus":
            case "minus":
            case "canvas":
            case "always":
            case "less":
            case "alias":
                return w;
            default:
                break;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("s")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Base forms of an inflected verb or adjective ("hired" -> hire, "shipped" -> ship, "returning" -> return). */
    static List<String> bases(String w) {
        List<String> out = new ArrayList<>(3);
        String stem = null;
        if (w.endsWith("ied") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 3) + "y");
            return out;
        }
        if (w.endsWith("ed") && w.length() > 4) {
            stem = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing") && w.length() > 5) {
            stem = w.substring(0, w.length() - 3);
        }
        if (stem == null) {
            return out;
        }
        int n = stem.length();
        if (n >= 3
                && stem.charAt(n - 1) == stem.charAt(n - 2)
                && !isVowel(stem.charAt(n - 1))
                && stem.charAt(n - 1) != 'l'
                && stem.charAt(n - 1) != 's') {
            out.add(stem.substring(0, n - 1));
        }
        out.add(stem);
        out.add(stem + "e");
        return out;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Whether two words share a stem of six letters or more covering most of the shorter one ("embarkation" and
     * "embarked", "survival" and "survived").
     */
    static boolean sameStem(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 6 || a.equals(b) || agentAndAction(a, b) || agentAndAction(b, a)) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 6 && common >= 0.7 * shorter;
    }

    /**
     * "inspector" and "inspection", "complainant" and "complaint": who does a thing and the thing done are different
     * columns.
     */
    private static boolean agentAndAction(String agent, String action) {
        return (agent.endsWith("or") || agent.endsWith("ors") || agent.endsWith("er") || agent.endsWith("ers"))
                        && (action.endsWith("ion") || action.endsWith("ions"))
                || personOf(agent, action);
    }

    private static final Set<String> ACTION_ENDINGS =
            Set.of("t", "ts", "ce", "ces", "ance", "ances", "ence", "ences", "ation", "ations", "ion", "ions");

    /** "complainant" beside "complaint", "applicant" beside "application": the person named after what they do. */
    private static boolean personOf(String person, String action) {
        int end = person.endsWith("s") ? person.length() - 1 : person.length();
        if (end < 7
                || !person.startsWith("nt", end - 2)
                || person.charAt(end - 3) != 'a' && person.charAt(end - 3) != 'e') {
            return false;
        }
        int base = end - 3;
        return action.length() > base
                && action.regionMatches(0, person, 0, base)
                && ACTION_ENDINGS.contains(action.substring(base));
    }

    /** Whether {@code word} starts or ends a name glued without separators ("class" in "pclass", "date" in "orderdate"). */
    static boolean gluedPart(String word, String name) {
        if (word.length() < 4 || name.length() <= word.length() || 2 * word.length() < name.length()) {
            return false;
        }
        // "admitted" is not part of "readmitted": a prefix that changes the word's meaning.
        return (name.endsWith(word) && !MEANING_PREFIXES.contains(name.substring(0, name.length() - word.length())))
                || name.startsWith(word);
    }

    private static final Set<String> MEANING_PREFIXES = Set.of("re", "un", "non", "pre", "dis", "in", "im", "mis");

    /** Letters and digits only, lower case: "Sub-Category" -> "subcategory". */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /**
     * Whether {@code typed} is a plausible misspelling of {@code known}: one edit (a swap counts as one) from a word of
     * five letters or more, two from one of eight or more, and the same first letter (or its swap with the second).
     */
    static boolean isTypo(String typed, String known) {
        if (typed.equals(known)
                || known.length() < 5
                || typed.length() < 4
                || agentAndAction(typed, known)
                || agentAndAction(known, typed)) {
            return false;
        }
        if (typed.charAt(0) != known.charAt(0)
                && !(typed.length() > 1 && typed.charAt(0) == known.charAt(1) && typed.charAt(1) == known.charAt(0))) {
            return false;
        }
        int allowed = known.length() >= 8 ? 2 : 1;
        if (Math.abs(typed.length() - known.length()) > allowed) {
            return false;
        }
        return distance(typed, known, allowed) <= allowed;
    }

    /** Optimal-string-alignment distance, giving up (returning limit + 1) as soon as it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }
}
