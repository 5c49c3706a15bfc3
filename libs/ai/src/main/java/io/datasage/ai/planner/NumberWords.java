package io.datasage.ai.planner;

import java.util.List;
import java.util.Map;

/** Numbers written in words ("top five", "twenty five", "two hundred") and multiplier words ("3 million"). */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fourty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("dozen", 12));

    private static final Map<String, Double> MULTIPLIERS = Map.of(
            "hundred",
            100.0,
            "thousand",
            1_000.0,
            "k",
            1_000.0,
            "grand",
            1_000.0,
            "million",
            1_000_000.0,
            "mn",
            1_000_000.0,
            "mil",
            1_000_000.0,
            "billion",
            1_000_000_000.0,
            "bn",
            1_000_000_000.0);

    private NumberWords() {}

    /** The multiplier a word stands for ("thousand" -> 1000), or null. */
    static Double multiplier(String word) {
        return MULTIPLIERS.get(word);
    }

    /** Whether the word starts a number in words. */
    static boolean startsNumber(String word) {
        return SMALL.containsKey(word);
    }

    /**
     * Reads a number in words starting at {@code from}. Returns {value, tokens consumed}, or null when the tokens there
     * are not a number. "one" alone is not read as a number: it is nearly always a pronoun ("which one").
     */
    static double[] read(List<Token> tokens, int from) {
        double total = 0;
        double current = 0;
        int i = from;
        boolean any = false;
        while (i < tokens.size()) {
            String w = tokens.get(i).raw();
            Integer small = SMALL.get(w);
            if (small != null && !"dozen".equals(w)) {
                current += small;
                any = true;
                i++;
                if (small >= 20
                        && i < tokens.size()
                        && "-".equals(tokens.get(i).raw())
                        && i + 1 < tokens.size()
                        && SMALL.containsKey(tokens.get(i + 1).raw())) {
                    i++;
                }
                continue;
            }
            if ("dozen".equals(w)) {
                current = (current == 0 ? 1 : current) * 12;
                any = true;
                i++;
                continue;
            }
            if (any && ("hundred".equals(w))) {
                current *= 100;
                i++;
                continue;
            }
            if (any && ("thousand".equals(w) || "million".equals(w) || "billion".equals(w))) {
                total += current * MULTIPLIERS.get(w);
                current = 0;
                i++;
                continue;
            }
            if (any
                    && "and".equals(w)
                    && i + 1 < tokens.size()
                    && SMALL.containsKey(tokens.get(i + 1).raw())
                    && i > from
                    && "hundred".equals(tokens.get(i - 1).raw())) {
                i++;
                continue;
            }
            break;
        }
        if (!any) {
            return null;
        }
        int used = i - from;
        if (used == 1 && "one".equals(tokens.get(from).raw())) {
            return null;
        }
        return new double[] {total + current, used};
    }
}
