package io.datasage.ai.planner;

import java.util.List;
import java.util.Set;

/** Chart and spread words that this file's data uses as names: "candles" in candle batches, "by range" of hampers. */
final class DataWordsNotCues {

    /** Words after which a noun is what the chart groups by or ranks. */
    private static final Set<String> GROUPING_BEFORE = Set.of("by", "per", "each", "every");

    private DataWordsNotCues() {}

    /** Whether no other word of the question asks for a distribution or a histogram. */
    private static boolean onlyDistWord(List<Token> tokens, int i) {
        for (int j = 0; j < tokens.size(); j++) {
            Lexicon.Hit other = j == i ? null : Lexicon.match(tokens, j);
            if (other != null
                    && (other.cue() == Cue.DIST || other.cue() == Cue.CHART && "histogram".equals(other.arg()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the one-word cue at {@code i} names data instead: a word the file's own name starts with ("candles
     * poured by scent", "cost per candle" in candlebatches), or, after "by" or a ranked number, the noun a category's name ends
     * with ("hampers by range" beside hamperRange, "top 5 ranges").
     */
    static boolean namesData(Lexicon.Hit cue, List<Token> tokens, int i, SchemaIndex index) {
        if (cue.length() != 1 || cue.cue() != Cue.CHART && cue.cue() != Cue.DIST) {
            return false;
        }
        Token t = tokens.get(i);
        if (cue.cue() == Cue.CHART && t.stem().length() >= 5 && index.nameStartsWith(t.stem())) {
            return true;
        }
        if (cue.cue() == Cue.DIST
                && t.isPlural()
                && !(i > 0 && tokens.get(i - 1).isNumber())
                && onlyDistWord(tokens, i)) {
            // "bins vs weight", "avg bins per collection" beside Bins Collected (#): the things a measure counts.
            ColumnInfo counted = SchemaIndex.only(
                    index.columns,
                    c -> c.isMeasure() && !c.core().isEmpty() && c.core().get(0).equals(t.stem()));
            if (counted != null) {
                return true;
            }
        }
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        boolean grouped = GROUPING_BEFORE.contains(before.word()) || before.isNumber() && t.isPlural();
        return grouped
                && SchemaIndex.only(
                                index.columns,
                                c -> !c.isMeasure()
                                        && !c.isTime()
                                        && c.core().size() >= 2
                                        && c.core().get(c.core().size() - 1).equals(t.stem()))
                        != null;
    }
}
