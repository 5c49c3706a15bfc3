package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/**
 * Names shortened in a coordination: "positive vs negative affect" names Positive affect and Negative affect, "math
 * and reading scores" names math score and reading score; the first word stands for its whole column.
 */
final class ElidedNames {

    private static final Set<String> JOINERS = Set.of("vs", "and", "or", "&", ",", "/", "versus");

    private ElidedNames() {}

    /** The column that token {@code i} names when the words after the next joiner complete its name, or null. */
    static ColumnInfo at(List<Token> tokens, int i, SchemaIndex index) {
        if (i + 3 >= tokens.size()
                || !tokens.get(i).isWord()
                || !JOINERS.contains(tokens.get(i + 1).word())) {
            return null;
        }
        Token other = tokens.get(i + 2);
        if (!other.isWord()) {
            return null;
        }
        for (ColumnInfo c : index.columns) {
            List<String> words = c.words();
            if (words.size() < 2
                    || !tokens.get(i).forms().contains(words.get(0))
                    || other.forms().contains(words.get(0))
                    || !tailFollows(tokens, i + 3, words)) {
                continue;
            }
            for (ColumnInfo sibling : index.columns) {
                if (sibling != c
                        && sibling.words().size() == words.size()
                        && other.forms().contains(sibling.words().get(0))
                        && sibling.words().subList(1, words.size()).equals(words.subList(1, words.size()))) {
                    return c;
                }
            }
        }
        return null;
    }

    private static boolean tailFollows(List<Token> tokens, int from, List<String> words) {
        if (from + words.size() - 1 > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!tokens.get(from + k - 1).forms().contains(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
