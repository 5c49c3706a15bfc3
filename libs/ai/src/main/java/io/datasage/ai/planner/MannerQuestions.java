package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/**
 * "how do people pay us", "how do clients pay": how the rows' people do something is the share of each way of doing
 * it, the one category named after the deed and its manner (PAID_BY, PAY_METHOD), as a pie.
 */
final class MannerQuestions {

    /** Words of a category's name that say it records the way something was done. */
    private static final Set<String> MANNER_WORDS = Set.of("by", "method", "type", "mode", "means", "channel", "how");

    /** Words after the deed that only say to whom it was done ("pay us"). */
    private static final Set<String> OBJECTS = Set.of("us", "you", "them", "it", "me");

    private MannerQuestions() {}

    /** Reads the question as the share of each way, when it asks how someone does one thing a category records. */
    static void apply(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (parts.size() < 2
                || !parts.get(0).is(Cue.COMPARE)
                || !parts.get(0).text.startsWith("how ")) {
            return;
        }
        // "how do people pay me? pie chart": the chart named after the question is drawn as asked.
        int last = parts.size() - 1;
        while (last > 1 && parts.get(last).is(Cue.CHART)) {
            last--;
        }
        boolean charted = last < parts.size() - 1;
        int tail = charted ? parts.get(last + 1).start : tokens.size();
        Part deed = parts.get(last);
        if (deed.end - deed.start != 1 || deed.kind != Part.Kind.WORD && deed.kind != Part.Kind.COLUMN) {
            return;
        }
        for (int i = deed.end; i < tail; i++) {
            if (!OBJECTS.contains(tokens.get(i).word())
                    && !"?".equals(tokens.get(i).raw())) {
                return;
            }
        }
        for (int k = 1; k < last; k++) {
            Part p = parts.get(k);
            // Only who does it may stand between "how do" and the deed: "people", "clients".
            if (p.end - p.start != 1
                    || !tokens.get(p.start).isPlural()
                    || p.kind != Part.Kind.WORD && p.kind != Part.Kind.COLUMN) {
                return;
            }
        }
        String verb = tokens.get(deed.start).word();
        ColumnInfo way = SchemaIndex.only(
                index.columns,
                c -> c.role() == ColumnRole.CATEGORY
                        && c.words().size() == 2
                        && MANNER_WORDS.contains(c.words().get(1))
                        && doneBy(c.words().get(0), verb));
        if (way == null) {
            return;
        }
        Part how = parts.get(0);
        parts.set(last, PhraseRewrites.columnAt(tokens, deed.start, way, Quality.SYNONYM, 0.9));
        for (int k = 1; k < last; k++) {
            parts.set(k, PhraseRewrites.understoodWord(parts.get(k).start, tokens));
        }
        parts.set(
                0,
                charted
                        ? PhraseRewrites.understoodWord(how.start, tokens)
                        : Part.cue(how.start, how.end, how.text, Cue.CHART, "pie"));
    }

    /** Whether a name's first word is the verb's deed: "pay" or "paid" for "pay", "delivery" for "deliver". */
    private static boolean doneBy(String nameWord, String verb) {
        return nameWord.equals(verb)
                || nameWord.startsWith(verb) && nameWord.length() <= verb.length() + 4
                || Words.bases(nameWord).contains(verb)
                || verb.equals(Words.IRREGULAR_BASES.get(nameWord));
    }
}
