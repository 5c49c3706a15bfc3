package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** A two-word measure said the other way round with a preposition: "weeks on hire" for HIRE_WKS. */
final class ReorderedNames {

    /** Prepositions that join a quantity to what it is of or where it is spent. */
    private static final Set<String> JOINS = Set.of("on", "in", "at", "of");

    private ReorderedNames() {}

    /**
     * "distribution of weeks on hire" beside HIRE_WKS and a STATUS with "On Hire", "hours on site" for SITE_HRS: the
     * words of the one two-word measure, last word first, joined by "on", "in", "at" or "of", name that measure, not
     * a value of a status.
     */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token quantity = tokens.get(i);
            Token thing = tokens.get(i + 2);
            // Not "number of visits" beside Visit Number: a keyword ("number of", "share of") says how to count.
            if (!JOINS.contains(tokens.get(i + 1).word())
                    || !quantity.isWord()
                    || !thing.isWord()
                    || counted(tokens, i)) {
                continue;
            }
            ColumnInfo named = SchemaIndex.only(
                    index.columns,
                    c -> c.isMeasure()
                            && c.core().size() == 2
                            && said(c.core().get(0), thing)
                            && said(c.core().get(1), quantity));
            int first = Parts.covering(parts, i);
            int last = Parts.covering(parts, i + 2);
            if (named == null || first < 0 || last < 0 || parts.get(first).start != i || parts.get(last).end != i + 3) {
                continue;
            }
            String text = Annotator.text(tokens, i, 3);
            parts.subList(first, last + 1).clear();
            parts.add(
                    first, Part.column(i, i + 3, text, List.of(new ColumnMatcher.Hit(named, 3, Quality.EXACT, 0.96))));
            i += 2;
        }
    }

    /** Whether a keyword other than a unit of time opens the phrase ("number of", "share of"; not "weeks"). */
    private static boolean counted(List<Token> tokens, int i) {
        Lexicon.Hit cue = Lexicon.match(tokens, i);
        return cue != null && cue.cue() != Cue.UNIT && cue.cue() != Cue.GRAIN;
    }

    private static boolean said(String nameWord, Token t) {
        return nameWord.equals(t.stem()) || t.forms().contains(nameWord) || WordForms.abbreviates(nameWord, t.stem());
    }
}
