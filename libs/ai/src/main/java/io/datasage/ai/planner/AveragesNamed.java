package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** "average" as the name of the one measure that is an average (threeDartAvg), not an aggregation of nothing. */
final class AveragesNamed {

    /** Words before "average" that make it a thing: "a higher average", "the average". */
    private static final Set<String> THING_BEFORE =
            Set.of("a", "an", "higher", "lower", "better", "worse", "their", "his", "her");

    private AveragesNamed() {}

    /**
     * "box plot of averages by division", "scatter 180s vs avg", "does a higher average mean more legs won" beside
     * threeDartAvg: an average that averages nothing named after it, in the plural or after "a" or a comparative, is
     * the one measure whose name is an average.
     */
    static void read(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo average = SchemaIndex.only(
                index.columns,
                c -> c.isMeasure() && (c.core().contains("average") || c.core().contains("mean")));
        // "median instead of average": an aggregation set against another is one.
        long aggregations = parts.stream().filter(x -> x.is(Cue.AGG)).count();
        if (average == null || aggregations > 1 || parts.stream().anyMatch(x -> x.is(Cue.INSTEAD))) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.AGG) || !"mean".equals(p.arg) || p.end - p.start != 1) {
                continue;
            }
            Part next = Parts.at(parts, k + 1);
            boolean nothingAveraged = next == null
                    || next.isGrouping()
                    || next.is(Cue.VS)
                    || next.is(Cue.SERIES)
                    || next.is(Cue.CHART)
                    || next.is(Cue.AND);
            Token t = tokens.get(p.start);
            boolean thing = t.isPlural()
                    || p.start > 0
                            && THING_BEFORE.contains(tokens.get(p.start - 1).word());
            if (nothingAveraged || thing) {
                parts.set(k, PhraseRewrites.columnAt(tokens, p.start, average, Quality.SYNONYM, 0.85));
            }
        }
    }
}
