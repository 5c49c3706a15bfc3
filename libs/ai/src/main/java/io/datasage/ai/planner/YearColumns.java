package io.datasage.ai.planner;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wide exports keep one column per year ("2022 Population", "1990 Population", "Sales 2023"): a year in the question
 * picks the column of that year among the ones its words name, and "use 1970 instead" swaps a chart's column for its
 * sibling of that year.
 */
final class YearColumns {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");

    private YearColumns() {}

    /** The year a question's number part says (1800-2099), or null. */
    static String year(Part p) {
        if (p.kind != Part.Kind.NUMBER && p.kind != Part.Kind.DATE) {
            return null;
        }
        Matcher m = YEAR.matcher(p.text);
        return m.matches() ? m.group(1) : null;
    }

    /** The year in a column's name, or null. */
    static String yearOf(ColumnInfo c) {
        Matcher m = YEAR.matcher(c.name());
        return m.find() ? m.group(1) : null;
    }

    /**
     * Replaces a name part and a year part with the column of that year the name's words belong to ("world
     * population in 2022": 2022 Population), when the data has columns for several years.
     */
    static void pick(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int y = 0; y < parts.size(); y++) {
            String year = year(parts.get(y));
            if (year == null) {
                continue;
            }
            for (int k = 0; k < parts.size(); k++) {
                Part p = parts.get(k);
                if (p.kind != Part.Kind.COLUMN) {
                    continue;
                }
                ColumnInfo of = ofYear(p, tokens, index, year);
                if (of != null) {
                    parts.set(
                            k,
                            Part.column(
                                    p.start,
                                    p.end,
                                    p.text,
                                    List.of(new ColumnMatcher.Hit(of, p.end - p.start, Quality.EXACT, 1.0))));
                    parts.remove(y);
                    return;
                }
            }
        }
    }

    private static ColumnInfo ofYear(Part p, List<Token> tokens, SchemaIndex index, String year) {
        int years = 0;
        ColumnInfo found = null;
        for (ColumnInfo c : index.columns) {
            String y = yearOf(c);
            if (y == null) {
                continue;
            }
            years++;
            if (y.equals(year) && sharesWord(p, tokens, c)) {
                found = c;
            }
        }
        return years >= 2 ? found : null;
    }

    private static boolean sharesWord(Part p, List<Token> tokens, ColumnInfo c) {
        for (int t = p.start; t < p.end; t++) {
            Token token = tokens.get(t);
            if (token.isWord()
                    && !Words.STOPWORDS.contains(token.word())
                    && c.words().contains(token.stem())) {
                return true;
            }
        }
        return false;
    }

    /** The column named like {@code c} for {@code year} ("1970 Population" for "2022 Population"), or null. */
    static ColumnInfo sibling(ColumnInfo c, String year, SchemaIndex index) {
        String own = c == null ? null : yearOf(c);
        if (own == null || own.equals(year)) {
            return null;
        }
        return index.column(c.name().replace(own, year));
    }
}
