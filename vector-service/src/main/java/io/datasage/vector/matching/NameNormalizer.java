package io.datasage.vector.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns column names and phrases into comparable lower-case words: "totalRevenue ", "total_revenue" and "Total Revenue" agree. */
public final class NameNormalizer {

    // Split "totalRevenue" and "HTTPStatus" at their case changes before lower-casing loses them.
    private static final Pattern CASE_CHANGE = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Words that carry no meaning in a question about a column ("how much we sold" is about "sold").
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "by", "per", "for", "in", "on", "to", "and", "or", "is", "are", "was", "were",
            "what", "which", "how", "much", "many", "we", "our", "us", "i", "my", "me", "did", "do", "does", "show",
            "give", "list", "with", "each", "all", "that", "this", "it", "be", "from", "at", "as");

    private NameNormalizer() {}

    /** The words of a name or phrase, lower-case, in order. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String split = CASE_CHANGE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(split)).filter(w -> !w.isEmpty()).toList();
    }

    /** The meaningful words of a query: {@link #words} without stop words, unless nothing else is left. */
    public static List<String> queryWords(String query) {
        List<String> all = words(query);
        List<String> meaningful =
                all.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        return meaningful.isEmpty() ? all : meaningful;
    }

    /** The words run together ("model_year" and "ModelYear" both give "modelyear"), for exact comparisons. */
    public static String compact(String text) {
        return String.join("", words(text));
    }

    /** Crude singular form, enough to make "sales" meet "sale" and "categories" meet "category". */
    public static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Words and their singulars, as indexed for lexical look-up of column names. */
    public static List<String> indexTerms(String name) {
        List<String> terms = new ArrayList<>();
        for (String w : words(name)) {
            terms.add(w);
            String s = singular(w);
            if (!s.equals(w)) {
                terms.add(s);
            }
        }
        return terms;
    }
}
