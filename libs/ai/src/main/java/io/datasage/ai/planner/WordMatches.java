package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** Single-word tests of a question word against a column's name words: exact forms, abbreviations, typos, extras. */
final class WordMatches {

    /** Small words that may join the words of one name ("GDP per capita", "Years at Company"). */
    private static final Set<String> LINKS =
            Set.of("of", "per", "to", "at", "in", "for", "the", "a", "an", "on", "from");

    /** Qualifiers that may also come before a name ("net sales", "total amount"); the others only follow it. */
    private static final Set<String> LEADING = Words.set("""
        total net gross actual overall final raw average avg mean sum number count amount value
        """);

    private WordMatches() {}

    /**
     * Whether the run starts and ends with words of {@code c}'s name, in the name's order, with only the name's own
     * small words or prepositions between them.
     */
    static boolean inOrder(List<Token> window, ColumnInfo c) {
        Token first = window.get(0);
        Token last = window.get(window.size() - 1);
        if (!first.isWord() || !last.isWord()) {
            return false;
        }
        int at = -1;
        for (Token t : window) {
            if (t.isSymbol()) {
                return false;
            }
            int k = -1;
            for (int j = at + 1; j < c.words().size() && k < 0; j++) {
                if (t.forms().contains(c.words().get(j))
                        || WordForms.abbreviates(c.words().get(j), t.stem())
                        || WordForms.twoLetterStart(c.words().get(j), t.stem())) {
                    k = j;
                }
            }
            if (k >= 0) {
                at = k;
            } else if (!LINKS.contains(t.word()) || t == first || t == last) {
                return false;
            }
        }
        return true;
    }

    static int abbreviationIndex(Token t, ColumnInfo c, boolean[] hit) {
        if (Lexicon.isKeyword(t.word()) && !distributionWord(t)) {
            // "sort descending" beside ITEM_DESC: a keyword is not what a name's short word abbreviates.
            return -1;
        }
        for (int k = 0; k < c.core().size(); k++) {
            String name = c.core().get(k);
            if (!hit[k] && (WordForms.abbreviates(name, t.stem()) || WordForms.twoLetterStart(name, t.stem()))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Words of spread that also name measures ("deviation" for Dev_mm, "variance" for Var): a name may abbreviate
     * them; not "distribution", whose "Dist (km)" is a distance.
     */
    private static final Set<String> SPREAD_MEASURES = Set.of("deviation", "variance", "variation");

    /** Whether a word is a word of spread that a name may abbreviate ({@link #SPREAD_MEASURES}). */
    static boolean distributionWord(Token t) {
        return SPREAD_MEASURES.contains(t.stem());
    }

    static int exactIndex(Token t, ColumnInfo c, boolean[] hit) {
        List<String> forms = t.forms();
        for (int k = 0; k < c.core().size(); k++) {
            if (hit[k]) {
                continue;
            }
            Set<String> coreForms = c.forms().get(k);
            for (String f : forms) {
                if (coreForms.contains(f)) {
                    return k;
                }
            }
        }
        return -1;
    }

    static int typoIndex(Token t, ColumnInfo c, boolean[] hit, SchemaIndex index, boolean abbreviations) {
        String w = t.word();
        for (int k = 0; k < c.core().size(); k++) {
            String name = c.core().get(k);
            // Two letters abbreviate only inside a longer name ("Sp. Atk" for "special attack").
            // The two-letter table is known abbreviations ("OT" for overtime): read even where the word has synonyms.
            // A word that is a flag's whole name ("refunded" beside Refunded) abbreviates nothing else.
            boolean abbreviated = (!Lexicon.isKeyword(t.word()) || distributionWord(t))
                    && !index.flagNames.contains(t.stem())
                    && ((abbreviations && WordForms.abbreviates(name, t.stem()))
                            || (c.core().size() > 1
                                    && !index.isRowNoun(t.stem())
                                    && WordForms.twoLetterStart(name, t.stem())));
            // "sales" beside Sale Title is not the start of Saleroom: a word other names hold whole is no part of one.
            boolean glued = Words.gluedPart(t.stem(), name) && !index.nameWords.contains(t.stem());
            if (!hit[k] && (glued || abbreviated)) {
                return k;
            }
        }
        if (w.length() < 4
                || Lexicon.isKeyword(w)
                || Synonyms.known(t.stem())
                || index.nameWords.contains(t.stem())
                || index.nameWords.contains(w)
                || w.endsWith("ed") && Words.bases(w).stream().anyMatch(index.nameWords::contains)) {
            // "tested" beside Tester and Test Timestamp is the verb of a name word, not a misspelt "tester".
            return -1;
        }
        for (int k = 0; k < c.core().size(); k++) {
            if (hit[k]) {
                continue;
            }
            String spelled =
                    k < c.spelled().size() ? c.spelled().get(k) : c.core().get(k);
            if (Words.isTypo(w, spelled)
                    || Words.isTypo(w, c.core().get(k))
                    || w.length() >= 6 && c.forms().get(k).stream().anyMatch(f -> Words.isTypo(w, f))
                    || Words.isTypo(t.stem(), c.core().get(k))
                    || Words.sameStem(w, spelled)) {
                return k;
            }
        }
        return -1;
    }

    /** A word a phrase may add around a name without changing what it names: "customer segment", "sales amount". */
    static boolean isExtra(Token t, SchemaIndex index, ColumnInfo target, boolean beforeName) {
        String w = t.stem();
        if (Lexicon.match(List.of(t), 0) != null) {
            return false;
        }
        // "audit score" beside Score (0-5): a word that is another name whole, its scale aside, is that name; but
        // the thing an id names ("audit" for Audit No), before a measure, is whose measure it is.
        for (ColumnInfo other : index.wholeNames.getOrDefault(w, List.of())) {
            boolean entity = beforeName
                    && (w.equals(other.entity())
                            || ColumnRoles.namesNumber(other.words())
                                    && w.equals(other.words().get(0)));
            if (other != target && !entity) {
                return false;
            }
        }
        return (ColumnRoles.QUALIFIERS.contains(w) && (!beforeName || LEADING.contains(w)))
                || (beforeName
                        && (index.entities.containsKey(w)
                                || index.topic.words().contains(w)
                                || index.namedThings.contains(w)));
    }
}
