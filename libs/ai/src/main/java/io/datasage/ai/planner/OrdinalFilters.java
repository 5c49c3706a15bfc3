package io.datasage.ai.planner;

import io.datasage.ai.planner.Part.Kind;
import io.datasage.ai.planner.Question.Filter;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ordinal before a coded or ordinal column as its value: "first class" is Pclass = 1, "third generation"
 * Generation = 3, "first-lactation" Lactation No. = 1.
 */
final class OrdinalFilters {

    private static final Map<String, Integer> ORDINALS =
            Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8);

    /** The endings of ordinals written in digits ("1st", "3rd"), which the tokenizer splits from the number. */
    private static final Set<String> SUFFIXES = Set.of("st", "nd", "rd", "th");

    private final Question q;

    OrdinalFilters(Question q) {
        this.q = q;
    }

    void read() {
        for (int k = 1; k < q.parts.size(); k++) {
            Part p = q.parts.get(k);
            Part prev = q.parts.get(k - 1);
            // "first class", "first-lactation heifers": the ordinal right before the name, a hyphen allowed.
            boolean adjacent = prev.end == p.start
                    || prev.end + 1 == p.start
                            && "-".equals(q.tokens.get(prev.end).raw());
            if (p.kind != Kind.COLUMN
                    || p.used
                    || prev.used
                    || !adjacent
                    || !(p.column().isCode() || p.column().isOrdinal())) {
                continue;
            }
            Integer n = ORDINALS.get(q.tokens.get(prev.end - 1).raw());
            // "on a 3rd attempt": the number, then its ordinal ending.
            Part number = k >= 2 ? q.parts.get(k - 2) : null;
            boolean written = n == null
                    && SUFFIXES.contains(prev.text)
                    && number != null
                    && number.kind == Kind.NUMBER
                    && !number.used
                    && number.end == prev.start
                    && number.number.number() != null
                    && number.number.number() == Math.rint(number.number.number());
            if (written) {
                n = number.number.number().intValue();
            }
            if (n == null || !NumericColumns.contains(p.column(), n)) {
                continue;
            }
            String text = (written ? number.text : "") + prev.text + " " + p.text;
            q.filters.add(new Filter(p.column(), "=", FilterValues.number(n), text, true));
            q.notes.matched(p.quality(), text, p.column().name() + " = " + n);
            p.used = true;
            prev.used = true;
            if (written) {
                number.used = true;
            }
        }
    }
}
