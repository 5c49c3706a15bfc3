package io.datasage.ai.planner;

import java.util.List;

/**
 * Chart, spread and command words that this file's data uses as names: "candles" in candle batches, "by range" of
 * hampers, "drops" of a milk round.
 */
final class DataWordsNotCues {

    private DataWordsNotCues() {}

    /** Whether no other word of the question asks for a distribution or a histogram. */
    private static boolean onlyDistWord(Lexicon.Hit[] read, int i) {
        for (int j = 0; j < read.length; j++) {
            Lexicon.Hit other = j == i ? null : read[j];
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
    static boolean namesData(Lexicon.Hit[] read, List<Token> tokens, int i, SchemaIndex index) {
        Lexicon.Hit cue = read[i];
        Token t = tokens.get(i);
        if (cue.length() == 1
                && cue.cue() == Cue.REMOVE
                && t.isPlural()
                && index.columns.stream()
                        .anyMatch(c -> !c.words().isEmpty() && c.words().get(0).equals(t.stem()))) {
            // "the most drops" beside drop_date and drop_value_gbp: a plural is no command to drop a filter.
            return true;
        }
        if (cue.cue() == Cue.SERIES
                && t.isPlural()
                && i > 0
                && (tokens.get(i - 1).isNumber()
                        || "top".equals(tokens.get(i - 1).word()))
                && index.columns.stream()
                        .anyMatch(c -> !c.isMeasure() && c.words().contains(t.stem()))) {
            // "top 10 colours by tins sold" beside colourName: the colours ranked, not a colour for each series.
            return true;
        }
        if (cue.length() != 1 || cue.cue() != Cue.CHART && cue.cue() != Cue.DIST) {
            return false;
        }
        if (cue.cue() == Cue.CHART && t.stem().length() >= 5 && index.nameStartsWith(t.stem())) {
            return true;
        }
        if (cue.cue() == Cue.DIST
                && t.isPlural()
                && !(i > 0 && tokens.get(i - 1).isNumber())
                && onlyDistWord(read, i)) {
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
        boolean grouped = ColumnMatcher.GROUPING_WORDS.contains(before.word()) || before.isNumber() && t.isPlural();
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
