package io.datasage.vector.matching;

import java.util.List;

/** Scores a column name against a phrase word by word: equal, singular/plural, prefix, a typo, or a synonym. */
public final class LexicalMatcher {

    static final double SINGULAR = 0.95;
    static final double ONE_TYPO = 0.85;
    static final double PREFIX = 0.8;
    static final double TWO_TYPOS = 0.75;
    // Below exact on purpose: only the same name may score 1.0.
    static final double BEST_NOT_EXACT = 0.99;

    private LexicalMatcher() {}

    /** How well {@code name} matches {@code phrase} by letters. */
    public static LexicalScore score(String phrase, String name) {
        String nameCompact = NameNormalizer.compact(name);
        List<String> queryWords = NameNormalizer.queryWords(phrase);
        if (nameCompact.isEmpty() || queryWords.isEmpty()) {
            return LexicalScore.NONE;
        }
        if (nameCompact.equals(NameNormalizer.compact(phrase)) || nameCompact.equals(String.join("", queryWords))) {
            return new LexicalScore(1.0, 0);
        }
        List<String> nameWords = NameNormalizer.words(name);
        double queryCovered = coverage(queryWords, nameWords);
        double nameCovered = coverage(nameWords, queryWords);
        double both =
                queryCovered + nameCovered == 0 ? 0 : 2 * queryCovered * nameCovered / (queryCovered + nameCovered);
        return new LexicalScore(Math.min(both, BEST_NOT_EXACT), synonymShare(queryWords, nameWords));
    }

    /** Similarity of two lower-case words, 0-1. */
    public static double wordSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (NameNormalizer.singular(a).equals(NameNormalizer.singular(b))) {
            return SINGULAR;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        // Short or lopsided prefixes ("car" in "cardinality") say nothing; abbreviations are in Synonyms.
        if (shorter.length() >= 3 && 2 * shorter.length() >= longer.length() && longer.startsWith(shorter)) {
            return PREFIX;
        }
        if (shorter.length() >= 4) {
            int distance = editDistance(a, b);
            if (distance == 1) {
                return ONE_TYPO;
            }
            if (distance == 2 && shorter.length() >= 7) {
                return TWO_TYPOS;
            }
        }
        return 0;
    }

    private static double coverage(List<String> from, List<String> to) {
        double sum = 0;
        for (String f : from) {
            double best = 0;
            for (String t : to) {
                best = Math.max(best, wordSimilarity(f, t));
            }
            sum += best;
        }
        return sum / from.size();
    }

    private static double synonymShare(List<String> queryWords, List<String> nameWords) {
        int withSynonym = 0;
        for (String q : queryWords) {
            for (String n : nameWords) {
                if (wordSimilarity(q, n) == 0
                        && (Synonyms.related(q, n)
                                || Synonyms.related(NameNormalizer.singular(q), NameNormalizer.singular(n)))) {
                    withSynonym++;
                    break;
                }
            }
        }
        return (double) withSynonym / queryWords.size();
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
