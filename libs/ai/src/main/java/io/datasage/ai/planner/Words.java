package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word-level normalisation shared by the question and the schema: spelling, abbreviations, plurals, typos. */
final class Words {

    /** Words that carry no meaning for the planner on their own. */
    static final Set<String> STOPWORDS = Set.of(
            "a",
            "an",
            "the",
            "of",
            "to",
            "in",
            "on",
            "at",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "am",
            "do",
            "does",
            "did",
            "done",
            "doing",
            "have",
            "has",
            "had",
            "having",
            "i",
            "me",
            "my",
            "we",
            "our",
            "us",
            "you",
            "your",
            "it",
            "its",
            "they",
            "them",
            "their",
            "he",
            "she",
            "his",
            "her",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "please",
            "pls",
            "plz",
            "can",
            "could",
            "would",
            "should",
            "will",
            "shall",
            "may",
            "might",
            "must",
            "show",
            "shows",
            "showing",
            "display",
            "plot",
            "plotted",
            "draw",
            "give",
            "get",
            "see",
            "let",
            "tell",
            "want",
            "need",
            "like",
            "look",
            "looking",
            "find",
            "know",
            "what",
            "whats",
            "how",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "why",
            "where",
            "and",
            "or",
            "but",
            "so",
            "then",
            "than",
            "as",
            "if",
            "for",
            "from",
            "with",
            "into",
            "about",
            "up",
            "out",
            "any",
            "some",
            "all",
            "each",
            "every",
            "also",
            "just",
            "very",
            "really",
            "much",
            "many",
            "more",
            "most",
            "overall",
            "data",
            "dataset",
            "info",
            "information",
            "chart",
            "graph",
            "visual",
            "visualization",
            "visualize",
            "viz",
            "figure",
            "report",
            "view",
            "make",
            "create",
            "generate",
            "build",
            "produce",
            "provide",
            "compute",
            "calculate",
            "work",
            "working",
            "works",
            "one",
            "ones",
            "thing",
            "things",
            "stuff",
            "value",
            "values",
            "number",
            "numbers",
            "figures",
            "kind",
            "sort",
            "lot",
            "lots",
            "go",
            "going",
            "per",
            "by",
            "across",
            "between",
            "not",
            "no",
            "only",
            "same",
            "now",
            "again",
            "too",
            "well",
            "hey",
            "hi",
            "hello",
            "thanks",
            "thank",
            "ok",
            "okay",
            "yes",
            "currently",
            "current",
            "actually",
            "basically",
            "quick",
            "quickly",
            "based",
            "using",
            "use",
            "exist",
            "exists",
            "existing",
            "whole",
            "entire",
            "full",
            "total",
            "different",
            "various",
            "ours",
            "got",
            "compare",
            "comparison",
            "versus",
            "vs",
            "against",
            "come",
            "comes",
            "came",
            "coming",
            "bring",
            "brings",
            "brought",
            "happen",
            "happens",
            "happened",
            "occur",
            "occurs",
            "occurred",
            "goes",
            "went",
            "seem",
            "seems",
            "gets",
            "gotten",
            "getting",
            "take",
            "takes",
            "took",
            "taken",
            "think",
            "wants",
            "wanted",
            "needs",
            "needed",
            "try",
            "trying",
            "wondering",
            "curious",
            "interested",
            "possible",
            "able",
            "kindly",
            "maybe",
            "perhaps",
            "exactly",
            "approximately",
            "roughly",
            "around",
            "such",
            "ever",
            "far",
            "yet",
            "still",
            "even");

    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("colour", "color"),
            Map.entry("colours", "colors"),
            Map.entry("coloured", "colored"),
            Map.entry("colouring", "coloring"),
            Map.entry("analyse", "analyze"),
            Map.entry("analysed", "analyzed"),
            Map.entry("analysing", "analyzing"),
            Map.entry("visualise", "visualize"),
            Map.entry("visualisation", "visualization"),
            Map.entry("summarise", "summarize"),
            Map.entry("summarised", "summarized"),
            Map.entry("organisation", "organization"),
            Map.entry("organisations", "organizations"),
            Map.entry("centre", "center"),
            Map.entry("centres", "centers"),
            Map.entry("metre", "meter"),
            Map.entry("metres", "meters"),
            Map.entry("litre", "liter"),
            Map.entry("litres", "liters"),
            Map.entry("favourite", "favorite"),
            Map.entry("behaviour", "behavior"),
            Map.entry("catalogue", "catalog"),
            Map.entry("programme", "program"),
            Map.entry("licence", "license"),
            Map.entry("labour", "labor"),
            Map.entry("cancelled", "canceled"),
            Map.entry("travelling", "traveling"),
            Map.entry("modelling", "modeling"),
            Map.entry("grey", "gray"),
            Map.entry("categorise", "categorize"),
            Map.entry("normalise", "normalize"),
            Map.entry("utilisation", "utilization"),
            Map.entry("optimise", "optimize"),
            Map.entry("honour", "honor"),
            Map.entry("neighbour", "neighbor"),
            Map.entry("neighbourhood", "neighborhood"),
            Map.entry("tonne", "ton"),
            Map.entry("tonnes", "tons"),
            Map.entry("enrolment", "enrollment"),
            Map.entry("defence", "defense"),
            Map.entry("cheque", "check"),
            Map.entry("jewellery", "jewelry"),
            Map.entry("fibre", "fiber"),
            Map.entry("theatre", "theater"),
            Map.entry("harbour", "harbor"),
            Map.entry("flavour", "flavor"),
            Map.entry("recognise", "recognize"),
            Map.entry("realise", "realize"),
            Map.entry("prioritise", "prioritize"),
            Map.entry("customise", "customize"),
            Map.entry("standardise", "standardize"),
            Map.entry("emphasise", "emphasize"));

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("avg", "average"),
            Map.entry("ave", "average"),
            Map.entry("qty", "quantity"),
            Map.entry("qtys", "quantity"),
            Map.entry("amt", "amount"),
            Map.entry("amnt", "amount"),
            Map.entry("yr", "year"),
            Map.entry("yrs", "years"),
            Map.entry("pct", "percent"),
            Map.entry("perc", "percent"),
            Map.entry("num", "number"),
            Map.entry("nbr", "number"),
            Map.entry("dept", "department"),
            Map.entry("depts", "departments"),
            Map.entry("mgr", "manager"),
            Map.entry("emp", "employee"),
            Map.entry("emps", "employees"),
            Map.entry("cust", "customer"),
            Map.entry("custs", "customers"),
            Map.entry("prod", "product"),
            Map.entry("prods", "products"),
            Map.entry("cat", "category"),
            Map.entry("cats", "categories"),
            Map.entry("subcat", "subcategory"),
            Map.entry("subcats", "subcategories"),
            Map.entry("temp", "temperature"),
            Map.entry("temps", "temperatures"),
            Map.entry("rev", "revenue"),
            Map.entry("qtr", "quarter"),
            Map.entry("qtrs", "quarters"),
            Map.entry("mth", "month"),
            Map.entry("mths", "months"),
            Map.entry("mo", "month"),
            Map.entry("mos", "months"),
            Map.entry("wk", "week"),
            Map.entry("wks", "weeks"),
            Map.entry("hrs", "hours"),
            Map.entry("txn", "transaction"),
            Map.entry("txns", "transactions"),
            Map.entry("trans", "transaction"),
            Map.entry("tx", "transaction"),
            Map.entry("addr", "address"),
            Map.entry("desc", "descending"),
            Map.entry("asc", "ascending"),
            Map.entry("vs", "vs"),
            Map.entry("versus", "vs"),
            Map.entry("info", "information"),
            Map.entry("stats", "statistics"),
            Map.entry("approx", "approximately"),
            Map.entry("govt", "government"),
            Map.entry("intl", "international"),
            Map.entry("mfg", "manufacturing"),
            Map.entry("acct", "account"),
            Map.entry("accts", "accounts"),
            Map.entry("loc", "location"),
            Map.entry("locs", "locations"),
            Map.entry("ctry", "country"),
            Map.entry("cnt", "count"),
            Map.entry("tot", "total"),
            Map.entry("perf", "performance"),
            Map.entry("mkt", "market"),
            Map.entry("mktg", "marketing"),
            Map.entry("sal", "salary"),
            Map.entry("accel", "acceleration"),
            Map.entry("cyl", "cylinders"),
            Map.entry("disp", "displacement"),
            Map.entry("wt", "weight"),
            Map.entry("hum", "humidity"),
            Map.entry("pres", "pressure"),
            Map.entry("batt", "battery"),
            Map.entry("bal", "balance"),
            Map.entry("pop", "population"),
            Map.entry("min", "minimum"),
            Map.entry("max", "maximum"),
            Map.entry("mins", "minimum"),
            Map.entry("std", "standard"),
            Map.entry("sqft", "square feet"),
            Map.entry("dob", "birth date"),
            Map.entry("nos", "numbers"));

    private Words() {}

    /** The American spelling and the expanded abbreviation of a lower-case word (one or more words). */
    static String normalize(String word) {
        String w = SPELLING.getOrDefault(word, word);
        if (w.endsWith("isation") || w.endsWith("isations")) {
            w = w.replace("isation", "ization");
        }
        return ABBREVIATIONS.getOrDefault(w, w);
    }

    /** A crude singular: enough to make "categories", "sales" and "boxes" meet "category", "sale" and "box". */
    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        switch (w) {
            case "people":
                return "person";
            case "men":
                return "man";
            case "women":
                return "woman";
            case "children":
                return "child";
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

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

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
        if (typed.equals(known) || known.length() < 5 || typed.length() < 4) {
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
