package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * A number before a name that several columns share, the columns told apart by a number in their names: "30-day
 * downloads" or "30d downloads" among Downloads_7D and DOWNLOADS_30D names the 30-day column alone.
 */
final class NumberedNames {

    private NumberedNames() {}

    /** Narrows each such name to the columns carrying the number, the number (and its unit) taken into the name. */
    static void pick(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2) {
                continue;
            }
            int first = k - 1;
            if (first >= 0 && unit(parts.get(first))) {
                first--;
            }
            if (first < 0 || parts.get(first).kind != Part.Kind.NUMBER || first == k - 1 && !adjacent(parts, k)) {
                continue;
            }
            String number = parts.get(first).number.raw();
            List<ColumnMatcher.Hit> carrying = new ArrayList<>();
            boolean othersNumbered = false;
            for (ColumnMatcher.Hit h : p.columns) {
                if (h.column().core().contains(number)) {
                    carrying.add(h);
                } else {
                    othersNumbered |= h.column().core().stream().anyMatch(NumberedNames::digits);
                }
            }
            if (carrying.isEmpty() || !othersNumbered) {
                continue;
            }
            Part start = parts.get(first);
            parts.set(
                    first,
                    Part.column(
                            start.start, p.end, Annotator.text(tokens, start.start, p.end - start.start), carrying));
            parts.subList(first + 1, k + 1).clear();
            k = first;
        }
    }

    /** "day", "d", "yr": a unit word between the number and the name. */
    private static boolean unit(Part p) {
        return p.kind == Part.Kind.CUE && p.cue == Cue.UNIT
                || p.kind == Part.Kind.WORD && p.end - p.start == 1 && p.text.length() <= 3;
    }

    /** The number right before the name, nothing between them. */
    private static boolean adjacent(List<Part> parts, int k) {
        return parts.get(k - 1).end == parts.get(k).start;
    }

    private static boolean digits(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }
}
