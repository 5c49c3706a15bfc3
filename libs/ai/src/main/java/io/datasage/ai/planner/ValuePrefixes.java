package io.datasage.ai.planner;

import io.datasage.ai.planner.ValueIndex.Entry;
import io.datasage.ai.planner.ValueIndex.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Values named by their first words: "latin america" for "Latin America and Caribbean", "delta" for "Delta Air Lines". */
final class ValuePrefixes {

    private ValuePrefixes() {}

    /**
     * The one longer value that the words from {@code i} begin ("latin america" for "Latin America and Caribbean",
     * "delta" for "Delta Air Lines Inc."), in every column that has it; empty when none or several values do. One word
     * is enough only when it is distinctive: not a keyword, a small word, business vocabulary or a column's word.
     */
    static List<Found> leadingWords(
            Map<String, List<Entry>> byFirst, Set<String> nameWords, List<Token> tokens, int i) {
        List<Found> found = new ArrayList<>();
        for (String key : ValueIndex.keys(tokens.get(i))) {
            for (Entry e : byFirst.getOrDefault(key, List.of())) {
                int n = e.stems().size() - 1;
                while (n >= 1 && ValueIndex.matchLength(e.stems().subList(0, n), tokens, i) == 0) {
                    n--;
                }
                // "trains" is not "Train Fault": the plural of a value's first word is the thing itself.
                // "leeds" for Leeds City Centre is the value's own spelling, no plural.
                boolean pluralOfFirst = n == 1
                        && tokens.get(i).isPlural()
                        && !tokens.get(i).word().equals(e.stems().get(0))
                        && !e.value()
                                .toLowerCase(Locale.ROOT)
                                .startsWith(tokens.get(i).word() + " ");
                // "child tests" for "Child Sight Test": the value's first and last words, its middle left out.
                boolean firstAndLast = n == 1 && firstAndLast(e, tokens, i);
                if (!firstAndLast
                        && (n < 1
                                || pluralOfFirst
                                || (n == 1 && !distinctive(tokens.get(i), nameWords))
                                || "and".equals(e.stems().get(n - 1))
                                || "of".equals(e.stems().get(n - 1)))) {
                    continue;
                }
                int length = firstAndLast ? 2 : ValueIndex.matchLength(e.stems().subList(0, n), tokens, i);
                Found f = new Found(e, length, Quality.SYNONYM);
                if (!found.isEmpty() && found.get(0).length() > f.length()) {
                    continue;
                }
                if (!found.isEmpty() && found.get(0).length() < f.length()) {
                    found.clear();
                }
                if (!found.isEmpty() && !found.get(0).entry().value().equals(e.value())) {
                    return List.of();
                }
                found.add(f);
            }
        }
        return found;
    }

    /** The word after the value's first is its last, in a value of three or four words ("child tests"). */
    private static boolean firstAndLast(Entry e, List<Token> tokens, int i) {
        int size = e.stems().size();
        if (size < 3 || size > 4 || i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) {
            return false;
        }
        String last = e.stems().get(size - 1);
        Token next = tokens.get(i + 1);
        return last.length() >= 3 && (last.equals(next.stem()) || last.equals(next.word()));
    }

    /** A word that can stand for a value alone: long enough and no keyword, small word, vocabulary or name word. */
    static boolean distinctive(Token t, Set<String> nameWords) {
        return distinctive(t, nameWords, 4);
    }

    /** {@link #distinctive(Token, Set)} with another shortest length ("cod" before a plural: "cod landings"). */
    static boolean distinctive(Token t, Set<String> nameWords, int minLength) {
        String w = t.word();
        // "on AWS" for AWS EC2: letters typed in capitals are a name, however short.
        return (w.length() >= minLength || isCode(w) || t.is(Token.UPPER) && w.length() >= 3)
                && !Words.STOPWORDS.contains(w)
                && !Lexicon.isKeyword(w)
                && !Lexicon.isKeyword(t.stem())
                && !Synonyms.known(t.stem())
                && !Annotator.ROW_NOUNS.contains(t.stem())
                && !nameWords.contains(t.stem())
                && !nameWords.contains(w);
    }

    /** A short code of letters and digits ("p1" for "P1 - Life threatening", "b2"): distinctive however short. */
    private static boolean isCode(String w) {
        return w.length() >= 2
                && Character.isLetter(w.charAt(0))
                && w.chars().anyMatch(Character::isDigit)
                && w.chars().allMatch(Character::isLetterOrDigit);
    }
}
