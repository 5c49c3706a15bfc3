package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rewrites of the annotated parts where a phrase means more than its words, applied in one order: those about the
 * rows ({@link RowPhrases}), verbs ({@link VerbPhrases}), measures and money ({@link MeasurePhrases}), and names,
 * values and flags ({@link NamePhrases}); with the edits they share.
 */
final class PhraseRewrites {

    private PhraseRewrites() {}

    /** Applies every rewrite, in an order where each sees the parts the earlier ones left. */
    static void apply(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        NamePhrases.parenthesisedNames(parts, tokens);
        RowPhrases.perRowNoun(parts, tokens);
        NamePhrases.grainAdverbs(parts, tokens, index);
        MeasurePhrases.rateInTheName(parts, tokens);
        MeasurePhrases.sideOfTax(parts, tokens, index);
        MeasurePhrases.howLong(parts, tokens, index);
        MeasurePhrases.measuresOfAVerb(parts, tokens, index);
        NamePhrases.colourTheMarksBy(parts);
        RowPhrases.rowsNotOverview(parts, tokens, index);
        RowPhrases.rankedByRows(parts, tokens, index);
        RowPhrases.rankedByMeasures(parts);
        RowPhrases.mostDoneThings(parts, tokens);
        RowPhrases.recordsOf(parts, tokens);
        RowPhrases.valueOfTheRows(parts, tokens, index);
        RowPhrases.doingForDoer(parts, tokens, index);
        NamePhrases.superlativeFirst(parts);
        MeasurePhrases.perUnitSlash(parts, tokens);
        ValuePhrases.valueNamingItsColumn(parts);
        ValuePhrases.fileSubjectNotAValue(parts, tokens, index);
        NamePhrases.pluralNamesItsColumn(parts, tokens, index);
        NamePhrases.kindOfAColumn(parts, tokens);
        NamePhrases.changeOfLooks(parts, tokens);
        NamePhrases.measureWordOfAGrouping(parts, tokens);
        ValuePhrases.numberInAValue(parts, tokens, index);
        ValuePhrases.wordOfOneValue(parts, tokens, index);
        ValuePhrases.prefixOfEveryValue(parts, tokens, index);
        ValuePhrases.firstWordOfSeveralValues(parts, tokens, index);
        ValuePhrases.pluralKeywordThatIsAValue(parts, tokens, index);
        NamePhrases.flagBeforeRows(parts, tokens, index);
        NamePhrases.thingsAFlagDescribes(parts, tokens);
        VerbPhrases.synonymThenParticiple(parts, tokens, index);
        VerbPhrases.participleAfterItsNoun(parts, tokens);
        VerbPhrases.verbOfAMeasure(parts, tokens);
        RowPhrases.oneOfTheRows(parts, tokens, index);
        VerbPhrases.verbOfADate(parts, tokens, index);
        VerbPhrases.distributedAsVerb(parts, tokens);
        MeasurePhrases.measureOfAThing(parts, tokens);
        MeasurePhrases.thingBeforeItsMeasure(parts, tokens);
        ValuePhrases.valueOfAKind(parts, tokens, index);
        MeasurePhrases.flagNounBeforeMeasure(parts, tokens);
        VerbPhrases.agentNotGrouping(parts, tokens);
        MeasurePhrases.timeUnitMeasure(parts, tokens, index);
        VerbPhrases.verbAfterPronoun(parts, tokens);
        NamePhrases.dateOfTheThing(parts, tokens, index);
        MeasurePhrases.moneyOfAThing(parts, tokens, index);
        MeasurePhrases.amountOfAThing(parts, tokens, index);
        MeasurePhrases.moneyNounAfterMoney(parts, tokens);
        NamePhrases.byNameWord(parts, tokens, index);
        NamePhrases.toOverFrom(parts, tokens);
        NamePhrases.chartWordOfAName(parts, tokens);
        NamePhrases.stateOfAFlag(parts);
        ValuePhrases.colourOfAValue(parts, tokens, index);
        ValuePhrases.abbreviatedValuesCompared(parts, tokens, index);
        NamePhrases.timeWordOfAName(parts, tokens);
        ValuePhrases.rowsOfAParticipleValue(parts, tokens, index);
        ValuePhrases.alternativesOfAValue(parts, tokens, index);
        RowPhrases.theSubjectItself(parts, tokens, index);
        RowPhrases.doersOfTheRows(parts, tokens, index);
    }

    /** The one column of the schema that passes {@code test}, or null when none or several do. */
    static ColumnInfo onlyColumn(SchemaIndex index, Predicate<ColumnInfo> test) {
        return SchemaIndex.only(index.columns, test);
    }

    /** The part read as a plain word, naming no column, value or keyword. */
    static Part asWord(Part p, List<Token> tokens) {
        return Part.word(p.start, tokens.get(p.start).raw());
    }

    /** The token at {@code i} as a plain word already understood (part of a phrase read elsewhere): no note for it. */
    static Part understoodWord(int i, List<Token> tokens) {
        Part word = Part.word(i, tokens.get(i).raw());
        word.used = true;
        return word;
    }

    /**
     * Parts {@code k} to {@code last} read as one name of {@code column} ("units picked", "ticket revenue", "price
     * per kg"), their words joined by spaces.
     */
    static void joinAsColumn(List<Part> parts, int k, int last, ColumnInfo column, Quality quality, double score) {
        Part first = parts.get(k);
        Part end = parts.get(last);
        StringBuilder text = new StringBuilder(first.text);
        for (int j = k + 1; j <= last; j++) {
            text.append(' ').append(parts.get(j).text);
        }
        ColumnMatcher.Hit hit = new ColumnMatcher.Hit(column, end.end - first.start, quality, score);
        parts.set(k, Part.column(first.start, end.end, text.toString(), List.of(hit)));
        parts.subList(k + 1, last + 1).clear();
    }

    /** A column read from the one token at {@code at}, where the parser read nothing. */
    static Part columnAt(List<Token> tokens, int at, ColumnInfo column, Quality quality, double score) {
        return Part.column(at, at + 1, tokens.get(at).raw(), List.of(new ColumnMatcher.Hit(column, 1, quality, score)));
    }

    /** The column part {@code p} with {@code hit}, one of its hits, read first. */
    static Part withFirst(Part p, ColumnMatcher.Hit hit) {
        List<ColumnMatcher.Hit> hits = new ArrayList<>(p.columns);
        hits.remove(hit);
        hits.add(0, hit);
        return Part.column(p.start, p.end, p.text, hits);
    }

    /** One column part over two neighbouring parts' words, from the first's start to the last's end. */
    static Part spanning(Part first, Part last, ColumnInfo column, Quality quality, double score) {
        return Part.column(
                first.start,
                last.end,
                first.text + " " + last.text,
                List.of(new ColumnMatcher.Hit(column, last.end - first.start, quality, score)));
    }

    /** The part read as naming {@code column}, over all its words. */
    static Part asColumn(Part p, ColumnInfo column, Quality quality, double score) {
        return Part.column(
                p.start, p.end, p.text, List.of(new ColumnMatcher.Hit(column, p.end - p.start, quality, score)));
    }
}
