package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns tokens into {@link Part}s: every reading of every run of words (column, value, keyword, date, number) is
 * proposed, then the longest and best readings are kept without overlap. Words nothing explains are offered to
 * the keyword typo check and then to the semantic matcher.
 */
final class Annotator {

    /** Nouns that mean "rows" when no column names them ("how many cars", "number of records"). */
    static final Set<String> ROW_NOUNS = Words.set("""
        row record entry observation line case instance sample reading measurement event response submission car
        vehicle model people person user member patient student thing datapoint point item answer visit ticket call
        transaction order employee customer respondent hire unit listing home house property product campaign device
        sensor trip booking session flight stay admission visit deal opportunity lead prospect
        """);

    /** Words after which a value is a state of the rows ("tickets that are still open"). */
    static final Set<String> COPULAS =
            Set.of("is", "are", "was", "were", "still", "currently", "being", "been", "be", "now");

    /** A reading of {@code length} words; {@code typedName} when the user typed a column's own identifier. */
    private record Candidate(int start, int length, int priority, Part part, boolean typedName) {

        Candidate(int start, int length, int priority, Part part) {
            this(start, length, priority, part, false);
        }

        /** Typed identifiers ("total_amount") first, then longer readings. */
        int weight() {
            return typedName ? length + 100 : length;
        }
    }

    private Annotator() {}

    static List<Part> annotate(
            List<Token> tokens, SchemaIndex index, SemanticColumnMatcher semantic, double threshold) {
        List<Candidate> candidates = new ArrayList<>();
        Lexicon.Hit[] cues = new Lexicon.Hit[tokens.size()];
        boolean[] keywords = new boolean[tokens.size()];
        // Keywords a rule below read as data: not to be found again as misspellings of themselves.
        boolean[] dataWords = new boolean[tokens.size()];
        // Every keyword as the lexicon reads it, matched once: the rules below look at other words' too.
        Lexicon.Hit[] read = new Lexicon.Hit[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            read[i] = Lexicon.match(tokens, i);
        }
        for (int i = 0; i < tokens.size(); i++) {
            cues[i] = read[i];
            dataWords[i] = cues[i] != null;
            if (cues[i] != null && abbreviatedDistribution(cues[i], tokens.get(i), index)) {
                cues[i] = null;
            }
            if (cues[i] != null && seriesNamed(cues[i], tokens, i, index)) {
                cues[i] = null;
            }
            if (cues[i] != null && namedThings(cues[i], tokens, i, index)) {
                cues[i] = null;
            }
            if (cues[i] != null && DataWordsNotCues.namesData(read, tokens, i, index)) {
                cues[i] = null;
            }
            if (cues[i] != null && colourValue(cues[i], tokens, i, index)) {
                cues[i] = null;
            }
            if (cues[i] != null && (ownRate(cues[i], index) || averagedRate(cues, i, index))) {
                cues[i] = null;
            }
            if (cues[i] != null && linesOfSomething(cues[i], tokens, i)) {
                cues[i] = null;
            }
            keywords[i] = cues[i] != null;
            dataWords[i] &= cues[i] == null;
        }
        for (int i = 0; i < tokens.size(); i++) {
            propose(tokens, i, index, candidates, cues, keywords);
        }
        candidates.sort(Comparator.comparingInt(Candidate::weight)
                .reversed()
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
                .thenComparingInt(Candidate::start));
        Part[] at = new Part[tokens.size()];
        for (Candidate c : candidates) {
            boolean free = true;
            for (int k = c.start(); k < c.start() + c.length(); k++) {
                free &= at[k] == null;
            }
            if (free) {
                for (int k = c.start(); k < c.start() + c.length(); k++) {
                    at[k] = c.part();
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (at[i] != null) {
                if (parts.isEmpty() || parts.get(parts.size() - 1) != at[i]) {
                    parts.add(at[i]);
                }
                continue;
            }
            Token t = tokens.get(i);
            boolean filler = Words.FILLERS_UNLESS_NAMED.contains(t.word()) && !index.nameWords.contains(t.stem());
            // "sold lots" where each row is a lot: a small word that is also what the rows' own id names is that noun.
            if (t.isWord()
                    && (!Words.STOPWORDS.contains(t.word())
                            || index.namesRowIds(t)
                                    && !(i + 1 < tokens.size()
                                            && "of".equals(tokens.get(i + 1).word())))
                    && !filler
                    && !t.raw().isEmpty()) {
                // "mastitis cases" is not a misspelt "causes": a word naming rows is a word; nor is "charged" a
                // misspelt "changed": a verb of the business vocabulary is that verb.
                boolean known = ROW_NOUNS.contains(t.stem())
                        || dataWords[i]
                        || Words.isParticiple(t.word())
                                && Words.bases(t.word()).stream().anyMatch(Synonyms::known);
                Lexicon.Hit typo = known ? null : Lexicon.typo(t.word());
                parts.add(typo != null ? Part.cue(i, i + 1, t.raw(), typo.cue(), typo.arg()) : Part.word(i, t.raw()));
            }
        }
        presentStates(parts, tokens, index);
        noShows(parts, tokens, index);
        thingsPerPeriod(parts, tokens);
        nonFlags(parts, tokens, index);
        paidBy(parts, tokens, index);
        linedThings(parts, tokens);
        agentsAsked(parts, tokens, index);
        PhraseRewrites.apply(parts, tokens, index);
        quantityNamed(parts, tokens, index);
        verbsOfNamedAmounts(parts, tokens);
        chartWordsNamingColumns(parts, tokens, index);
        daysOfTheWeek(parts, tokens, index);
        kindsBeforeAmounts(parts, tokens);
        areasByUnit(parts, tokens, index);
        lengthsInTheirUnit(parts, tokens);
        flagsByTheirStem(parts, tokens, index);
        amountsBeforeComparisons(parts, tokens, index);
        Initialisms.spelledNames(parts, tokens, index);
        Initialisms.initialledNames(parts, tokens, index);
        Initialisms.initialledWords(parts, tokens, index);
        Initialisms.subjectInitials(parts, tokens, index);
        Initialisms.initialledMetrics(parts, tokens, index);
        Initialisms.shortenedInitials(parts, tokens, index);
        echoedNameWords(parts);
        FlagWords.describedLines(parts, tokens);
        FlagWords.thingsWithoutTheirSubset(parts, tokens);
        FlagWords.describedThings(parts, tokens);
        FlagWords.splitAroundNot(parts);
        valueWordsInNames(parts, tokens, index);
        YearColumns.pick(parts, tokens, index);
        NumberedNames.pick(parts, tokens);
        unitsAfterNames(parts, tokens);
        wholeYesNoNames(parts);
        FlagWords.splitFlagNames(parts, tokens);
        FlagWords.oppositeSides(parts, tokens);
        FlagWords.outOfFlags(parts, tokens);
        FlagWords.groupedFlagNames(parts, tokens, index);
        hourColumns(parts, tokens, index);
        grainAdverbsOfNumbers(parts, tokens, index);
        RowWords.hoursMeasures(parts, tokens, index);
        RowWords.rowGrainWords(parts, tokens);
        RowWords.listedRows(parts, tokens);
        RowWords.datedParticiples(parts, tokens, index);
        RowWords.datesOfAnEvent(parts, tokens, index);
        RowWords.thingsDoneOverTime(parts, tokens, index);
        RowWords.deedsOverTime(parts, tokens, index);
        RowWords.thingsOfAYear(parts, tokens);
        RowWords.grainsOfNamedDates(parts, tokens, index);
        RowWords.thingsByTheirKind(parts, tokens);
        RowWords.splitKindNames(parts, tokens);
        RowWords.kindsOfAThing(parts, tokens);
        RowWords.idsDescribingCountedThings(parts, tokens, index);
        RowWords.rowsNamedByTheirId(parts, tokens, index);
        RowWords.thingsNotTheirNumbers(parts, tokens);
        RowWords.namedCueWords(parts, tokens, index);
        RowWords.namesTypedApart(parts, tokens, index);
        RowWords.totalledCompounds(parts, tokens);
        RowWords.subjectKinds(parts, tokens, index);
        RowWords.countedThenVerb(parts, tokens, index);
        RowWords.countedVerbs(parts, tokens);
        RowWords.thingsSold(parts, tokens, index);
        RowWords.thingsDone(parts, tokens);
        RowWords.countedNames(parts, tokens);
        RowWords.labelledThings(parts, tokens, index);
        RowWords.readingsOfLongTables(parts, tokens, index);
        RowWords.distinctDays(parts, tokens, index);
        RowWords.actionsOfAgents(parts, tokens);
        RowWords.talliesOfKinds(parts, tokens, index);
        RowWords.runningNumberNouns(parts, tokens, index);
        RowWords.perRowBeforeGrouping(parts, tokens);
        RowWords.pluralsOfKindsCounted(parts, tokens);
        RowWords.uniqueEntities(parts, tokens, index);
        RowWords.entityValuesBeforeMeasures(parts, tokens, index);
        RowWords.rowThingsBeforeMeasures(parts, tokens, index);
        RowWords.indefiniteNames(parts, tokens);
        allRows(parts, tokens, index);
        extremesInNames(parts);
        NameNeighbours.denominatorsBeforeNames(parts, tokens);
        NameNeighbours.sharedNames(parts, tokens);
        NameNeighbours.sideWords(parts, tokens);
        NameNeighbours.sideInitials(parts, tokens);
        NameNeighbours.flagAgainstItsOtherSide(parts, tokens);
        NameNeighbours.elidedSiblings(parts, tokens, index);
        NameNeighbours.elidedAfterVersus(parts, tokens, index);
        NameNeighbours.unreadAfterVersus(parts, tokens, index);
        NameNeighbours.currentAndPrevious(parts, tokens, index);
        NameNeighbours.moneyStates(parts, tokens);
        NameNeighbours.statesAfterMoney(parts, tokens);
        NameNeighbours.moneySigns(parts, tokens, index);
        NameNeighbours.thingsBeforeParticiples(parts, tokens, index);
        NameNeighbours.amountsOfNames(parts, tokens, index);
        NameNeighbours.valueOfThings(parts, tokens, index);
        NameNeighbours.chargesOfValues(parts, tokens, index);
        NameNeighbours.takingsOfNames(parts, tokens, index);
        NameNeighbours.moneyAggregated(parts, tokens, index);
        NameNeighbours.firstWordsOfGroupings(parts, tokens, index);
        VerbPhrases.thingsTheCountedHave(parts, tokens);
        NameNeighbours.qualifiedSynonyms(parts, tokens, index);
        NameNeighbours.keywordsGroupedBy(parts, tokens, index);
        NameNeighbours.unreadWordsGroupedBy(parts, tokens, index);
        NameNeighbours.unreadWordsRanked(parts, tokens, index);
        RowWords.rankedByThingsOf(parts, tokens);
        NameNeighbours.grainsBeforeKinds(parts, tokens, index);
        NameNeighbours.valuesBeginningGroupings(parts, tokens);
        NameNeighbours.incomeWithoutPay(parts, tokens, index);
        NameNeighbours.quantitiesByTheirUnit(parts, tokens, index);
        NameNeighbours.valuesOfRows(parts, tokens, index);
        NameNeighbours.datesBeforeNames(parts, tokens);
        NameNeighbours.versionsBeforeSynonyms(parts, tokens);
        NameNeighbours.totalsInNames(parts);
        NameNeighbours.totalOfParts(parts, tokens, index);
        NameNeighbours.participlesAfterMeasures(parts, tokens);
        RowWords.activityValues(parts, tokens);
        aggregateWordsBeforeNames(parts, tokens);
        aggregatedValueWords(parts, tokens, index);
        spansAfterDurations(parts);
        unitsOfMetrics(parts, tokens, index);
        topicWordsBeginningValues(parts, tokens, index);
        agentsEach(parts, tokens);
        participlesClosingCounts(parts, tokens);
        participlesOfRows(parts, tokens, index);
        shortenedDurations(parts, tokens, index);
        timesOfRows(parts, tokens, index);
        timesOfActivities(parts, tokens, index);
        valuesAroundSmallWords(parts, tokens, index);
        negatedFlags(parts, tokens, index);
        oppositeFlags(parts, tokens, index);
        FlagWords.firstTimers(parts, tokens, index);
        FlagWords.noBeforeFlags(parts, tokens);
        FlagWords.sidesInFlagNames(parts, tokens, index);
        areaCharts(parts, tokens);
        volumesCounted(parts, tokens);
        itemsHandedOver(parts, tokens, index);
        leadTimes(parts, tokens, index);
        unitsOverNumberedPeriods(parts, tokens, index);
        eventsCounted(parts, tokens);
        perRowThing(parts, tokens, index);
        valuesCutShort(parts, tokens, index);
        valuesWrittenOut(parts, tokens, index);
        listedParticiples(parts, tokens);
        topicBesideMeasures(parts, tokens, index);
        countedNouns(parts, tokens, index);
        chartsAsked(parts, tokens);
        unitsOfComparedNumbers(parts, tokens);
        RowWords.sharedNumbersGrouped(parts, tokens, index);
        rowsOfThingsAndTimes(parts, tokens);
        percentagesAggregated(parts, tokens, index);
        numberedPeriods(parts, tokens, index);
        modifiedGroupings(parts, tokens);
        compoundRowNouns(parts, tokens, index);
        namedDays(parts, tokens, index);
        measuresNotCauses(parts, tokens, index);
        numberedValues(parts, tokens);
        flagsNamedWhole(parts, tokens);
        lineAmounts(parts, tokens, index);
        moneyNounsAfterMeasures(parts, tokens);
        perRowOfTheFile(parts, tokens, index);
        datesOfParticiples(parts, tokens, index);
        linesCounted(parts, tokens);
        RestatedWords.read(parts, tokens);
        rowsNamedByTheFile(parts, tokens, index);
        SpentOnThings.verbs(parts, tokens);
        commonKinds(parts);
        ThingsSold.read(parts, tokens, index);
        MannerQuestions.apply(parts, tokens, index);
        RowPhrases.sharedModifiers(parts, tokens);
        RowPhrases.measureWordsNotValues(parts, tokens);
        RowPhrases.rankedThingsByTheirColumn(parts, tokens, index);
        VerbPhrases.passiveAfterGet(parts, tokens);
        RowPhrases.singleAfterSuperlative(parts, tokens);
        RowPhrases.statesNotParticipleDates(parts, tokens, index);
        totalCollected(parts, tokens, index);
        RowPhrases.eventsDatedByName(parts, index);
        VerbPhrases.perfectVerbsNotValues(parts, tokens);
        RowPhrases.distinctByFinestColumn(parts);
        scalesOutOf(parts, tokens);
        hoursOfDay(parts, tokens);
        measureWordsQualified(parts, tokens);
        periodicAmounts(parts, tokens);
        timesOfActions(parts, tokens, index);
        kindWordsBeforeMeasures(parts, tokens);
        placeWordsBeforeMeasures(parts, tokens);
        timeOnPlace(parts, tokens, index);
        countedNotFlagged(parts, tokens);
        headsOfFlags(parts, tokens);
        SymbolTwins.read(parts, tokens);
        QuantityParticiples.read(parts, tokens, index);
        ExcludedTaxes.read(parts, tokens, index);
        IncludedAmounts.read(parts, tokens);
        ReorderedNames.read(parts, tokens, index);
        NameWordsNotValues.read(parts, tokens, index);
        nounsOfValueDeeds(parts, tokens);
        holdersOfFlags(parts, tokens);
        FlagSeries.namedAfterWhether(parts, tokens, index);
        FlagWords.possessedFlags(parts, tokens);
        byFlaggedRows(parts, tokens);
        namesOpeningWithNot(parts, tokens);
        meanAsVerb(parts, tokens);
        AveragesNamed.read(parts, tokens, index);
        WhoRanked.read(parts, tokens, index);
        lengthsCompared(parts, tokens, index);
        perLine(parts, tokens);
        quantitiesNamed(parts, tokens);
        withAndWithout(parts, tokens, index);
        moneyCollected(parts, tokens, index);
        flagAgainstItsAbsence(parts, tokens);
        valuesSetAgainstEachOther(parts, tokens, index);
        onlyValues(parts, tokens, index);
        rowsNamedAsTheFile(parts, tokens, index);
        namesOverCodes(parts);
        literalOverSynonym(parts, tokens);
        datesByRoot(parts, tokens, index);
        distinctByTheirId(parts, tokens);
        peopleCounted(parts, tokens, index);
        yearsPooled(parts, tokens);
        averagesPerRowThenBy(parts, tokens, index);
        averageTickets(parts, tokens, index);
        peopleRanked(parts, tokens, index);
        periodsOfAggregatedThings(parts, tokens);
        moneyAfterVersus(parts, tokens, index);
        moneyPaidOut(parts, tokens, index);
        visitorsAddedUp(parts, tokens, index);
        CountedPhrases.countAddedUp(parts, tokens, index);
        CountedPhrases.thingsDoneCounted(parts, tokens, index);
        CountedPhrases.perHeadIsAUnit(parts, tokens);
        DeedPhrases.dateTheyWere(parts, tokens, index);
        DeedPhrases.doneToTheMeasure(parts, tokens);
        CountedPhrases.ownerBeforeItsMeasure(parts, tokens);
        DeedPhrases.whoDidIt(parts, tokens, index);
        DeedPhrases.deedDatedInTime(parts, tokens, index);
        CountedPhrases.listedNotCounted(parts, tokens);
        CountedPhrases.wordsOfTheLines(parts, tokens);
        CountedPhrases.unitsCounted(parts, tokens);
        CountedPhrases.howMuchOfTheThing(parts, tokens);
        nounsOfStates(parts, tokens, index);
        whetherFlags(parts, tokens);
        MeasurePhrases.moneyFromAMeasure(parts, tokens);
        ValuePhrases.valueWordsApart(parts, tokens, index);
        ValuePhrases.verbOfAValue(parts, tokens, index);
        ValuePhrases.valuesOverIds(parts, tokens, index);
        ValuePhrases.kindsGroupedByName(parts, tokens, index);
        ValuePhrases.rankedThingsNotValues(parts, tokens, index);
        askedThenPlotted(parts, tokens);
        if (semantic != null) {
            SemanticLookup.resolve(parts, tokens, index.schema, semantic, threshold);
        }
        return parts;
    }

    /**
     * "how many current tenancies" beside a Tenancy Status holding Current: a word for the present that is not
     * followed by a period ("current month") and is a value of one column is that value.
     */
    private static void presentStates(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int next = p.end;
            if (!p.is(Cue.THIS)
                    || p.end - p.start != 1
                    || next < tokens.size()
                            && SchemaIndex.TIME_WORDS.contains(tokens.get(next).stem())) {
                continue;
            }
            asOneCategoryValue(parts, k, tokens, index);
        }
    }

    /**
     * "where the wait was over 120 mins" beside WAIT_MINS and JOURNEY_MINS: a unit right after the number a measure is
     * compared with is that number's unit, not another measure carrying it.
     */
    private static void unitsOfComparedNumbers(List<Part> parts, List<Token> tokens) {
        for (int k = 3; k < parts.size(); k++) {
            Part unit = parts.get(k);
            Part number = parts.get(k - 1);
            boolean compared = parts.get(k - 2).is(Cue.CMP)
                    && parts.get(k - 3).kind == Part.Kind.COLUMN
                    && parts.get(k - 3).column().isMeasure();
            if (compared
                    && number.kind == Part.Kind.NUMBER
                    && unit.kind == Part.Kind.COLUMN
                    && unit.end - unit.start == 1
                    && unit.start == number.end
                    && unit.column() != parts.get(k - 3).column()
                    && unitWord(tokens.get(unit.start))) {
                parts.set(k, PhraseRewrites.asWord(unit, tokens));
            }
        }
    }

    /** Whether a word is a unit, of time written short ("mins", "hrs") or of anything else ("kg"). */
    private static boolean unitWord(Token t) {
        return ColumnMatcher.namesUnit(t)
                || Words.TIME_UNITS.contains(t.stem())
                || TIME_UNIT_LETTERS.contains(t.word());
    }

    /**
     * "show as a line", "make it lines" beside Line Amt and line_no: a chart's word right after asking to redraw is that
     * chart, whatever names it also begins.
     */
    private static void chartsAsked(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD || !parts.get(k - 1).is(Cue.MAKEIT)) {
                continue;
            }
            Lexicon.Hit chart = Lexicon.match(tokens, p.start);
            if (chart != null && chart.cue() == Cue.CHART && chart.length() == 1) {
                parts.set(k, Part.cue(p.start, p.end, p.text, Cue.CHART, chart.arg()));
            }
        }
    }

    /** Words that open a clause picking out rows ("lines where", "lines with"). */
    private static final Set<String> ROW_CLAUSES = Set.of("where", "with", "that", "which", "whose");

    /**
     * "gross per statement line", "list statement lines", "avg gross per line": lines of a statement, an order or an
     * invoice, after a noun or "per" or before a clause, are what the rows are, not a line chart ("one line per", "a
     * line for each", "trend line" still are).
     */
    /** Words before "of" that count or share out what follows ("share of lines"). */
    private static final Set<String> COUNTED_OF = Set.of("share", "number", "count", "percentage", "proportion");

    /** Words that compare what comes before them with a number ("lines over £100"). */
    private static final Set<String> COMPARED_BY = Set.of("over", "under", "above", "below");

    /** "show all lines over £100 gross": lines compared with a number are rows picked out by it, not a chart. */
    private static boolean comparedAfter(List<Token> tokens, int i) {
        return "lines".equals(tokens.get(i).word())
                && i + 2 < tokens.size()
                && COMPARED_BY.contains(tokens.get(i + 1).word())
                && tokens.get(i + 2).isNumber();
    }

    static boolean linesOfSomething(Lexicon.Hit cue, List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        if (cue.cue() != Cue.CHART || cue.length() != 1 || !("line".equals(w) || "lines".equals(w))) {
            return false;
        }
        if (i == 0) {
            // "lines where grout was added", "lines over 20m3": lines that a clause or a number picks out are rows.
            return "lines".equals(w)
                    && i + 1 < tokens.size()
                    && (ROW_CLAUSES.contains(tokens.get(i + 1).word()) || comparedAfter(tokens, i));
        }
        if (comparedAfter(tokens, i)) {
            return true;
        }
        Token before = tokens.get(i - 1);
        String b = before.word();
        if ("per".equals(b) || "each".equals(b) || "every".equals(b)) {
            return true;
        }
        // "share of lines by courier", "number of lines", "how many lines": lines counted are rows.
        if ("lines".equals(w)
                && ("many".equals(b)
                        || "of".equals(b)
                                && i >= 2
                                && COUNTED_OF.contains(tokens.get(i - 2).word()))) {
            return true;
        }
        // "till lines": "till" before a plural is the till, not "until" (see Lexicon).
        return before.isWord()
                && !Words.STOPWORDS.contains(b)
                && Lexicon.match(tokens, i - 1) == null
                && (!Lexicon.isKeyword(b) || "till".equals(b));
    }

    /**
     * "group by who reported it" beside Reported By, "incidents by who logged them" beside Logged By: "who" and a
     * participle name the column of the people who did it.
     */
    private static void agentsAsked(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part who = parts.get(k);
            Part done = parts.get(k + 1);
            if (!who.is(Cue.WHICH) || !"who".equals(who.text) || done.end - done.start != 1 || done.start != who.end) {
                continue;
            }
            String verb = tokens.get(done.start).word();
            for (ColumnInfo c : index.columns) {
                List<String> w = c.words();
                if (w.size() == 2 && "by".equals(w.get(1)) && w.get(0).equals(verb)) {
                    PhraseRewrites.joinAsColumn(parts, k, k + 1, c, Quality.EXACT, 0.95);
                    break;
                }
            }
        }
    }

    /**
     * "avg silver ppm", "gold assays above 10 g/t" in a long table with a UNIT column: the unit of the metric named,
     * said as people say a number's unit, not a filter.
     */
    private static void unitsOfMetrics(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size() && index.hasMetrics; k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.VALUE && p.value().column().words().equals(List.of("unit"))) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "licence denials per month" in licence checkouts beside a DenialReason "Licence expired": the file's own subject
     * is no value that only begins with it.
     */
    private static void topicWordsBeginningValues(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1) {
                continue;
            }
            // The word as typed too: "licence" is normalised to "license", the file may say either.
            List<String> forms =
                    List.of(tokens.get(p.start).stem(), tokens.get(p.start).raw());
            boolean longer = p.values.stream().allMatch(f -> f.entry().stems().size() > 1);
            boolean topic = forms.stream()
                    .anyMatch(f -> f.length() >= 4
                            && index.topic.words().stream().anyMatch(w -> w.equals(f) || w.startsWith(f)));
            if (longer && topic) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /** "longest time to close" beside Incident Date and Days_to_Close: a span of time is no date. */
    private static void spansAfterDurations(List<Part> parts) {
        for (int k = 1; k < parts.size(); k++) {
            Part before = parts.get(k - 1);
            Part p = parts.get(k);
            boolean duration = before.is(Cue.SUPER) && before.arg != null && before.arg.contains("duration");
            if (!duration || p.kind != Part.Kind.COLUMN || p.start != before.end) {
                continue;
            }
            List<ColumnMatcher.Hit> spans =
                    p.columns.stream().filter(h -> !h.column().isTime()).toList();
            if (!spans.isEmpty() && spans.size() < p.columns.size()) {
                parts.set(k, Part.column(p.start, p.end, p.text, spans));
            }
        }
    }

    /**
     * "samples logged by each geologist" beside LOGGED_BY: an agent's column named, then "each" and who they are,
     * groups by that column.
     */
    private static void agentsEach(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part agent = parts.get(k);
            Part each = parts.get(k + 1);
            Part who = parts.get(k + 2);
            List<String> w = agent.kind == Part.Kind.COLUMN ? agent.column().words() : List.of();
            boolean byName = w.size() == 2 && "by".equals(w.get(1)) && Words.isParticiple(w.get(0));
            if (byName && each.is(Cue.EACH) && who.kind == Part.Kind.WORD && k + 3 == parts.size()) {
                parts.set(k + 1, agent);
                parts.set(k, Part.cue(agent.start, agent.start, "by", Cue.BY, null));
                parts.remove(k + 2);
            }
        }
    }

    /**
     * "do longer hires drain the battery more? plot minutes out against battery on return": a question, then a chart
     * asked of two columns set against each other, draws what the command names; the question only says why.
     */
    private static void askedThenPlotted(List<Part> parts, List<Token> tokens) {
        int mark = -1;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ("?".equals(tokens.get(i).raw())) {
                mark = i;
            }
        }
        if (mark < 0) {
            return;
        }
        int vs = -1;
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).start > mark && parts.get(k).is(Cue.VS)) {
                vs = k;
            }
        }
        // Both sides of the command named: "plot field area against K" with no column for "field area" leans on
        // the question's "field size".
        if (vs < 1
                || vs + 1 >= parts.size()
                || parts.get(vs - 1).kind != Part.Kind.COLUMN
                || parts.get(vs - 1).start <= mark
                || parts.get(vs + 1).kind != Part.Kind.COLUMN) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.end <= mark && p.kind != Part.Kind.WORD) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "how many holes have we drilled" beside DRILL_TYPE: a participle closing a count of things is what was done to
     * them, not the column its verb begins.
     */
    private static void participlesClosingCounts(List<Part> parts, List<Token> tokens) {
        int last = parts.size() - 1;
        if (last < 1 || parts.stream().noneMatch(p -> p.is(Cue.COUNT))) {
            return;
        }
        Part p = parts.get(last);
        Token t = tokens.get(p.start);
        if (p.kind == Part.Kind.COLUMN
                && p.end - p.start == 1
                && Words.isParticiple(t.word())
                && !p.column().words().contains(t.word())
                && p.column().role() == ColumnRole.CATEGORY) {
            parts.set(last, PhraseRewrites.asWord(p, tokens));
        }
    }

    /**
     * "patients done in the emergency theatre" beside a THEATRE holding EMERG TH: words that each begin with a word of
     * one value, in its order, are that value written out, whatever each word alone would name.
     */
    private static void valuesWrittenOut(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            ValueIndex.Entry e = index.values.spelledOutShortWords(tokens, p.start);
            if (e == null) {
                continue;
            }
            int end = p.start + e.stems().size();
            int last = k;
            while (last + 1 < parts.size() && parts.get(last + 1).start < end) {
                last++;
            }
            if (parts.get(last).end != end || p.kind == Part.Kind.VALUE && p.end == end) {
                continue;
            }
            Part value = Part.value(
                    p.start,
                    end,
                    text(tokens, p.start, end - p.start),
                    List.of(new ValueIndex.Found(e, end - p.start, Quality.PARTIAL)));
            parts.subList(k, last + 1).clear();
            parts.add(k, value);
        }
    }

    /**
     * "ortho cases by anaesthetic type" beside a Specialty of Trauma & Orthopaedics: a word the data does not know that
     * begins one value's word, and no name's, is that value said short.
     */
    private static void valuesCutShort(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD || p.end - p.start != 1) {
                continue;
            }
            Token t = tokens.get(p.start);
            String w = t.word();
            if (w.length() < 4 || Words.STOPWORDS.contains(w) || Synonyms.known(t.stem()) || Lexicon.isKeyword(w)) {
                continue;
            }
            // "just the vets" for Veteran (35+): a plural is cut short from its singular.
            String cut = t.isPlural() && t.stem().length() >= 3 ? t.stem() : w;
            boolean nameWord = index.nameWords.stream().anyMatch(n -> n.startsWith(cut));
            ValueIndex.Entry e = nameWord ? null : index.values.cutShort(cut);
            if (e != null) {
                parts.set(k, Part.value(p.start, p.end, p.text, List.of(new ValueIndex.Found(e, 1, Quality.PARTIAL))));
            }
        }
    }

    /**
     * "distribution of hrs worked per shift" where each row is a shift (Shift Dt, Shift Type): per the thing a row is,
     * each row's value, not a grouping by a column that only describes the thing.
     */
    private static final Set<String> KIND_WORDS = Set.of("type", "kind", "category", "class");

    private static void perRowThing(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || !before.is(Cue.PER) || before.end != p.start) {
                continue;
            }
            Token t = tokens.get(p.start);
            boolean singular = t.word().equals(t.stem());
            List<ColumnInfo> described =
                    p.closeColumns().stream().filter(c -> !c.isTime()).toList();
            // Shift Type: a kind of the thing, beside a Shift Dt saying each row is one, dated.
            boolean kinds = !described.isEmpty()
                    && described.stream()
                            .allMatch(c -> c.role() == ColumnRole.CATEGORY
                                    && c.core().size() == 2
                                    && c.core().get(0).equals(t.stem())
                                    && KIND_WORDS.contains(c.core().get(1)));
            boolean dated = index.dateColumns().stream()
                    .anyMatch(c -> c.words().size() == 2 && c.words().get(0).equals(t.stem()));
            if (singular && kinds && dated) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
                parts.remove(k - 1);
                k--;
            }
        }
    }

    /**
     * "count of delays by shift", "share of delays by delay grp" beside DEP_DELAY_MINS, DELAY_CODE and DELAY_GRP: a
     * plural counted or shared out that names a measure and the categories describing the same events, and no amount
     * of money, is the events themselves, counted.
     */
    private static void eventsCounted(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || !(before.is(Cue.COUNT) || before.is(Cue.SHARE))
                    || !tokens.get(p.start).isPlural()) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            List<ColumnInfo> close = p.closeColumns();
            boolean measure = close.stream().anyMatch(c -> c.isMeasure() && !MeasureKinds.money(c.schema(), c.words()));
            boolean category = close.stream().anyMatch(c -> c.role() == ColumnRole.CATEGORY);
            boolean allNamed = close.stream().allMatch(c -> c.core().contains(stem));
            if (close.size() >= 2
                    && measure
                    && category
                    && allNamed
                    && !Synonyms.groupsOf(stem).contains("sales")) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "avg dep delay by week" beside FLT_DT and a WEEK_NO of 1-52: a unit of time alone after by or per is the dates
     * grouped by it; the numbered column is named with its number ("by week no"). So is a date named by the unit
     * (claimMonth) where the question names another date.
     */
    private static void unitsOverNumberedPeriods(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (index.primaryDate == null || index.primaryDate.role() != ColumnRole.DATE) {
            return;
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || !(before.is(Cue.BY) || before.is(Cue.PER))) {
                continue;
            }
            Token t = tokens.get(p.start);
            boolean unit = t.word().equals(t.stem()) && ("week".equals(t.stem()) || "month".equals(t.stem()));
            boolean numbered = p.columns.stream().noneMatch(h -> h.column().isTime());
            // "new starts per month (learners by start date)" beside claimMonth: the grain of the date named.
            boolean otherDate = parts.stream()
                    .anyMatch(o -> o != p
                            && o.kind == Part.Kind.COLUMN
                            && o.quality() == Quality.EXACT
                            && o.column().role() == ColumnRole.DATE
                            && p.columns.stream().noneMatch(h -> h.column() == o.column()));
            if (unit && (numbered || otherDate)) {
                parts.set(k, Part.cue(p.start, p.end, p.text, Cue.UNIT, t.stem()));
            }
        }
    }

    /**
     * "top 5 procedures by volume", "case volume by theatre": where no column is a volume, the volume of things is how
     * many there are.
     */
    private static void volumesCounted(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.WORD
                    && p.end - p.start == 1
                    && "volume".equals(tokens.get(p.start).stem())) {
                parts.set(k, Part.cue(p.start, p.end, p.text, Cue.COUNT, null));
            }
        }
    }

    /**
     * "how far ahead do people book" beside lead_days: "ahead" or "in advance" said alone is the one measure of how
     * long before the event something was done.
     */
    private static void leadTimes(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo lead = index.leadMeasure;
        if (lead == null || parts.stream().anyMatch(p -> p.kind == Part.Kind.COLUMN && p.column() == lead)) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            if (p.kind == Part.Kind.WORD && p.end - p.start == 1 && ("ahead".equals(w) || "advance".equals(w))) {
                parts.set(k, PhraseRewrites.asColumn(p, lead, Quality.SYNONYM, 0.9));
                return;
            }
        }
    }

    /** Participles of handing things over: "items given out", "items issued". */
    private static final Set<String> HANDED =
            Words.set("given issued sold supplied dispensed distributed donated handed shipped");

    /**
     * "items given out by category" beside one Qty: items said with a participle of handing them over are the
     * quantity handed over, not the lines that record it ("Baby Items given" too, where items name a value).
     */
    private static void itemsHandedOver(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo qty = index.quantityMeasure;
        if (qty == null) {
            return;
        }
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            boolean items = "item".equals(tokens.get(p.end - 1).stem())
                    && tokens.get(p.end - 1).isPlural();
            if (!items
                    || next.start != p.end
                    || next.kind != Part.Kind.WORD
                    || !HANDED.contains(tokens.get(next.start).word())) {
                continue;
            }
            List<ColumnMatcher.Hit> hit = List.of(new ColumnMatcher.Hit(qty, 1, Quality.SYNONYM, 0.9));
            if (p.kind == Part.Kind.WORD) {
                parts.set(k, Part.column(p.start, next.end, text(tokens, p.start, next.end - p.start), hit));
                parts.remove(k + 1);
            } else if (p.kind == Part.Kind.VALUE) {
                parts.set(k + 1, Part.column(next.start, next.end, next.text, hit));
            }
        }
    }

    /** Plural units of time that, after a thing's name, make the rows of that thing per period ("ward-days"). */
    private static final Set<String> ROW_PERIODS = Set.of("days", "hours", "nights", "weeks");

    /**
     * "how many line items per till", "number of ward-days with escalation beds", "share of lane-hours": line items
     * are the rows of a file of lines, and a thing's name before a plural unit of time the rows of a file of that
     * thing per period; neither is the column the words are only like.
     */
    private static void rowsOfThingsAndTimes(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN) {
                continue;
            }
            int last = p.end - 1;
            boolean lineItems = p.end - p.start == 2
                    && "line".equals(tokens.get(p.start).word())
                    && "item".equals(tokens.get(last).stem())
                    && tokens.get(last).isPlural();
            int at = p.end < tokens.size() && "-".equals(tokens.get(p.end).word()) ? p.end + 1 : p.end;
            boolean thingPeriods = p.end - p.start == 1
                    && p.quality() != Quality.EXACT
                    && !p.column().isMeasure()
                    && k + 1 < parts.size()
                    && parts.get(k + 1).start == at
                    && parts.get(k + 1).end == at + 1
                    && ROW_PERIODS.contains(tokens.get(at).word())
                    && k > 0
                    && (parts.get(k - 1).is(Cue.COUNT) || "share of".equals(parts.get(k - 1).text));
            if (!lineItems && !thingPeriods) {
                continue;
            }
            int end = thingPeriods ? at + 1 : p.end;
            List<Part> words = new ArrayList<>();
            for (int i = p.start; i < end; i++) {
                words.add(PhraseRewrites.understoodWord(i, tokens));
            }
            parts.subList(k, thingPeriods ? k + 2 : k + 1).clear();
            parts.addAll(k, words);
            k += words.size() - 1;
        }
    }

    /**
     * "share of bookings by sales channel", "stacked by time slot", "by exam board": where a grouping is asked for, a
     * word only a synonym of a measure or a date, or only partly naming several columns, right before the exact name
     * of a category, says what kind of that category it is; the grouping is the category alone.
     */
    private static void modifiedGroupings(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part before = parts.get(k - 1);
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            boolean grouping = before.is(Cue.BY) || before.is(Cue.PER) || before.is(Cue.SERIES) || before.is(Cue.EACH);
            boolean synonym = p.kind == Part.Kind.COLUMN
                    && p.columns.stream().allMatch(h -> h.quality() == Quality.SYNONYM)
                    && (p.column().isMeasure() || p.column().isTime());
            // "by exam board" beside exam_series, exam_date and Board: a word only partly naming several columns.
            boolean unsure = p.kind == Part.Kind.COLUMN
                    && p.columns.size() > 1
                    && p.columns.stream().allMatch(h -> h.quality() == Quality.PARTIAL);
            if (!grouping
                    || p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || !(synonym || unsure)
                    || next.kind != Part.Kind.COLUMN
                    || next.start != p.end
                    || next.quality() != Quality.EXACT
                    || next.column().isMeasure()
                    || next.column().isTime()) {
                continue;
            }
            parts.set(k + 1, Part.column(p.start, next.end, text(tokens, p.start, next.end - p.start), next.columns));
            parts.remove(k);
        }
    }

    /**
     * "share of penalty charge notices by status" beside PENALTY_AMOUNT and PCN_NUMBER: after "share of" or "number
     * of", a measure's word followed by unread words ending in a plural, whose initials are the first word of an id's
     * name, names the rows counted (the notices), not the measure.
     */
    private static void compoundRowNouns(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (!(parts.get(k - 1).is(Cue.COUNT) || parts.get(k - 1).is(Cue.SHARE))
                    || p.kind != Part.Kind.COLUMN
                    || !p.column().isMeasure()) {
                continue;
            }
            int last = k + 1;
            while (last < parts.size() && parts.get(last).kind == Part.Kind.WORD) {
                last++;
            }
            if (last == k + 1
                    || !tokens.get(parts.get(last - 1).start).isPlural()
                    || last < parts.size()
                            && !(parts.get(last).is(Cue.BY) || parts.get(last).is(Cue.PER))) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int i = p.start; i < parts.get(last - 1).end; i++) {
                initials.append(tokens.get(i).word().charAt(0));
            }
            boolean rowsId = index.columns.stream()
                    .anyMatch(c -> c.role() == ColumnRole.ID
                            && !c.words().isEmpty()
                            && c.words().get(0).equals(initials.toString()));
            if (!rowsId) {
                continue;
            }
            List<Part> words = new ArrayList<>();
            for (int i = p.start; i < p.end; i++) {
                words.add(PhraseRewrites.understoodWord(i, tokens));
            }
            for (int j = k + 1; j < last; j++) {
                parts.get(j).used = true;
            }
            parts.remove(k);
            parts.addAll(k, words);
        }
    }

    /**
     * "trend of impacts per month", "heatmap of impacts by site" beside IMPACT_EVENTS: a word of causes ("impacts",
     * "drivers") that begins exactly one measure's name, with no name after it that it would be the cause of, is that
     * measure.
     */
    private static void measuresNotCauses(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
            if (!p.is(Cue.CAUSE)
                    || p.end - p.start != 1
                    || next != null && (next.kind == Part.Kind.COLUMN || next.kind == Part.Kind.VALUE)) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            ColumnInfo measure = SchemaIndex.only(
                    index.columns,
                    c -> c.isMeasure()
                            && !c.words().isEmpty()
                            && c.words().get(0).equals(stem));
            if (measure != null) {
                parts.set(k, PhraseRewrites.asColumn(p, measure, Quality.PARTIAL, 0.8));
            }
        }
    }

    /**
     * "in terminal 3" beside a Terminal of T1, T2 and T3: a category's name and a number are the value its initial and
     * that number spell, or its name and the number ("Terminal 3").
     */
    private static void numberedValues(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part number = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.column().role() != ColumnRole.CATEGORY
                    || number.kind != Part.Kind.NUMBER
                    || number.start != p.end
                    || !tokens.get(number.start).raw().matches("\\d{1,3}")) {
                continue;
            }
            ColumnInfo c = p.column();
            String n = tokens.get(number.start).raw();
            String word = tokens.get(p.start).word();
            String spelled = null;
            for (String v : c.schema().topValues()) {
                String lower = v.toLowerCase(Locale.ROOT);
                if (lower.equals(word.charAt(0) + n) || lower.equals(word + " " + n)) {
                    spelled = v;
                }
            }
            if (spelled == null) {
                continue;
            }
            ValueIndex.Entry entry = new ValueIndex.Entry(
                    c, spelled, List.of(spelled.toLowerCase(Locale.ROOT)), Words.compact(spelled), false);
            parts.set(
                    k,
                    Part.value(
                            p.start,
                            number.end,
                            text(tokens, p.start, number.end - p.start),
                            List.of(new ValueIndex.Found(entry, number.end - p.start, Quality.EXACT))));
            parts.remove(k + 1);
        }
    }

    /**
     * "on-street versus car parks", "only on-street tickets" beside STREET_NAME and ON_STREET_FLAG: words that are a
     * yes/no column's whole name, its flag word apart, are that flag, before a column only one of them names.
     */
    private static void flagsNamedWhole(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2 || p.column().role() == ColumnRole.BOOLEAN) {
                continue;
            }
            List<String> typed = new ArrayList<>();
            for (int i = p.start; i < p.end; i++) {
                if (tokens.get(i).isWord()) {
                    typed.add(tokens.get(i).word());
                }
            }
            if (typed.size() < 2) {
                continue;
            }
            for (ColumnMatcher.Hit h : p.columns) {
                List<String> name = h.column().words().stream()
                        .filter(w -> !ColumnRoles.FLAG_TAILS.contains(w))
                        .toList();
                if (h.column().role() == ColumnRole.BOOLEAN && name.equals(typed)) {
                    parts.set(
                            k,
                            Part.column(
                                    p.start,
                                    p.end,
                                    p.text,
                                    List.of(new ColumnMatcher.Hit(h.column(), p.end - p.start, Quality.EXACT, 0.95))));
                    break;
                }
            }
        }
    }

    /**
     * "average key on hours per shift" in forklift_shifts, "passengers screened per lane hour" in security_lanes:
     * "per" and the noun the file's name ends with (perhaps with a unit of time) is per row, not a grouping by a
     * column that noun begins.
     */
    private static void perRowOfTheFile(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k + 1);
            // "avg distance per swim" in pool_swims beside a Payment of Swim Card: a value the noun begins is no
            // filter either.
            boolean value = p.kind == Part.Kind.VALUE && p.end - p.start == 1;
            if (!parts.get(k).is(Cue.PER)
                    || p.kind != Part.Kind.COLUMN && !value
                    || p.end - p.start != 1
                    || !value && p.quality() == Quality.EXACT
                    || !value && p.column().isMeasure()
                    // "data points per metric" beside Metric Name, "pints per round" in milkrounds beside round_code
                    // and round_name: a named thing each row reads is still a grouping.
                    || !value
                            && p.columns.stream()
                                    .anyMatch(h ->
                                            ColumnRoles.namesLabel(h.column().words()))
                    || !index.nameEndsWith(tokens.get(p.start).stem())) {
                continue;
            }
            int end = p.end;
            int last = k + 2;
            if (last < parts.size()
                    && parts.get(last).start == end
                    && parts.get(last).end == end + 1
                    && Words.TIME_UNITS.contains(tokens.get(end).stem())) {
                end++;
                last++;
            }
            List<Part> words = new ArrayList<>();
            for (int i = parts.get(k).start; i < end; i++) {
                words.add(PhraseRewrites.understoodWord(i, tokens));
            }
            parts.subList(k, last).clear();
            parts.addAll(k, words);
            k += words.size() - 1;
        }
    }

    /**
     * "entries registered during 2024" beside Registration Date and event_year: a participle nothing read, right
     * before a period (perhaps after one small word), is the one date whose name begins with the same stem; the period
     * is of that date.
     */
    private static void datesOfParticiples(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            String verb = tokens.get(p.start).word();
            // "stock expiring before 2026" beside Expiry Date: a verb's -ing form dates as its participle does.
            boolean gerund = verb.endsWith("ing") && verb.length() >= 7;
            if (p.kind != Part.Kind.WORD || p.end - p.start != 1 || !Words.isParticiple(verb) && !gerund) {
                continue;
            }
            int next = k + 1;
            if (parts.get(next).kind == Part.Kind.WORD && next + 1 < parts.size()) {
                next++;
            }
            Part then = parts.get(next);
            // "items received per day", "quotes issued each week": a grain of time is a period too.
            boolean grained = then.is(Cue.GRAIN)
                    || (then.is(Cue.PER) || then.is(Cue.EACH))
                            && next + 1 < parts.size()
                            && parts.get(next + 1).is(Cue.UNIT);
            if (then.kind != Part.Kind.DATE && !grained) {
                continue;
            }
            String w = tokens.get(p.start).word();
            String stem = w.substring(0, Math.max(0, Math.min(w.length() - (gerund ? 3 : 2), 6)));
            // "viewings were booked each month" beside Booked On: a short participle that opens a date's name whole
            // (not "members booked a court in 2024", a verb with its object).
            boolean longStem = stem.length() >= 5;
            ColumnInfo date = !longStem && next != k + 1
                    ? null
                    : SchemaIndex.only(
                            index.dateColumns(),
                            c -> !c.words().isEmpty()
                                    && (longStem
                                            ? c.words().get(0).startsWith(stem)
                                            : c.words().get(0).equals(w)));
            if (date == null && k > 0 && grained) {
                // "bookings were made each week" beside Booked On, "quotes issued" beside QUOTE_DATE: a verb that
                // names no date dates the thing before it.
                date = dateOfThing(tokens.get(parts.get(k - 1).end - 1).stem(), index);
            }
            if (date != null) {
                parts.set(k, PhraseRewrites.asColumn(p, date, Quality.PARTIAL, 0.8));
            }
        }
    }

    /**
     * "heatmap of hire lines by depot" in farm_hire_lines: a plural phrase of two or three words that is the file's
     * own name is its rows, not the columns its words partly name.
     */
    private static void rowsNamedAsTheFile(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int n = p.end - p.start;
            if (p.kind != Part.Kind.COLUMN
                    || n < 2
                    || n > 3
                    || !tokens.get(p.end - 1).isPlural()) {
                continue;
            }
            List<String> stems = new ArrayList<>();
            for (int i = p.start; i < p.end; i++) {
                stems.add(tokens.get(i).stem());
            }
            // Not "tee times" beside Tee Time, nor "module completions" beside Completed On: a column the phrase
            // names whole, or a date it says, is still that column.
            if (p.columns.stream()
                    .anyMatch(
                            h -> h.column().words().equals(stems) || h.column().isTime())) {
                continue;
            }
            StringBuilder glued = new StringBuilder();
            for (int i = p.start; i < p.end; i++) {
                glued.append(
                        i + 1 < p.end ? tokens.get(i).word() : tokens.get(i).stem());
            }
            if (index.nameEndsWith(glued.toString())) {
                List<Part> words = new ArrayList<>();
                for (int i = p.start; i < p.end; i++) {
                    words.add(PhraseRewrites.understoodWord(i, tokens));
                }
                parts.remove(k);
                parts.addAll(k, words);
                k += words.size() - 1;
            }
        }
    }

    /**
     * "cupcake qty sold" beside Portions and Qty, both in the quantities' vocabulary: of columns a phrase names
     * equally by synonym, the one whose own word the phrase says.
     */
    private static void literalOverSynonym(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2 || p.quality() != Quality.SYNONYM) {
                continue;
            }
            double top = p.columns.get(0).score();
            Set<String> said = new java.util.HashSet<>();
            for (int i = p.start; i < p.end; i++) {
                said.add(tokens.get(i).stem());
            }
            List<ColumnMatcher.Hit> literal = p.columns.stream()
                    .filter(h -> h.score() == top && h.column().words().stream().anyMatch(said::contains))
                    .toList();
            if (literal.size() == 1) {
                parts.set(k, PhraseRewrites.withFirst(p, literal.get(0)));
            }
        }
    }

    /**
     * "how many distinct orders did each home place" beside OrderedBy and OrderID: the distinct things counted are
     * told apart by their own id, not by a column whose name only shares their word.
     */
    private static void distinctByTheirId(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!parts.get(k - 1).is(Cue.UNIQUE) || p.kind != Part.Kind.COLUMN || p.end - p.start != 1) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            List<ColumnMatcher.Hit> ids = p.columns.stream()
                    .filter(h -> h.column().role() == ColumnRole.ID
                            && !h.column().words().isEmpty()
                            && h.column().words().get(0).equals(stem)
                            && h.column().words().size() == 2)
                    .toList();
            if (ids.size() == 1) {
                parts.set(k, PhraseRewrites.withFirst(p, ids.get(0)));
            }
        }
    }

    /** Words for people in general. */
    private static final Set<String> PEOPLE = Set.of("people", "persons");

    /**
     * "how many people went on tours", "bookings with more than 15 people" beside party_size: people counted, or
     * numbered, in a file with one measure of how many came are that measure.
     */
    private static void peopleCounted(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.end - p.start != 1
                    || !PEOPLE.contains(tokens.get(p.start).word())
                    || !(before.is(Cue.COUNT) || before.kind == Part.Kind.NUMBER && before.end == p.start)) {
                continue;
            }
            ColumnInfo headcount = SchemaIndex.only(
                    index.columns,
                    c -> c.isMeasure()
                            && (c.groups().contains("headcount") || c.groups().contains("passengers")));
            if (headcount != null) {
                parts.set(k, PhraseRewrites.asColumn(p, headcount, Quality.SYNONYM, 0.8));
                if (before.is(Cue.COUNT)) {
                    // "how many people": the sum of the headcount, not a count of rows.
                    parts.set(k - 1, Part.cue(before.start, before.end, before.text, Cue.AGG, "sum"));
                }
            }
        }
    }

    /** Words before "years" that take in every year. */
    private static final Set<String> EVERY = Set.of("all", "both", "every");

    /** Words after "all years" that pool them. */
    private static final Set<String> POOLED = Set.of("combined", "pooled", "together", "lumped", "merged");

    /**
     * "sessions by month number, both years combined", "all years pooled together": every year pooled is no grouping
     * and no sum; the months are counted across the years.
     */
    private static void yearsPooled(List<Part> parts, List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!"year".equals(tokens.get(i).stem())
                    || !EVERY.contains(tokens.get(i - 1).word())) {
                continue;
            }
            int end = -1;
            for (int j = i + 1; j <= i + 2 && j < tokens.size(); j++) {
                if (POOLED.contains(tokens.get(j).word())) {
                    end = j + 1;
                }
            }
            if (end < 0) {
                continue;
            }
            int from = i - 1;
            int to = end;
            for (int k = 0; k < parts.size(); k++) {
                Part p = parts.get(k);
                if (p.start < to && p.end > from) {
                    parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
                }
            }
        }
    }

    /**
     * Among three or more hits named alike, one column of words beside codes of the same thing (their first word
     * shared), or null.
     */
    private static ColumnMatcher.Hit namedAmongCodes(Part p) {
        ColumnMatcher.Hit top = p.columns.get(0);
        List<ColumnMatcher.Hit> tied = p.columns.stream()
                .filter(h -> h.score() == top.score() && h.quality() == top.quality())
                .toList();
        if (tied.size() < 3) {
            return null;
        }
        ColumnMatcher.Hit named = null;
        for (ColumnMatcher.Hit h : tied) {
            List<String> core = h.column().core();
            if (core.isEmpty()
                    || !core.get(0)
                            .equals(
                                    top.column().core().isEmpty()
                                            ? ""
                                            : top.column().core().get(0))) {
                return null;
            }
            boolean words = core.stream().anyMatch(ColumnRoles.LABEL_WORDS::contains)
                    && !h.column().isMeasure();
            boolean code = core.stream().anyMatch(ColumnRoles.KEY_WORDS::contains);
            if (words) {
                if (named != null) {
                    return null;
                }
                named = h;
            } else if (!code) {
                return null;
            }
        }
        return named;
    }

    private static void namesOverCodes(List<Part> parts) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2) {
                continue;
            }
            ColumnMatcher.Hit first = p.columns.get(0);
            ColumnMatcher.Hit second = p.columns.get(1);
            // Counted, a code is what tells the things apart ("how many projects" beside project_code).
            boolean counted =
                    k > 0 && (parts.get(k - 1).is(Cue.COUNT) || parts.get(k - 1).is(Cue.UNIQUE));
            ColumnMatcher.Hit named = namedAmongCodes(p);
            if (!counted && named != null) {
                // "fault types" beside fault_id, fault_code and fault_desc, all named alike: the words, not a code.
                parts.set(k, PhraseRewrites.withFirst(p, named));
            } else if (!counted
                    && first.score() == second.score()
                    && first.quality() == second.quality()
                    && first.column().core().stream().anyMatch(ColumnRoles.KEY_WORDS::contains)
                    && second.column().core().stream().anyMatch(ColumnRoles.LABEL_WORDS::contains)
                    && !second.column().isMeasure()
                    && first.column()
                            .core()
                            .get(0)
                            .equals(second.column().core().get(0))) {
                parts.set(k, PhraseRewrites.withFirst(p, second));
            }
        }
    }

    /**
     * "cleaning hours per month of receipt" beside receivedDate and collectionDate, "portions served per week" beside
     * OrderDate and ServiceDate, "appointments over time" beside Req Date and Appt Date: over time, with no date
     * named, a word sharing its root with one date's own word (or spelled out from its abbreviation) says which.
     */
    private static void datesByRoot(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean overTime = parts.stream().anyMatch(p -> p.is(Cue.GRAIN) || p.is(Cue.UNIT) || p.is(Cue.TREND));
        boolean dateNamed = parts.stream()
                .anyMatch(p -> p.kind == Part.Kind.DATE
                        || p.kind == Part.Kind.COLUMN && p.column().isTime());
        if (!overTime || dateNamed) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            // Not "cask dispatches", "slots booked": a plural, or a word joined to another, is what the rows are.
            if (!Initialisms.longWord(p, tokens)
                    || tokens.get(p.start).isPlural()
                    || tokens.get(p.start).is(Token.JOINED)
                    || p.end < tokens.size()
                            && (tokens.get(p.end).is(Token.JOINED)
                                    || "-".equals(tokens.get(p.end).raw()))
                    || k > 0
                            && parts.get(k - 1).kind == Part.Kind.COLUMN
                            && parts.get(k - 1).end == p.start
                            && !parts.get(k - 1).column().isMeasure()) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            ColumnInfo date = SchemaIndex.only(
                    index.columns,
                    c -> c.role() == ColumnRole.DATE
                            && c.words().stream()
                                    .filter(x -> !SchemaIndex.TIME_WORDS.contains(x))
                                    .anyMatch(x -> x.length() >= 4 && x.startsWith(w.substring(0, 4))
                                            || WordForms.abbreviates(x, stem)));
            if (date != null) {
                parts.set(k, PhraseRewrites.asColumn(p, date, Quality.PARTIAL, 0.8));
                return;
            }
        }
    }

    /** The one date whose name's first word shares the first four letters of {@code noun}, or null. */
    private static ColumnInfo dateOfThing(String noun, SchemaIndex index) {
        if (noun.length() < 4) {
            return null;
        }
        String root = noun.substring(0, 4);
        return SchemaIndex.only(
                index.columns,
                c -> c.role() == ColumnRole.DATE
                        && !c.words().isEmpty()
                        && c.words().get(0).startsWith(root));
    }

    /**
     * "most common faults" beside FAULT_RPT (Y/N) and FAULT_DESC: what is most common among things is one of their
     * kinds, the description, not whether there was one.
     */
    private static void commonKinds(List<Part> parts) {
        for (int k = 1; k < parts.size(); k++) {
            Part cue = parts.get(k - 1);
            Part p = parts.get(k);
            if (!cue.is(Cue.SUPER)
                    || cue.arg == null
                    || !cue.arg.endsWith(":count")
                    || p.kind != Part.Kind.COLUMN
                    || p.column().role() != ColumnRole.BOOLEAN) {
                continue;
            }
            String thing = p.column().words().get(0);
            for (ColumnMatcher.Hit h : p.columns) {
                List<String> words = h.column().words();
                if (h.column().role() == ColumnRole.CATEGORY
                        && words.size() == 2
                        && words.get(0).equals(thing)
                        && ColumnRoles.LABEL_WORDS.contains(words.get(1))) {
                    parts.set(k, PhraseRewrites.withFirst(p, h));
                    break;
                }
            }
        }
    }

    /**
     * "stacked bar of hires per base" in canal_hires: the plural of the noun the file's name ends with, read only partly
     * or by a synonym as a date, is the rows (an id it names may be of things the rows are about: hives of
     * hive inspections); so is the plural of the noun a file of lines lists ("tests" in lab_test_lines).
     */
    private static void rowsNamedByTheFile(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && t.is(Token.UPPER)
                    && t.isPlural()
                    && index.nameStartsWith(t.stem())
                    && p.columns.stream().allMatch(h -> h.quality() == Quality.PARTIAL)) {
                // "list fatal AEs" in aelistings beside AE Term (Verbatim): the capitals the file's name opens with,
                // in the plural, are what it lists.
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
                continue;
            }
            boolean status = p.kind == Part.Kind.COLUMN && p.end - p.start == 1 && statusOfTheRows(p, t, parts, index);
            // "games played per month" in paintballgames beside Players Booked: the rows the file is named after, in
            // the plural, with nothing read for them.
            boolean namedRows = p.kind == Part.Kind.WORD && t.isPlural() && index.nameEndsWith(t.stem());
            if (status || namedRows) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
                Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
                if (next != null
                        && next.kind == Part.Kind.COLUMN
                        && next.start == p.end
                        && next.end - next.start == 1
                        && Words.isParticiple(tokens.get(next.start).word())
                        && next.column().isMeasure()
                        && (status || next.quality() != Quality.EXACT)) {
                    // "rounds played" beside holesPlayed: what was done to the rows, not a count of other things.
                    parts.set(k + 1, PhraseRewrites.understoodWord(next.start, tokens));
                }
                continue;
            }
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || p.quality() == Quality.EXACT && !index.nameEndsWithLinesOf(t.stem())
                    || !t.isPlural() && !linedBeforeMeasure(parts, k, t, index)) {
                continue;
            }
            if (!t.isPlural()) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
                continue;
            }
            boolean dated = index.nameEndsWith(t.stem())
                    && p.columns.stream().allMatch(h -> h.column().role() == ColumnRole.DATE);
            // "how many tests by department" in lab_test_lines: the things the file lists a line each of.
            // Not "hires" of farm_hire_lines beside HireNo and LineNo: lines numbered within a hire, each hire an id
            // over several rows (KEG_NO beside a LINE_REF of its own per row is a keg per row still).
            // Nor "orders" of mail_order_lines beside an orderNo repeated over its lines, where no id of its own
            // numbers each row.
            boolean rowIds = index.columns.stream()
                    .anyMatch(c -> c.role() == ColumnRole.ID && c.distinct() >= 0.99 * index.schema.rowCount());
            boolean lined = index.nameEndsWithLinesOf(t.stem())
                    && p.columns.stream()
                            .noneMatch(h -> h.column().isMeasure()
                                    || index.numberedLines && h.column().role() == ColumnRole.ID
                                    || !rowIds
                                            && h.column().role() == ColumnRole.ID
                                            && h.column().distinct() < 0.9 * index.schema.rowCount())
                    // "top 5 tests": ranked, they are the bars.
                    && parts.subList(0, k).stream().noneMatch(b -> b.is(Cue.TOP) || b.is(Cue.RANK));
            if (!dated && !lined) {
                continue;
            }
            parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
        }
    }

    /**
     * "rounds by course" in golfrounds beside roundStatus: the plural the file is named after names a category only
     * by the category's word before a qualifier; it is the rows.
     */
    private static boolean statusOfTheRows(Part p, Token t, List<Part> parts, SchemaIndex index) {
        if (!t.isPlural() || p.quality() != Quality.EXACT) {
            return false;
        }
        if (index.nameEndsWith(t.stem())) {
            // "hires" beside Hire Size and, by a synonym only, Start Date: the names it spells decide.
            return p.columns.stream()
                    .filter(h -> h.quality() != Quality.SYNONYM)
                    .allMatch(h -> qualifiedThing(h.column(), t.stem(), ROW_QUALIFIERS));
        }
        // "most bookings" beside bookingStatus and bookingChannel in saunasessions: a thing with a status of its own
        // is what each row is, whatever the file is called; its other attributes are only spelt near the plural.
        // "open jobs" beside Job Status: with one of its values said, the plural is the status's own.
        return qualifiedThing(p.column(), t.stem(), Set.of("status"))
                && p.columns.stream().allMatch(h -> h.column().words().get(0).equals(t.stem()))
                && parts.stream()
                        .noneMatch(v -> v.kind == Part.Kind.VALUE
                                && v.values.stream().anyMatch(f -> f.entry().column() == p.column()));
    }

    /** Whether a category's name is this thing's word and one of these qualifiers ("booking status"). */
    private static boolean qualifiedThing(ColumnInfo c, String thing, Set<String> qualifiers) {
        List<String> words = c.words();
        return c.role() == ColumnRole.CATEGORY
                && words.size() == 2
                && words.get(0).equals(thing)
                && qualifiers.contains(words.get(1));
    }

    private static final Set<String> ROW_QUALIFIERS = Set.of("status", "type", "category", "kind", "size");

    /** "test revenue by client" in lab_test_lines: the noun the file lists lines of, before a measure, qualifies it. */
    private static boolean linedBeforeMeasure(List<Part> parts, int k, Token t, SchemaIndex index) {
        Part next = k + 1 < parts.size() ? parts.get(k + 1) : null;
        return index.nameEndsWithLinesOf(t.stem())
                && next != null
                && next.kind == Part.Kind.COLUMN
                && next.start == parts.get(k).end
                && next.column().isMeasure();
    }

    /**
     * "avg customer rating out of 10" beside Rating /10: "out of" and a number after a measure is its scale, not a
     * value to filter by.
     */
    private static void scalesOutOf(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind == Part.Kind.NUMBER
                    && p.start >= 2
                    && "out".equals(tokens.get(p.start - 2).word())
                    && "of".equals(tokens.get(p.start - 1).word())
                    && parts.get(k - 1).kind == Part.Kind.COLUMN
                    && parts.get(k - 1).column().isMeasure()) {
                p.used = true;
                parts.remove(k);
            }
        }
    }

    /**
     * "average queue wait by hour of day" beside Hour (0-23) and hour_start: the hour-of-day column and "of day" are
     * one name, not a daily grain of the timestamp.
     */
    private static void hoursOfDay(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part day = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.column().hourOfDay()
                    && day.is(Cue.UNIT)
                    && "day".equals(day.arg)
                    && day.start == p.end + 1
                    && "of".equals(tokens.get(p.end).word())) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                day.end,
                                text(tokens, p.start, day.end - p.start),
                                List.of(new ColumnMatcher.Hit(p.column(), day.end - p.start, Quality.EXACT, 1.0))));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "average queue wait by hour" beside Max Queue Length and avg_wait_min: after an aggregation, a word only partly
     * naming one measure, right before the exact name of another, says what the second is of.
     */
    private static void measureWordsQualified(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (parts.get(k - 1).is(Cue.AGG)
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.PARTIAL
                    && p.column().isMeasure()
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && next.quality() == Quality.EXACT
                    && next.column().isMeasure()
                    && next.column() != p.column()) {
                parts.set(
                        k + 1, Part.column(p.start, next.end, text(tokens, p.start, next.end - p.start), next.columns));
                parts.remove(k);
            }
        }
    }

    /**
     * "total monthly recurring revenue by product" beside Monthly Price (£): a period's adjective before words read as
     * a measure whose name begins with it is part of that measure's name, not a grain of time.
     */
    private static void periodicAmounts(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.GRAIN) || p.end - p.start != 1) {
                continue;
            }
            String w = tokens.get(p.start).word();
            for (int j = k + 1; j <= k + 2 && j < parts.size(); j++) {
                Part named = parts.get(j);
                if (named.kind == Part.Kind.COLUMN
                        && named.column().isMeasure()
                        && !named.column().words().isEmpty()
                        && w.equals(named.column().words().get(0))) {
                    parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
                    break;
                }
            }
        }
    }

    /**
     * "total licence cost by platform" beside Licence Model and Cost per Loan (£): after an aggregation, the thing a
     * kind column is of, right before a measure's name, says what the measure is of; it groups nothing.
     */
    private static void kindWordsBeforeMeasures(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            List<String> words = p.kind == Part.Kind.COLUMN ? p.column().words() : List.of();
            if (parts.get(k - 1).is(Cue.AGG)
                    && p.end - p.start == 1
                    && p.quality() == Quality.PARTIAL
                    && words.size() == 2
                    && SchemaIndex.KIND_TAILS.contains(words.get(1))
                    && words.get(0).equals(tokens.get(p.start).stem())
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && next.column().isMeasure()) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /** Roles of columns that name or sort the rows rather than measure them. */
    private static final Set<ColumnRole> NAMING_ROLES = Set.of(ColumnRole.CATEGORY, ColumnRole.ID, ColumnRole.LABEL);

    /** Whether a grouping ("by", "per") comes after part {@code k}. */
    private static boolean groupedLater(List<Part> parts, int k) {
        return parts.subList(k + 1, parts.size()).stream().anyMatch(p -> p.is(Cue.BY) || p.is(Cue.PER));
    }

    /**
     * "median parking duration per vehicle type", "histogram of parking durations" beside CAR_PARK_CODE and
     * CAR_PARK_NAME, "longest stop duration" beside Stop Name and Stop Type, "total supplier charges by department"
     * beside supplier_country: after an aggregation, a chart word or a superlative, one word only partly naming
     * several categories (or one, where a grouping follows), right before a measure's name, says what the measure is
     * of; it groups nothing.
     */
    private static void placeWordsBeforeMeasures(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            Part before = parts.get(k - 1);
            if ((before.is(Cue.AGG) || before.is(Cue.CHART) || before.is(Cue.SUPER))
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && (p.columns.size() > 1 || groupedLater(parts, k))
                    && p.columns.stream()
                            .allMatch(h -> h.quality() == Quality.PARTIAL
                                    && NAMING_ROLES.contains(h.column().role()))
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && next.column().isMeasure()) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "how many runners didn't finish" beside first_fun_run: the plural counted right after "how many", only like a
     * yes/no column's name, is the rows, not that flag.
     */
    private static void countedNotFlagged(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (parts.get(k - 1).is(Cue.COUNT)
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && tokens.get(p.start).isPlural()
                    && p.columns.stream()
                            .allMatch(h ->
                                    h.quality() == Quality.FUZZY && h.column().role() == ColumnRole.BOOLEAN)) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "jobs received per month" beside Rush Job Y/N: the plural of the noun a flag's name ends with, without the word
     * before it that makes the flag, is every one of those things, not the flagged ones.
     */
    private static void headsOfFlags(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || !tokens.get(p.start).isPlural()) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            String before = p.start > 0 ? tokens.get(p.start - 1).stem() : "";
            // "members vs non-members": the flagged ones set against the rest.
            boolean contrasted = tokens.stream().anyMatch(t -> "non".equals(t.word()))
                    || Parts.at(parts, k + 1) != null && Parts.at(parts, k + 1).is(Cue.VS);
            // "SAEs" beside Serious (SAE): a bracketed name is the flag's own short name, not its noun.
            boolean heads = !contrasted
                    && p.columns.stream().allMatch(h -> {
                        List<String> core = h.column().core();
                        return h.column().role() == ColumnRole.BOOLEAN
                                && h.quality() == Quality.PARTIAL
                                && core.size() >= 2
                                && !h.column().name().contains("(")
                                && core.get(core.size() - 1).equals(stem)
                                && !core.contains(before);
                    });
            if (heads) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "avg qty per line for A5 flyers by stock" beside Line #, "avg players per lane by booking type" beside Lane No:
     * an average per a numbered thing, or per the rows' own id, and then "by" a grouping, is the average over those
     * things within each group; the numbers are no grouping of their own.
     */
    private static void averagesPerRowThenBy(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean averaged = parts.stream().anyMatch(p -> p.is(Cue.AGG) && "mean".equals(p.arg));
        for (int k = 1; averaged && k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (!parts.get(k - 1).is(Cue.PER) || p.kind != Part.Kind.COLUMN || p.end - p.start != 1) {
                continue;
            }
            boolean byLater = false;
            for (int j = k + 1; j + 1 < parts.size(); j++) {
                byLater |= parts.get(j).is(Cue.BY) && parts.get(j + 1).kind == Part.Kind.COLUMN;
            }
            ColumnInfo c = p.column();
            boolean numbered = c.role() == ColumnRole.MEASURE
                    && "integer".equals(c.schema().type())
                    && (c.name().contains("#") || c.words().stream().anyMatch(NUMBER_WORDS::contains));
            boolean rowId = c.role() == ColumnRole.ID && c.schema().distinct() * 10 >= index.schema.rowCount() * 9;
            if (byLater && (numbered || rowId)) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "avg ticket by payment type" beside TXN_ID and PRICE (£): an id averaged, named only by a synonym, is the
     * average sale of what it identifies (an average ticket, an average order), the takings averaged.
     */
    private static void averageTickets(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo sales = index.salesMeasure;
        for (int k = 1; sales != null && k < parts.size(); k++) {
            Part p = parts.get(k);
            if (parts.get(k - 1).is(Cue.AGG)
                    && "mean".equals(parts.get(k - 1).arg)
                    && p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && !tokens.get(p.start).isPlural()
                    && p.columns.stream()
                            .allMatch(h -> h.column().role() == ColumnRole.ID && h.quality() == Quality.SYNONYM)) {
                parts.set(k, PhraseRewrites.asColumn(p, sales, Quality.SYNONYM, 0.9));
            }
        }
    }

    /**
     * "median monthly water withdrawal per facility", "count of monthly returns by RAG": a period's adjective right
     * after an aggregation, in a question grouped by a category, says what each row is (a month's figure), not a trend
     * over time.
     */
    private static void periodsOfAggregatedThings(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (!p.is(Cue.GRAIN) || p.end - p.start != 1 || !(before.is(Cue.AGG) || before.is(Cue.COUNT))) {
                continue;
            }
            boolean grouped = false;
            for (int j = k + 1; j + 1 < parts.size(); j++) {
                Part next = parts.get(j + 1);
                grouped |= parts.get(j).isGrouping()
                        && next.kind == Part.Kind.COLUMN
                        && !next.column().isTime()
                        && !next.column().isMeasure();
            }
            if (grouped) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
        // "avg operatives on site per day by build stage": the same for an average per period, then by a category.
        boolean averaged = parts.stream().anyMatch(p -> p.is(Cue.AGG) && "mean".equals(p.arg));
        for (int k = 0; averaged && k + 3 < parts.size(); k++) {
            Part unit = parts.get(k + 1);
            Part next = parts.get(k + 3);
            if (parts.get(k).is(Cue.PER)
                    && unit.is(Cue.UNIT)
                    && parts.get(k + 2).is(Cue.BY)
                    && next.kind == Part.Kind.COLUMN
                    && !next.column().isTime()
                    && !next.column().isMeasure()) {
                for (int i = k; i <= k + 1; i++) {
                    parts.set(i, PhraseRewrites.understoodWord(parts.get(i).start, tokens));
                }
            }
        }
    }

    /**
     * "box plot of lateness per branch" beside MINS_LATE: a noun made of an adjective with -ness, read as nothing, is
     * the one measure whose name holds that adjective.
     */
    private static void nounsOfStates(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            boolean measured = k > 0
                    && (parts.get(k - 1).is(Cue.CHART)
                            || parts.get(k - 1).is(Cue.AGG)
                            || parts.get(k - 1).is(Cue.DIST));
            if (!(p.kind == Part.Kind.WORD || p.kind == Part.Kind.VALUE && measured)
                    || p.end - p.start != 1
                    || !w.endsWith("ness")
                    || w.length() < 8) {
                continue;
            }
            String state = w.substring(0, w.length() - 4);
            ColumnInfo measure = SchemaIndex.only(
                    index.columns, c -> c.isMeasure() && c.words().contains(state));
            if (measure != null) {
                parts.set(k, PhraseRewrites.asColumn(p, measure, Quality.SYNONYM, 0.85));
            }
        }
    }

    /** Words of money paid out, whatever comes before them. */
    private static final Set<String> PAID_OUT = Words.set("payout payouts");

    /** Words of money charged, only after an aggregation ("average charge"). */
    private static final Set<String> CHARGED = Words.set("charge charges");

    /**
     * "total payout by campus", "cashiers ranked by total paid out", "average charge per visit type": where no column's
     * name says so, the money paid out or charged is the one amount of money the rows record (their sales-like
     * measure), read from the words nothing else took.
     */
    private static void moneyPaidOut(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo money = index.salesMeasure;
        for (int k = 0; money != null && k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD) {
                continue;
            }
            String w = tokens.get(p.start).word();
            boolean paidOut = "paid".equals(w)
                    && p.end < tokens.size()
                    && "out".equals(tokens.get(p.end).word());
            // "penalty charge notices": a word before the things named describes them.
            boolean describing =
                    k + 1 < parts.size() && parts.get(k + 1).kind == Part.Kind.WORD && parts.get(k + 1).start == p.end;
            // "farrier charges" are the lines of a kind; "average charge", "total charges" the money.
            boolean charged = CHARGED.contains(w) && k > 0 && parts.get(k - 1).is(Cue.AGG);
            if ((PAID_OUT.contains(w) || paidOut || charged) && !describing) {
                parts.set(k, PhraseRewrites.asColumn(p, money, Quality.SYNONYM, 0.8));
            }
        }
    }

    /**
     * "total visitors per month" beside Group Size (pax) and Visit Date: people added up, where no column's name says
     * them, are the one measure that counts the people on each row.
     */
    private static void visitorsAddedUp(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo heads = index.headcountMeasure;
        for (int k = 1; heads != null && k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            // A date only like the word ("visitors" for Visit Date) cannot be added up either.
            boolean unread = p.kind == Part.Kind.WORD
                    || p.kind == Part.Kind.COLUMN
                            && p.column().role() == ColumnRole.DATE
                            && p.quality() != Quality.EXACT;
            // "total visitors", and "total attendance" or "turnout", which say the people without a plural.
            boolean people = t.isPlural() || MASS_ATTENDANCE.contains(t.word());
            if (unread
                    && people
                    && Synonyms.groupsOf(t.stem()).contains("attendance")
                    && parts.get(k - 1).is(Cue.AGG)
                    && "sum".equals(parts.get(k - 1).arg)) {
                parts.set(k, PhraseRewrites.asColumn(p, heads, Quality.SYNONYM, 0.8));
            }
        }
    }

    /** Words for the people who came that take no plural. */
    private static final Set<String> MASS_ATTENDANCE = Words.set("attendance footfall turnout");

    /** Nouns of an amount of money ("paid" alone is rather the other side of a flag: "free vs paid"). */
    private static final Set<String> MONEY_SAID =
            Words.set("amount fee fees price cost costs charge charges spend revenue takings income earnings");

    /**
     * "stay minutes vs amount paid" beside TARIFF_GBP: unread words after "vs" that say money changed hands are the
     * takings, the other side of the pair.
     */
    private static void moneyAfterVersus(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo money = index.salesMeasure;
        for (int k = 0; money != null && k + 1 < parts.size(); k++) {
            if (!parts.get(k).is(Cue.VS)) {
                continue;
            }
            int last = k + 1;
            boolean said = false;
            while (last < parts.size() && parts.get(last).kind == Part.Kind.WORD && last - k <= 3) {
                said |= MONEY_SAID.contains(tokens.get(parts.get(last).start).word());
                last++;
            }
            if (!said || parts.stream().anyMatch(p -> p.kind == Part.Kind.COLUMN && p.column() == money)) {
                continue;
            }
            Part first = parts.get(k + 1);
            Part end = parts.get(last - 1);
            Part column = Part.column(
                    first.start,
                    end.end,
                    text(tokens, first.start, end.end - first.start),
                    List.of(new ColumnMatcher.Hit(money, end.end - first.start, Quality.SYNONYM, 0.9)));
            parts.subList(k + 1, last).clear();
            parts.add(k + 1, column);
        }
    }

    /** Nouns of the people who do the rows' work. */
    private static final Set<String> WORKERS = Words.set("""
        staff staffs employee employees worker workers driver drivers operator operators pharmacist pharmacists
        officer officers agent agents cashier cashiers clerk clerks colleague colleagues technician technicians
        housekeeper housekeepers carer carers volunteer volunteers helper helpers salesman salesmen salespeople
        salesperson rep reps engineer engineers tech techs supervisor supervisors server servers waiter waiters
        bartender bartenders
        """);
    /** Words of a column's name that say it holds who did the row's work. */
    private static final Set<String> DOER_WORDS = Set.of(
            "by",
            "operator",
            "staff",
            "employee",
            "user",
            "agent",
            "attendant",
            "carer",
            "advisor",
            "salesperson",
            "supervisor",
            "engineer",
            "technician",
            "server",
            "waiter",
            "bartender",
            "cashier");

    /**
     * "top 10 staff by number of entries" beside given_by, "bottom 5 drivers by total lifts" beside OPERATOR_ID,
     * "interventions per pharmacist" beside Checked_By: people ranked or grouped, named by no column, are the one
     * column holding who did each row's work.
     */
    private static void peopleRanked(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            // "top 10 door staff": one word may say which staff.
            int at = k - 1;
            if (before.kind == Part.Kind.WORD && k > 1 && before.end - before.start == 1 && before.end == p.start) {
                at = k - 2;
                before = parts.get(at);
            }
            boolean ranked = before.kind == Part.Kind.NUMBER
                            && at > 0
                            && (parts.get(at - 1).is(Cue.TOP)
                                    || parts.get(at - 1).is(Cue.WHICH))
                    || before.is(Cue.RANK)
                    || before.is(Cue.WHICH)
                    || before.isGrouping();
            boolean people = p.end - p.start == 1
                    && WORKERS.contains(tokens.get(p.start).word())
                    && (p.kind == Part.Kind.WORD || p.is(Cue.CAUSE));
            if (!ranked || !people) {
                continue;
            }
            ColumnInfo doer = SchemaIndex.only(
                    index.columns,
                    c -> !c.isMeasure()
                            && !c.isTime()
                            && c.role() != ColumnRole.BOOLEAN
                            && c.words().stream().anyMatch(DOER_WORDS::contains));
            if (doer != null) {
                parts.set(k, PhraseRewrites.asColumn(p, doer, Quality.SYNONYM, 0.8));
            }
        }
    }

    /** Nouns of people who hold or belong to something. */
    private static final Set<String> HOLDERS = Words.set("holder holders member members owner owners user users");

    /**
     * "loyalty card holders" beside Loyalty Y/N and a Pay Type of Card: a value between a yes/no column's word and
     * a noun of people holding it is part of the flag's phrase, not a filter of its own.
     */
    private static void holdersOfFlags(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part flag = parts.get(k - 1);
            Part p = parts.get(k);
            Part holders = parts.get(k + 1);
            if (flag.kind == Part.Kind.COLUMN
                    && flag.column().role() == ColumnRole.BOOLEAN
                    && p.kind == Part.Kind.VALUE
                    && p.start == flag.end
                    && p.end - p.start == 1
                    && holders.kind == Part.Kind.WORD
                    && holders.start == p.end
                    && HOLDERS.contains(tokens.get(holders.start).word())) {
                // Gone from the parts, so that the people right after the flag are the rows it describes.
                parts.remove(k);
            }
        }
    }

    /**
     * "total volume given by first-time donors": "by" before a yes/no column's name and a plural noun says who did
     * it, the rows the flag describes, unless the question sets them against the others ("vs the rest").
     */
    private static void byFlaggedRows(List<Part> parts, List<Token> tokens) {
        if (parts.stream().anyMatch(p -> p.is(Cue.VS) || p.is(Cue.COMPARE))) {
            return;
        }
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part by = parts.get(k - 1);
            Part flag = parts.get(k);
            Part rows = parts.get(k + 1);
            if (by.is(Cue.BY)
                    && flag.kind == Part.Kind.COLUMN
                    && flag.columns.size() == 1
                    && flag.column().role() == ColumnRole.BOOLEAN
                    && rows.start == flag.end
                    && rows.end - rows.start == 1
                    && (rows.kind == Part.Kind.WORD || rows.kind == Part.Kind.COLUMN)
                    && tokens.get(rows.start).isPlural()) {
                parts.set(k - 1, PhraseRewrites.understoodWord(by.start, tokens));
            }
        }
    }

    /**
     * "stacked by whether it was out of hours" beside OUT_OF_HOURS_FLAG: a negation whose words open the name of
     * the column right after it is part of that name, not a filter of its other side.
     */
    private static void namesOpeningWithNot(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part not = parts.get(k);
            Part named = parts.get(k + 1);
            if (!not.is(Cue.NOT) || named.kind != Part.Kind.COLUMN || named.start != not.end) {
                continue;
            }
            List<String> words = named.column().words();
            String opening = tokens.get(not.start).word();
            if (words.size() > 1 && words.get(0).equals(opening)) {
                parts.remove(k);
                parts.set(
                        k,
                        Part.column(
                                not.start, named.end, text(tokens, not.start, named.end - not.start), named.columns));
            }
        }
    }

    /** Comparatives of a length of time. */
    private static final Set<String> TIME_COMPARATIVES = Set.of("longer", "shorter", "faster", "slower", "quicker");

    /**
     * "does warmer water mean longer swims", "do longer hires get a cheaper day rate", "a faster escape": a
     * comparative of time before a noun is the length of time whose name has that noun, or the file's one length of
     * time.
     */
    private static void lengthsCompared(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part noun = parts.get(k + 1);
            if (p.kind != Part.Kind.WORD
                    || !TIME_COMPARATIVES.contains(tokens.get(p.start).word())
                    || noun.start != p.end
                    || noun.end - noun.start != 1
                    || noun.kind != Part.Kind.WORD && noun.kind != Part.Kind.COLUMN) {
                continue;
            }
            String stem = tokens.get(noun.start).stem();
            List<ColumnInfo> lengths = index.columns.stream()
                    .filter(c -> c.isMeasure() && c.core().stream().anyMatch(LENGTH_WORDS::contains))
                    .toList();
            List<ColumnInfo> named =
                    lengths.stream().filter(c -> c.core().contains(stem)).toList();
            ColumnInfo length = named.size() == 1 ? named.get(0) : lengths.size() == 1 ? lengths.get(0) : null;
            if (length == null) {
                continue;
            }
            List<ColumnMatcher.Hit> hit = List.of(new ColumnMatcher.Hit(length, 2, Quality.SYNONYM, 0.85));
            parts.remove(k + 1);
            parts.set(k, Part.column(p.start, noun.end, text(tokens, p.start, noun.end - p.start), hit));
        }
    }

    /** Words that open a yes/no question, after which "mean" is a verb. */
    private static final Set<String> YES_NO_OPENERS = Set.of("does", "do", "did", "will", "would", "can");

    /** "does warmer water mean longer swims": in a yes/no question, "mean" between two things is a verb. */
    private static void meanAsVerb(List<Part> parts, List<Token> tokens) {
        if (tokens.isEmpty() || !YES_NO_OPENERS.contains(tokens.get(0).word())) {
            return;
        }
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.is(Cue.AGG)
                    && "mean".equals(p.text)
                    && !parts.get(k + 1).isCue()
                    && !(p.end < tokens.size() && "of".equals(tokens.get(p.end).word()))) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "median units loaded per line by driver" beside LineNo, "average price per test line": per line of a file whose
     * lines are numbered is per row, not a grouping by the line's running number.
     */
    private static void perLine(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k + 1);
            if (!parts.get(k).is(Cue.PER)
                    || p.kind != Part.Kind.COLUMN
                    || !"line".equals(tokens.get(p.end - 1).stem())
                    || p.columns.stream()
                            .noneMatch(h -> h.column().core().equals(List.of("line"))
                                    && (h.column().role() == ColumnRole.ID
                                            || h.column().isNumeric()))) {
                continue;
            }
            List<Part> words = new ArrayList<>();
            for (int i = parts.get(k).start; i < p.end; i++) {
                words.add(PhraseRewrites.understoodWord(i, tokens));
            }
            parts.subList(k, k + 2).clear();
            parts.addAll(k, words);
            k += words.size() - 1;
        }
    }

    /**
     * "expired units by category" beside QtyExpired and UnitsSold: a word partly naming a quantity, right before a
     * word for quantities, is that quantity's name, not a second measure.
     */
    private static void quantitiesNamed(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.PARTIAL
                    && p.column().isMeasure()
                    && p.column().core().contains("quantity")
                    && next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && next.end - next.start == 1
                    && next.column() != p.column()
                    && Synonyms.groupsOf(tokens.get(next.start).stem()).contains("quantity")) {
                parts.set(k, Part.column(p.start, next.end, text(tokens, p.start, 2), p.columns));
                parts.remove(k + 1);
            }
        }
    }

    /**
     * "pie of enquiries with vs without a viewing booked" beside viewing_booked and a Status of Viewing Booked: with
     * and without a thing a yes/no column is named for are that flag's two sides, a grouping, not a filter.
     */
    private static void withAndWithout(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 3 < parts.size(); k++) {
            Part with = parts.get(k);
            Part named = parts.get(k + 3);
            if (!with.is(Cue.WHERE)
                    || !"with".equals(with.text)
                    || !parts.get(k + 1).is(Cue.VS) && !parts.get(k + 1).is(Cue.OR)
                    || !parts.get(k + 2).is(Cue.NOT)
                    || !"without".equals(parts.get(k + 2).text)
                    || named.kind != Part.Kind.VALUE && named.kind != Part.Kind.COLUMN) {
                continue;
            }
            List<String> stems = new ArrayList<>();
            for (int i = named.start; i < named.end; i++) {
                stems.add(tokens.get(i).stem());
            }
            ColumnInfo flag = SchemaIndex.only(
                    index.columns,
                    c -> c.role() == ColumnRole.BOOLEAN && c.words().equals(stems));
            if (flag == null) {
                continue;
            }
            List<ColumnMatcher.Hit> hit =
                    List.of(new ColumnMatcher.Hit(flag, named.end - named.start, Quality.EXACT, 1.0));
            parts.set(k + 3, Part.column(named.start, named.end, named.text, hit));
            for (int j = k; j < k + 3; j++) {
                parts.set(j, PhraseRewrites.understoodWord(parts.get(j).start, tokens));
            }
        }
    }

    /** Nouns of money itself, which only a money column holds. */
    private static final Set<String> CASH = Set.of("cash", "money", "monies", "funds");

    /** Participles of money coming in. */
    private static final Set<String> COLLECTED = Set.of("collected", "received", "paid", "banked", "taken");

    /**
     * "total collected for 2024/25", "how much have we collected" beside amount_paid: money said to have come in,
     * right after a total or "how much" and with no measure named, is the one money measure named for what was paid.
     */
    private static void totalCollected(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (parts.stream()
                .anyMatch(x -> x.kind == Part.Kind.COLUMN && x.column().isMeasure())) {
            return;
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            String verb = tokens.get(p.start).word();
            // "cash received by month", "cash recieved": money said to have come in.
            boolean cash = before.kind == Part.Kind.WORD
                    && before.end == p.start
                    && CASH.contains(tokens.get(before.start).word());
            // "how much have we collected from concession members": the amount asked for is money come in.
            boolean howMuch = before.is(Cue.VALUEQ) && "how much".equals(before.text.toLowerCase(Locale.ROOT));
            if (p.kind != Part.Kind.WORD
                    || !before.is(Cue.AGG) && !cash && !howMuch
                    || !COLLECTED.contains(verb) && COLLECTED.stream().noneMatch(w -> Words.isTypo(verb, w))) {
                continue;
            }
            ColumnInfo paid = SchemaIndex.only(
                    index.columns,
                    c -> c.isMeasure()
                            && (NumericColumns.money(c) || c.groups().contains("sales"))
                            && c.core().stream().anyMatch(PAID_WORDS::contains));
            if (paid != null) {
                parts.set(k, PhraseRewrites.asColumn(p, paid, Quality.SYNONYM, 0.8));
            }
        }
    }

    /** Words of a money column's name saying the money came in. */
    private static final Set<String> PAID_WORDS = Set.of("paid", "received", "collected", "banked");

    /**
     * "rent collected per rent year", "rent payments received by month" beside Rent Due £ and Amount Paid £: money
     * said to have come in is the one money measure named for what was paid, not what was due.
     */
    private static void moneyCollected(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.columns.stream().noneMatch(h -> h.column().isMeasure() && NumericColumns.money(h.column()))) {
                continue;
            }
            int j = k + 1;
            if (parts.get(j).kind == Part.Kind.WORD && j + 1 < parts.size()) {
                j++;
            }
            Part verb = parts.get(j);
            if (verb.kind != Part.Kind.WORD
                    || !COLLECTED.contains(tokens.get(verb.start).word())) {
                verb = parts.get(k + 1);
                if (verb.kind != Part.Kind.WORD
                        || !COLLECTED.contains(tokens.get(verb.start).word())) {
                    continue;
                }
            }
            ColumnInfo paid = SchemaIndex.only(
                    index.columns,
                    c -> c.isMeasure()
                            && NumericColumns.money(c)
                            && c.core().stream().anyMatch(PAID_WORDS::contains));
            if (paid == null || p.columns.stream().anyMatch(h -> h.column() == paid)) {
                continue;
            }
            parts.set(
                    k,
                    Part.column(p.start, p.end, p.text, List.of(new ColumnMatcher.Hit(paid, 1, Quality.SYNONYM, 0.8))));
            verb.used = true;
        }
    }

    /**
     * "only deliveries" beside fulfilment (Delivery, Collection) and deliveredAt: after "only", a word left unread
     * that spells exactly one value of a category is that value.
     */
    private static void onlyValues(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!parts.get(k - 1).is(Cue.ONLY) || p.kind != Part.Kind.WORD || p.end - p.start != 1) {
                continue;
            }
            asOneCategoryValue(parts, k, tokens, index);
        }
    }

    /** Reads the one-token part {@code k} as a value where it spells exactly one value of a category. */
    private static void asOneCategoryValue(List<Part> parts, int k, List<Token> tokens, SchemaIndex index) {
        Part p = parts.get(k);
        List<ValueIndex.Found> spelled = index.values.exact(tokens, p.start).stream()
                .filter(f -> f.length() == 1 && f.entry().column().role() == ColumnRole.CATEGORY)
                .toList();
        if (spelled.size() == 1) {
            parts.set(k, Part.value(p.start, p.end, p.text, spelled));
        }
    }

    /**
     * "delivery vs collection orders", "delivery/collection" beside fulfilment (Delivery, Collection) and deliveredAt:
     * a name set against a value of one column is that column's other value when it spells one exactly.
     */
    private static void valuesSetAgainstEachOther(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part first = parts.get(k);
            Part joint = parts.get(k + 1);
            // "delivery/collection": a slash between the two, read as no part.
            boolean slashed = joint.start == first.end + 1
                    && "/".equals(tokens.get(first.end).raw());
            Part second = slashed ? joint : k + 2 < parts.size() ? parts.get(k + 2) : null;
            boolean against = slashed || second != null && (joint.is(Cue.VS) || joint.is(Cue.OR));
            if (!against) {
                continue;
            }
            Part name = first.kind == Part.Kind.COLUMN && second.kind == Part.Kind.VALUE
                    ? first
                    : second.kind == Part.Kind.COLUMN && first.kind == Part.Kind.VALUE ? second : null;
            Part value = name == first ? second : first;
            if (name == null) {
                continue;
            }
            ColumnInfo c = value.value().column();
            List<ValueIndex.Found> spelled = index.values.exact(tokens, name.start).stream()
                    .filter(f -> f.entry().column() == c
                            && f.length() == name.end - name.start
                            && f.entry() != value.value())
                    .toList();
            if (spelled.size() == 1) {
                parts.set(parts.indexOf(name), Part.value(name.start, name.end, name.text, spelled));
            }
        }
    }

    /**
     * "battery vs no battery jobs per region", "member vs non-member washes per site": a thing set against its own
     * absence is the yes/no column named for it, and the plural after it is the rows counted, not a column it
     * partly names.
     */
    private static void flagAgainstItsAbsence(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part first = parts.get(k);
            int second = parts.get(k + 2).is(Cue.NOT) ? k + 3 : k + 2;
            if (first.kind != Part.Kind.COLUMN || !parts.get(k + 1).is(Cue.VS) || second >= parts.size()) {
                continue;
            }
            Part other = parts.get(second);
            if (other.kind != Part.Kind.COLUMN || !other.text.equalsIgnoreCase(first.text)) {
                continue;
            }
            ColumnMatcher.Hit flag = first.columns.stream()
                    .filter(h -> h.column().role() == ColumnRole.BOOLEAN)
                    .findFirst()
                    .orElse(null);
            if (flag == null) {
                continue;
            }
            List<ColumnMatcher.Hit> hit =
                    List.of(new ColumnMatcher.Hit(flag.column(), flag.length(), Quality.EXACT, 1.0));
            parts.set(k, Part.column(first.start, first.end, first.text, hit));
            parts.set(second, Part.column(other.start, other.end, other.text, hit));
            Part rows = second + 1 < parts.size() ? parts.get(second + 1) : null;
            if (rows != null
                    && rows.kind == Part.Kind.COLUMN
                    && rows.end - rows.start == 1
                    && tokens.get(rows.start).isPlural()
                    && rows.columns.stream()
                            .allMatch(h -> h.quality() == Quality.PARTIAL
                                    && !h.column().isMeasure())) {
                parts.set(second + 1, PhraseRewrites.understoodWord(rows.start, tokens));
            }
        }
    }

    /** Words of a name that make it a length of time. */
    private static final Set<String> LENGTH_WORDS =
            Set.of("minute", "min", "hour", "hr", "day", "second", "sec", "time", "duration");

    /**
     * "histogram of rectification times" beside Rectification Reqd (Y/N) and Mins to Rectify: an action and "time"
     * is the one length of time whose name has a word of the same root, not a flag the action names.
     */
    private static void timesOfActions(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 2
                    || p.quality() == Quality.EXACT
                    || p.column().isMeasure()
                    || !"time".equals(tokens.get(p.start + 1).stem())) {
                continue;
            }
            String w = tokens.get(p.start).word();
            if (w.length() < 6) {
                continue;
            }
            String root = w.substring(0, 6);
            ColumnInfo length = SchemaIndex.only(
                    index.columns,
                    c -> c.isMeasure()
                            && c.words().stream().anyMatch(LENGTH_WORDS::contains)
                            && c.words().stream().anyMatch(x -> x.startsWith(root)));
            if (length != null) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                p.end,
                                p.text,
                                List.of(new ColumnMatcher.Hit(length, 2, Quality.SYNONYM, 0.9))));
            }
        }
    }

    /** Prepositions between "time" and where the time was spent. */
    private static final Set<String> TIME_PLACES = Set.of("on", "at", "in");

    /**
     * "avg time on site per crew leader" beside HRS_ON_SITE: "time" (or "time spent") on, at or in a place is the
     * one length of time whose name has that place's word, not a date and that place's column.
     */
    private static void timeOnPlace(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            int i = p.start;
            if (p.kind != Part.Kind.COLUMN || !"time".equals(tokens.get(i).stem())) {
                continue;
            }
            int j = i + 1;
            if (j < tokens.size() && "spent".equals(tokens.get(j).word())) {
                j++;
            }
            if (j + 1 >= tokens.size() || !TIME_PLACES.contains(tokens.get(j).word())) {
                continue;
            }
            int at = j + 1;
            if (at + 1 < tokens.size() && "the".equals(tokens.get(at).word())) {
                at++;
            }
            String place = tokens.get(at).stem();
            List<ColumnInfo> lengths = index.columns.stream()
                    .filter(c -> c.isMeasure() && c.core().stream().anyMatch(LENGTH_WORDS::contains))
                    .toList();
            List<ColumnInfo> named =
                    lengths.stream().filter(c -> c.words().contains(place)).toList();
            // "average time in the water" in pool swims: the file's one length of time, where no name says the place
            // and "time" alone read only as dates.
            boolean datesOnly = p.columns.stream().allMatch(h -> h.column().isTime());
            ColumnInfo length = named.size() == 1
                    ? named.get(0)
                    : named.isEmpty() && datesOnly && lengths.size() == 1 ? lengths.get(0) : null;
            if (length == null) {
                continue;
            }
            j = at - 1;
            int end = Math.max(j + 2, p.end);
            int last = k;
            while (last + 1 < parts.size() && parts.get(last + 1).start < end) {
                last++;
            }
            end = Math.max(end, parts.get(last).end);
            List<ColumnMatcher.Hit> hit = List.of(new ColumnMatcher.Hit(length, end - i, Quality.SYNONYM, 0.9));
            parts.subList(k + 1, last + 1).clear();
            parts.set(k, Part.column(i, end, text(tokens, i, end - i), hit));
        }
    }

    /**
     * "number of lines per payment type", "how many lines per shipping method" beside line_net_gbp and line_status:
     * lines counted are the rows of a file of lines, not a line chart nor a column whose name begins with "line".
     */
    private static void linesCounted(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            boolean linesNamed = p.kind == Part.Kind.COLUMN
                    && p.columns.stream()
                            .allMatch(h -> h.column().words().size() > 1
                                    && "line".equals(h.column().words().get(0)));
            if ((p.is(Cue.CHART) || linesNamed)
                    && p.end - p.start == 1
                    && "lines".equals(tokens.get(p.start).word())
                    && parts.get(k - 1).is(Cue.COUNT)) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /**
     * "stacked by whether a challenge was received": "whether" between a grouping word and a yes/no column only says
     * the grouping is by its two sides.
     */
    private static void whetherFlags(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.WORD
                    && "whether".equals(tokens.get(p.start).word())
                    && (before.is(Cue.SERIES) || before.is(Cue.BY))
                    && next.kind == Part.Kind.COLUMN
                    && next.column().role() == ColumnRole.BOOLEAN) {
                parts.remove(k);
            }
        }
    }

    /**
     * "median penalty charge" beside PENALTY_AMOUNT and CHARGE_BAND: a money noun right after a money measure's word
     * is that measure's own noun, not a partly named band or kind.
     */
    private static void moneyNounsAfterMeasures(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.COLUMN
                    || !p.column().isMeasure()
                    || next.kind != Part.Kind.COLUMN
                    || next.start != p.end
                    || next.end - next.start != 1
                    || next.quality() == Quality.EXACT
                    || next.column().isMeasure()
                    || !MONEY_SAID.contains(tokens.get(next.start).word())) {
                continue;
            }
            parts.set(k, Part.column(p.start, next.end, text(tokens, p.start, next.end - p.start), p.columns));
            parts.remove(k + 1);
        }
    }

    /** Words for the money of a line. */
    private static final Set<String> LINE_MONEY =
            Set.of("value", "values", "total", "totals", "amount", "amounts", "cost", "costs", "price", "prices");

    /**
     * "median line value for each till" beside LineTotal: "line" before a money word is the one measure whose name
     * begins with "line", not a line chart.
     */
    private static void lineAmounts(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!(p.is(Cue.CHART) || p.kind == Part.Kind.WORD)
                    || p.end - p.start != 1
                    || !"line".equals(tokens.get(p.start).word())
                    || p.end >= tokens.size()
                    || !LINE_MONEY.contains(tokens.get(p.end).word())) {
                continue;
            }
            ColumnInfo line = SchemaIndex.only(
                    index.columns,
                    c -> c.isMeasure()
                            && !c.words().isEmpty()
                            && "line".equals(c.words().get(0)));
            if (line == null) {
                continue;
            }
            int end = p.end + 1;
            int last = k + 1;
            while (last < parts.size() && parts.get(last).start < end) {
                last++;
            }
            parts.subList(k, last).clear();
            parts.add(
                    k,
                    Part.column(
                            p.start,
                            end,
                            text(tokens, p.start, end - p.start),
                            List.of(new ColumnMatcher.Hit(line, end - p.start, Quality.SYNONYM, 0.9))));
        }
    }

    /** Units of the calendar a category may be named after ("event_day", "Match Week"). */
    private static final Set<String> CALENDAR_UNITS = Set.of("day", "week", "month", "quarter", "season");

    /**
     * "scans by festival day" beside scan_ts and event_day: an unread word before a unit of time, where one category's
     * name ends with that unit, is that category (the festival's days), not the date's grain.
     */
    private static void namedDays(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part word = parts.get(k - 1);
            if (!p.is(Cue.UNIT)
                    || word.kind != Part.Kind.WORD
                    || word.end != p.start
                    || !CALENDAR_UNITS.contains(p.arg)) {
                continue;
            }
            String unit = p.arg;
            ColumnInfo named = SchemaIndex.only(
                    index.columns,
                    c -> c.role() == ColumnRole.CATEGORY
                            && c.words().size() > 1
                            && unit.equals(c.words().get(c.words().size() - 1)));
            if (named == null) {
                continue;
            }
            List<ColumnMatcher.Hit> hit = List.of(new ColumnMatcher.Hit(named, 2, Quality.PARTIAL, 0.8));
            parts.set(k, Part.column(word.start, p.end, text(tokens, word.start, p.end - word.start), hit));
            parts.remove(k - 1);
        }
    }

    /** Words after a unit of time that ask for its number ("week number", "month no"). */
    private static final Set<String> NUMBER_WORDS = Set.of("number", "no", "num", "nr", "#");

    /**
     * "qty by week number" beside Wk and OrderDate, "lesson count by month number" beside MONTH_NO: a unit of time
     * followed by "number" is the one column that numbers that unit, not the date's grain.
     */
    private static void numberedPeriods(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.UNIT)
                    || p.end >= tokens.size()
                    || !NUMBER_WORDS.contains(tokens.get(p.end).word())) {
                continue;
            }
            String unit = p.arg;
            ColumnInfo numbered =
                    SchemaIndex.only(index.columns, c -> !c.isTime() && c.core().equals(List.of(unit)));
            if (numbered == null) {
                continue;
            }
            int end = p.end + 1;
            List<ColumnMatcher.Hit> hit = List.of(new ColumnMatcher.Hit(numbered, end - p.start, Quality.SYNONYM, 0.9));
            int last = k + 1;
            while (last < parts.size() && parts.get(last).start < end) {
                last++;
            }
            parts.subList(k, last).clear();
            parts.add(k, Part.column(p.start, end, text(tokens, p.start, end - p.start), hit));
        }
    }

    /** Words for a percentage said alone. */
    private static final Set<String> PERCENT_WORDS = Set.of("percentage", "percent", "pct", "%");

    /**
     * "average maths percentage by year group", "highest percentage achieved", "average % for pupils with extra time"
     * beside one pct_score: a percentage averaged or ranked is the one measure that is a percentage, not a share of
     * the rows.
     */
    private static void percentagesAggregated(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo pct = index.percentMeasure;
        if (pct == null || parts.stream().anyMatch(p -> p.kind == Part.Kind.COLUMN && p.column() == pct)) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!PERCENT_WORDS.contains(tokens.get(i).word())) {
                continue;
            }
            int k = 0;
            while (k < parts.size() && parts.get(k).end <= i) {
                k++;
            }
            boolean covered = k < parts.size() && parts.get(k).start <= i;
            if (covered && !(parts.get(k).is(Cue.SHARE) && parts.get(k).end - parts.get(k).start == 1)) {
                continue;
            }
            boolean aggregated = false;
            for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
                aggregated |= parts.get(j).is(Cue.AGG) || parts.get(j).is(Cue.SUPER);
            }
            if (!aggregated) {
                continue;
            }
            List<ColumnMatcher.Hit> hit = List.of(new ColumnMatcher.Hit(pct, 1, Quality.SYNONYM, 0.9));
            Part column = Part.column(i, i + 1, tokens.get(i).raw(), hit);
            if (covered) {
                parts.set(k, column);
            } else {
                parts.add(k, column);
            }
            return;
        }
    }

    /**
     * "show as area", "make it area", "..., as an area" beside a Zone that "area" is a synonym of: the last word after asking for a
     * chart as something is the chart's type.
     */
    private static void areaCharts(List<Part> parts, List<Token> tokens) {
        int last = parts.size() - 1;
        if (last < 1) {
            return;
        }
        Part p = parts.get(last);
        Part before = parts.get(last - 1);
        boolean asked = before.is(Cue.MAKEIT)
                && (before.text.endsWith(" as")
                        || "make it".equals(before.text)
                        || "as a".equals(before.text)
                        || "as an".equals(before.text));
        if (asked
                && p.end - p.start == 1
                && p.end == tokens.size()
                && "area".equals(tokens.get(p.start).word())) {
            parts.set(last, Part.cue(p.start, p.end, p.text, Cue.CHART, "area"));
        }
    }

    /**
     * "timesheets still unapproved" beside TS Approved (Y/N), "non-refunded lines": a flag's participle with a negating
     * prefix is that flag's no, as "not approved" is.
     */
    private static void negatedFlags(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD || p.end - p.start != 1) {
                continue;
            }
            String rest = YesNoFilters.unprefixed(tokens.get(p.start).word());
            if (rest.isEmpty() || !Words.isParticiple(rest)) {
                continue;
            }
            List<ColumnInfo> flags = index.columns.stream()
                    .filter(c -> c.role() == ColumnRole.BOOLEAN && c.core().contains(rest))
                    .toList();
            if (flags.size() == 1) {
                notTheFlag(parts, k, flags.get(0));
                k++;
            }
        }
    }

    /** Replaces part {@code k} with "not" and the flag it denies, read as that flag's no. */
    private static void notTheFlag(List<Part> parts, int k, ColumnInfo flag) {
        Part p = parts.get(k);
        parts.set(k, Part.cue(p.start, p.start, "not", Cue.NOT, null));
        parts.add(
                k + 1,
                Part.column(p.start, p.end, p.text, List.of(new ColumnMatcher.Hit(flag, 1, Quality.PARTIAL, 0.7))));
    }

    /**
     * "how many estimates were declined" beside APPRVD_YN: said as done to the rows, the opposite of a flag's
     * participle is that flag's no.
     */
    private static void oppositeFlags(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.end - p.start != 1 || p.start == 0 || !(p.kind == Part.Kind.WORD || p.kind == Part.Kind.CUE)) {
                continue;
            }
            List<String> opposites =
                    OPPOSITE_PARTICIPLES.get(tokens.get(p.start).word());
            if (opposites == null || !PASSIVE.contains(tokens.get(p.start - 1).word())) {
                continue;
            }
            List<ColumnInfo> flags = index.columns.stream()
                    .filter(c -> c.role() == ColumnRole.BOOLEAN
                            && c.core().size() == 1
                            && opposites.stream()
                                    .anyMatch(o -> o.equals(c.core().get(0))
                                            || c.core().get(0).length() >= 4
                                                    && WordForms.lettersInOrder(
                                                            c.core().get(0), o)))
                    .toList();
            if (flags.size() == 1) {
                notTheFlag(parts, k, flags.get(0));
                k++;
            }
        }
    }

    /** Participles and the participles they deny ("declined" is not approved). */
    private static final Map<String, List<String>> OPPOSITE_PARTICIPLES = Map.of(
            "declined", List.of("approved", "accepted"),
            "rejected", List.of("approved", "accepted"),
            "refused", List.of("approved", "accepted", "granted"),
            "failed", List.of("passed"));

    private static final Set<String> PASSIVE = Set.of("were", "was", "been", "got", "get", "be");

    /**
     * "avg operating time", "operating minutes" beside OP_MINS: a word the data does not know, then time or a unit of
     * it, is the one duration whose name is that word cut short and a unit of time.
     */
    private static void shortenedDurations(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind != Part.Kind.WORD || p.end - p.start != 1 || next.start != p.end || next.end - next.start != 1) {
                continue;
            }
            String word = tokens.get(p.start).word();
            Token time = tokens.get(next.start);
            boolean timeWord = DURATION_WORDS.contains(time.word()) || Words.TIME_UNITS.contains(time.stem());
            if (word.length() < 5 || !timeWord) {
                continue;
            }
            ColumnInfo found = null;
            int matches = 0;
            for (ColumnInfo c : index.columns) {
                List<String> core = c.core();
                if (c.isMeasure()
                        && core.size() == 2
                        && Words.TIME_UNITS.contains(core.get(1))
                        && core.get(0).length() >= 2
                        && core.get(0).length() < word.length()
                        && word.startsWith(core.get(0))) {
                    found = c;
                    matches++;
                }
            }
            if (matches == 1) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, found, Quality.EXACT, 0.95);
            }
        }
    }

    /**
     * "median press time" beside PRESS_DT and PRESS_HRS, "avg groom time" beside groomer and duration_mins: a word and
     * "time" are the measure of that word in hours or minutes, or else, when no name holds the word, the one measure
     * of how long each row took; not a date or a person the word only begins.
     */
    private static void timesOfActivities(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token w = tokens.get(i);
            if (!w.isWord()
                    || !DURATION_WORDS.contains(tokens.get(i + 1).stem())
                    || Words.STOPWORDS.contains(w.word())) {
                continue;
            }
            int first = Parts.covering(parts, i);
            int last = Parts.covering(parts, i + 1);
            if (first < 0 || last < 0 || parts.get(last).end != i + 2 || parts.get(first).start != i) {
                continue;
            }
            Part head = parts.get(first);
            // "over time", or "lead time" read as a measure of that word already, are not this.
            // ... nor a name said whole ("slot time" beside SLOT_TIME and SLOT_MINS).
            boolean read = head.kind != Part.Kind.WORD && head.kind != Part.Kind.COLUMN
                    || head.kind == Part.Kind.COLUMN
                            && head.column().isMeasure()
                            && head.column().words().contains(w.stem())
                    || first == last && head.quality() == Quality.EXACT;
            if (read) {
                continue;
            }
            ColumnInfo named = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.isMeasure()
                            && c.words().size() == 2
                            && c.words().get(0).equals(w.stem())
                            && ACTIVITY_UNITS.contains(c.words().get(1)));
            boolean unknown = index.columns.stream().noneMatch(c -> c.words().contains(w.stem()));
            ColumnInfo only = named != null || !unknown
                    ? named
                    : PhraseRewrites.onlyColumn(
                            index,
                            c -> c.isMeasure()
                                    && c.groups().contains("duration")
                                    && c.words().stream().anyMatch(ACTIVITY_UNITS::contains));
            if (only != null) {
                PhraseRewrites.joinAsColumn(parts, first, last, only, Quality.SYNONYM, 0.9);
            }
        }
    }

    /** Small words that may stand for the dash of a two-part value ("Skipped - Weather" as "skipped for weather"). */
    private static final Set<String> VALUE_JOINS = Set.of("for", "due", "to", "because", "of", "from", "by", "the");

    /**
     * "jobs skipped for weather" beside a STATUS of Skipped - Weather, "flights aborted due to weather": the two words
     * of a value, with small words between them in place of its dash, are that value.
     */
    private static void valuesAroundSmallWords(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part a = parts.get(k);
            // "cancelled by the patient": a "by" read as a grouping may stand between them.
            int second = parts.get(k + 1).is(Cue.BY) && k + 2 < parts.size() ? k + 2 : k + 1;
            Part b = parts.get(second);
            if (a.end - a.start != 1 || b.end - b.start != 1 || b.start - a.end < 1 || b.start - a.end > 2) {
                continue;
            }
            boolean joined = true;
            for (int i = a.end; i < b.start; i++) {
                joined &= VALUE_JOINS.contains(tokens.get(i).word());
            }
            boolean words = a.kind == Part.Kind.WORD && (b.kind == Part.Kind.WORD || b.kind == Part.Kind.COLUMN);
            if (!joined || !words) {
                continue;
            }
            List<String> pair =
                    List.of(tokens.get(a.start).stem(), tokens.get(b.start).stem());
            List<String> raw =
                    List.of(tokens.get(a.start).word(), tokens.get(b.start).word());
            List<ValueIndex.Entry> found = index.values.withWord(raw.get(0)).stream()
                    .filter(e -> e.stems().equals(pair) || e.stems().equals(raw))
                    .toList();
            if (found.size() == 1) {
                String text = a.text + " " + b.text;
                parts.set(
                        k,
                        Part.value(
                                a.start, b.end, text, List.of(new ValueIndex.Found(found.get(0), 2, Quality.EXACT))));
                parts.subList(k + 1, second + 1).clear();
            }
        }
    }

    /** Units of the time an activity takes, as names write them once read ("DURATION_MINS", "Labour Hrs"). */
    private static final Set<String> ACTIVITY_UNITS = Set.of("second", "minute", "hour");

    /**
     * "avg job time" beside JOB_ID, JOB_DATE and DURATION_MINS, "lesson time" beside LESSON_NO: the time of the things
     * the rows are, or of a thing an id names, is how long each took, the one measure in seconds, minutes or hours,
     * not their id or their date.
     */
    private static void timesOfRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 2 || p.column().isMeasure()) {
                continue;
            }
            Token noun = tokens.get(p.start);
            Token time = tokens.get(p.start + 1);
            if (!DURATION_WORDS.contains(time.word())
                    || !(index.isRowNoun(noun.stem())
                            || index.isRowIdEntity(noun.stem())
                            || index.entities.containsKey(noun.stem()))) {
                continue;
            }
            ColumnInfo only = PhraseRewrites.onlyColumn(
                    index,
                    c -> c.isMeasure()
                            && c.groups().contains("duration")
                            && c.words().stream().anyMatch(ACTIVITY_UNITS::contains));
            if (only != null) {
                parts.set(k, PhraseRewrites.asColumn(p, only, Quality.SYNONYM, 0.9));
            }
        }
    }

    /**
     * "bins picked by variety" beside Pick No (which pick of the season), "calls answered per agent": a participle
     * right after the things the rows are says what happened to each of them, not the column its verb begins; a date
     * of it is still the date ("orders shipped per month").
     */
    private static void participlesOfRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN || p.end - p.start != 1 || before.end != p.start) {
                continue;
            }
            Token t = tokens.get(p.start);
            Token noun = tokens.get(before.end - 1);
            boolean rows = noun.isPlural() && (index.entities.containsKey(noun.stem()) || index.isRowNoun(noun.stem()));
            if (rows
                    && Words.isParticiple(t.word())
                    && !p.column().isTime()
                    && !p.column().isMeasure()
                    && !p.column().words().contains(t.word())) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "list borrowed licences checked out for more than 480 mins" beside CheckOutTime: in a list, a participle right
     * after the things listed is what happened to them, not the date of it to draw over.
     */
    private static void listedParticiples(List<Part> parts, List<Token> tokens) {
        if (parts.stream().noneMatch(p -> p.is(Cue.LIST))) {
            return;
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.column().isTime()
                    && Words.isParticiple(tokens.get(p.start).word())
                    && before.kind == Part.Kind.WORD
                    && tokens.get(before.start).isPlural()
                    && before.end == p.start) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "releases per year since 2000" beside release_year: a period's column read across "per" is still grouped by;
     * the things before "per" are the rows counted.
     */
    private static void thingsPerPeriod(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 3
                    || !p.column().isTime()) {
                continue;
            }
            Token per = tokens.get(p.start + 1);
            if (!"per".equals(per.word()) && !"by".equals(per.word()) && !"each".equals(per.word())) {
                continue;
            }
            parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            parts.add(
                    k + 1,
                    Part.cue(p.start + 1, p.start + 2, per.raw(), "by".equals(per.word()) ? Cue.BY : Cue.PER, null));
            parts.add(
                    k + 2,
                    Part.column(p.start + 2, p.end, tokens.get(p.start + 2).raw(), p.columns));
        }
    }

    /**
     * "total qty of bedding per yard" beside a Qty column: "qty of" counts things only where no column holds the
     * quantities; where one does, it is that column.
     */
    private static void quantityNamed(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.COUNT) || !"quantity".equals(tokens.get(p.start).word())) {
                continue;
            }
            for (ColumnInfo c : index.columns) {
                if (c.isMeasure() && c.core().equals(List.of("quantity"))) {
                    Part qty = Part.word(p.start, tokens.get(p.start).raw());
                    parts.set(k, PhraseRewrites.asColumn(qty, c, Quality.EXACT, 1.0));
                    break;
                }
            }
        }
    }

    /**
     * "colourant cost by month" beside COLOURANT and SHOT_COST (£): a kind column's name right before a money amount
     * says whose cost it is, not a grouping, when the question groups by something else.
     */
    private static void kindsBeforeAmounts(List<Part> parts, List<Token> tokens) {
        boolean grouped = parts.stream().anyMatch(Part::isGrouping);
        for (int k = 0; k + 1 < parts.size() && grouped; k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            boolean kind = p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() == Quality.EXACT
                    && p.column().role() == ColumnRole.CATEGORY;
            boolean amount = next.kind == Part.Kind.COLUMN
                    && next.start == p.end
                    && next.column().isMeasure()
                    && NumericColumns.money(next.column());
            // "top 10 trade accts by colourant cost": what is ranked came first; "by" names what it is ranked by.
            boolean ranked = parts.stream().anyMatch(x -> x.is(Cue.TOP))
                    && parts.subList(0, Math.max(0, k - 1)).stream().anyMatch(x -> x.kind == Part.Kind.COLUMN);
            boolean groupedByIt = k > 0 && parts.get(k - 1).isGrouping() && !ranked;
            if (kind && amount && !groupedByIt) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            }
        }
    }

    /**
     * "avg hire length in days" beside a Days column: a length said in a unit of time that a measure is named by is
     * that measure; the words before "in" describe it, not other columns.
     */
    private static void lengthsInTheirUnit(List<Part> parts, List<Token> tokens) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            boolean inUnit = p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.start > 0
                    && "in".equals(tokens.get(p.start - 1).word())
                    && t.isPlural()
                    && Words.TIME_UNITS.contains(t.stem())
                    && p.column().isMeasure()
                    && p.column().core().equals(List.of(t.stem()));
            if (!inUnit) {
                continue;
            }
            for (int j = k - 1; j >= 0 && parts.get(j).kind == Part.Kind.COLUMN; j--) {
                Part before = parts.get(j);
                if (!before.column().isMeasure() && before.column().role() != ColumnRole.DATE) {
                    break;
                }
                parts.set(j, Part.word(before.start, tokens.get(before.start).raw()));
            }
        }
    }

    /**
     * "how many disabled clients" beside disability_YN: a word the data does not know that shares the first five
     * letters, and most of itself, with a yes/no column's one-word name is that flag said another way.
     */
    private static void flagsByTheirStem(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD || p.end - p.start != 1) {
                continue;
            }
            String w = tokens.get(p.start).word();
            ColumnInfo flag = null;
            int found = 0;
            for (ColumnInfo c : index.oneWordFlags) {
                if (sharesStem(w, c.core().get(0))) {
                    flag = c;
                    found++;
                }
            }
            if (found == 1) {
                parts.set(k, PhraseRewrites.asColumn(p, flag, Quality.PARTIAL, 0.8));
            }
        }
    }

    private static boolean sharesStem(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n >= 5 && n * 10 >= 6 * Math.min(a.length(), b.length()) && !a.equals(b);
    }

    /**
     * "enquiries with debt over £20k" beside Debt Amt (£) and an Advice Area holding Debt: the word before a sum of
     * money compared names the money column it begins, not the value.
     */
    private static void amountsBeforeComparisons(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 2 < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE
                    || p.end - p.start != 1
                    || !parts.get(k + 1).is(Cue.CMP)
                    || parts.get(k + 2).kind != Part.Kind.NUMBER
                    || !tokens.get(parts.get(k + 2).start).is(Token.CURRENCY)) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            List<ColumnInfo> money = index.columns.stream()
                    .filter(c -> c.isMeasure()
                            && NumericColumns.money(c)
                            && c.core().get(0).equals(stem))
                    .toList();
            if (money.size() == 1) {
                parts.set(k, PhraseRewrites.asColumn(p, money.get(0), Quality.EXACT, 0.9));
            }
        }
    }

    /** How a question writes square metres or feet, and how names write them. */
    private static final Set<String> SQUARE_UNITS = Set.of("m2", "m²", "sqm", "sqft", "ft2", "ft²");

    private static final List<String> SQUARE_IN_NAMES =
            List.of("m²", "m2", "sqm", "sq m", "ft²", "ft2", "sqft", "sq ft");

    /**
     * "avg m2 per room type" beside Area (m²): a square unit names the area measured in it (the one named an area or
     * size when several are).
     */
    private static void areasByUnit(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD
                    || !SQUARE_UNITS.contains(tokens.get(p.start).raw().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<ColumnInfo> areas = index.columns.stream()
                    .filter(ColumnInfo::isMeasure)
                    .filter(Annotator::inSquareUnits)
                    .toList();
            Part before = k > 0 ? parts.get(k - 1) : null;
            if (before != null && before.kind == Part.Kind.COLUMN && inSquareUnits(before.column())) {
                // "total waste m2": the unit of the area just named.
                continue;
            }
            List<ColumnInfo> named = areas.stream()
                    .filter(c -> c.core().contains("area") || c.core().contains("size"))
                    .toList();
            ColumnInfo area = areas.size() == 1 ? areas.get(0) : named.size() == 1 ? named.get(0) : null;
            if (area != null) {
                parts.set(k, PhraseRewrites.asColumn(p, area, Quality.EXACT, 0.95));
            }
        }
    }

    private static boolean inSquareUnits(ColumnInfo c) {
        String name = c.name().toLowerCase(Locale.ROOT);
        return SQUARE_IN_NAMES.stream().anyMatch(name::contains);
    }

    /**
     * "by day of week" beside a Day column holding Mon to Sun: that column, not the date by week; a weekday is not
     * otherwise drawn from the date.
     */
    private static void daysOfTheWeek(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo weekday = index.weekdayColumn;
        if (weekday == null) {
            return;
        }
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            boolean day =
                    p.end - p.start == 1 && "day".equals(tokens.get(p.start).stem());
            boolean ofWeek = next.is(Cue.UNIT)
                    && "week".equals(next.arg)
                    && next.start - p.end <= 2
                    && (next.start == p.end || "of".equals(tokens.get(p.end).word()));
            if (day && ofWeek) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                next.end,
                                tokens.get(p.start).raw(),
                                List.of(new ColumnMatcher.Hit(weekday, 1, Quality.EXACT, 1.0))));
                parts.remove(k + 1);
            }
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            // "which night sells the most", "each night" beside a dayOfWeek of Mon to Sun, where no name holds
            // nights: the night is the day of the week.
            boolean night = p.kind == Part.Kind.WORD
                    && p.end - p.start == 1
                    && "night".equals(tokens.get(p.start).word())
                    && p.start > 0
                    && NIGHT_PICKERS.contains(tokens.get(p.start - 1).word())
                    && !index.nameWords.contains("night");
            // "which day do we miss the most drops" beside drop_day of Mon to Sat: the day picked is of the week.
            boolean whichDay = p.is(Cue.UNIT)
                    && "day".equals(p.arg)
                    && p.end - p.start == 1
                    && k > 0
                    && parts.get(k - 1).is(Cue.WHICH)
                    && parts.get(k - 1).end == p.start;
            // "stacked bar of takings by day and session", "heatmap of takings by hour and day" beside DAY_NM of MON
            // to SAT: bars split or crossed by day are the days of the week, not hundreds of dates.
            boolean barsByDay = p.is(Cue.UNIT)
                    && "day".equals(p.arg)
                    && p.end - p.start == 1
                    && "day".equals(tokens.get(p.start).word())
                    && k > 0
                    && (parts.get(k - 1).isGrouping() || parts.get(k - 1).is(Cue.AND))
                    && parts.stream()
                            .anyMatch(x -> x.is(Cue.STACKED)
                                    || x.is(Cue.GROUPED)
                                    || x.is(Cue.CHART) && ("heatmap".equals(x.arg) || "bar".equals(x.arg)));
            // "heatmap of bookings by weekday" beside a Day of Mon to Sun: grouped by the day of the week, not kept
            // to Monday to Friday.
            boolean byWeekday = p.kind == Part.Kind.VALUE
                    && p.end - p.start == 1
                    && "weekday".equals(tokens.get(p.start).stem())
                    && k > 0
                    && (parts.get(k - 1).isGrouping() || parts.get(k - 1).is(Cue.EACH));
            if (night || whichDay || byWeekday || barsByDay) {
                parts.set(k, PhraseRewrites.columnAt(tokens, p.start, weekday, Quality.SYNONYM, 0.9));
            }
        }
    }

    /**
     * "which regions get the most late deliveries" after the value Delivered - Late: the noun of the deed a value
     * opens with, right after it, is the rows that value keeps, not the columns its word begins (deliveryCharge).
     */
    private static void nounsOfValueDeeds(List<Part> parts, List<Token> tokens) {
        // "damaged deliveries per month": over time, the deed's noun still names the date it happened on.
        if (parts.stream().anyMatch(x -> x.is(Cue.UNIT) || x.is(Cue.GRAIN) || x.is(Cue.TREND))) {
            return;
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part value = parts.get(k - 1);
            Token t = tokens.get(p.start);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 1
                    || !t.isPlural()
                    || value.kind != Part.Kind.VALUE
                    || value.end != p.start
                    || p.columns.stream().anyMatch(h -> h.quality() != Quality.PARTIAL)) {
                continue;
            }
            List<String> words = value.value().stems();
            String deed = words.isEmpty() ? "" : words.get(0);
            boolean named = Words.isParticiple(deed)
                    && Words.bases(deed).stream()
                            .anyMatch(b -> b.length() >= 4 && t.stem().startsWith(b));
            if (named) {
                parts.set(k, PhraseRewrites.understoodWord(p.start, tokens));
            }
        }
    }

    /** Words before "night" that pick or go through nights of the week. */
    private static final Set<String> NIGHT_PICKERS = Set.of("which", "each", "every", "what");

    /**
     * "avg downtime per gauge" beside GAUGE_GG: a chart's name after "per" or "by" is the column it names, where one
     * does; a chart is asked for before what it shows, not after a grouping word.
     */
    private static void chartWordsNamingColumns(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        // "plot kg against volunteer hours" beside plot_no: the verb that opens the question, a name after it.
        if (parts.size() > 1
                && parts.get(0).kind == Part.Kind.COLUMN
                && parts.get(0).start == 0
                && parts.get(0).end == 1
                && parts.get(0).quality() == Quality.PARTIAL
                && CHART_NOUNS.contains(tokens.get(0).word())
                && parts.get(1).kind == Part.Kind.COLUMN) {
            parts.set(0, PhraseRewrites.understoodWord(0, tokens));
        }
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.CHART) || p.end - p.start != 1 || !parts.get(k - 1).isGrouping()) {
                continue;
            }
            String stem = tokens.get(p.start).stem();
            for (ColumnInfo c : index.columns) {
                if (!c.core().isEmpty() && c.core().get(0).equals(stem)) {
                    parts.set(k, PhraseRewrites.asColumn(p, c, Quality.EXACT, 0.95));
                    break;
                }
            }
        }
    }

    /**
     * "total qty of cupcakes sold": a participle of moving things after an amount already named says what the amount
     * counts, not that the sales column is wanted too.
     */
    private static void verbsOfNamedAmounts(List<Part> parts, List<Token> tokens) {
        boolean amountNamed = false;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN) {
                continue;
            }
            boolean moved = p.end - p.start == 1
                    && p.quality() == Quality.SYNONYM
                    && Aggregations.MOVED.contains(tokens.get(p.start).word());
            if (moved && amountNamed) {
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
            } else if (p.column().isMeasure() && p.column().additive() && p.quality() == Quality.EXACT) {
                amountNamed = true;
            }
        }
    }

    /**
     * "non resident visits by site" beside RESIDENT_YN and a REFUSAL_REASON holding Non-Resident: "non" before the
     * word of a yes/no column is that column's no, which every row has, not a value of a reason a few rows have.
     */
    private static void nonFlags(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.VALUE
                    || p.end - p.start < 2
                    || !"non".equals(tokens.get(p.start).word())
                    || p.value().column().role() == ColumnRole.BOOLEAN) {
                continue;
            }
            int at = "-".equals(tokens.get(p.start + 1).raw()) ? p.start + 2 : p.start + 1;
            if (at + 1 != p.end) {
                continue;
            }
            String word = tokens.get(at).stem();
            ColumnInfo flag = PhraseRewrites.onlyColumn(
                    index, c -> c.role() == ColumnRole.BOOLEAN && c.core().contains(word));
            if (flag != null) {
                parts.set(k, Part.cue(p.start, p.start + 1, tokens.get(p.start).raw(), Cue.NOT, null));
                parts.add(k + 1, PhraseRewrites.columnAt(tokens, at, flag, Quality.EXACT, 1.0));
            }
        }
    }

    /**
     * "total paid by term" beside Pay Method and Paid Amt (£): after an aggregation, "paid by" is the money paid,
     * then a grouping, not the synonym of how it was paid.
     */
    private static void paidBy(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!parts.get(k - 1).is(Cue.AGG)
                    || p.kind != Part.Kind.COLUMN
                    || p.quality() != Quality.SYNONYM
                    || p.end - p.start != 2
                    || !"by".equals(tokens.get(p.end - 1).word())) {
                continue;
            }
            String verb = tokens.get(p.start).word();
            ColumnInfo money = PhraseRewrites.onlyColumn(
                    index, c -> c.isMeasure() && c.words().contains(verb));
            if (money != null) {
                parts.set(
                        k,
                        Part.column(
                                p.start,
                                p.start + 1,
                                tokens.get(p.start).raw(),
                                List.of(new ColumnMatcher.Hit(money, 1, Quality.PARTIAL, 0.8))));
                parts.add(
                        k + 1, Part.cue(p.end - 1, p.end, tokens.get(p.end - 1).raw(), Cue.BY, null));
            }
        }
    }

    /**
     * "how many no-shows per style" beside Attended Y/N, "how many DNFs" beside Finished?: where no column is named
     * for them, a no-show (a DNA) is a row where the attendance flag says no, and a DNF one where the finish flag does.
     */
    private static void noShows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int i = 0; i < tokens.size(); i++) {
            boolean noShow = i + 2 < tokens.size()
                    && "no".equals(tokens.get(i).word())
                    && "-".equals(tokens.get(i + 1).raw())
                    && "show".equals(tokens.get(i + 2).stem());
            // "how many DNFs" beside Finished?: did not finish, a runner's no-show.
            String dnf = Words.singular(tokens.get(i).word());
            String verb = noShow ? "attend" : "dnf".equals(dnf) ? "finish" : "dna".equals(dnf) ? "attend" : null;
            if (verb == null) {
                continue;
            }
            int from = i;
            int to = noShow ? i + 3 : i + 1;
            boolean named = parts.stream().anyMatch(p -> p.kind == Part.Kind.COLUMN && p.start < to && p.end > from);
            ColumnInfo attended = named
                    ? null
                    : PhraseRewrites.onlyColumn(
                            index,
                            c -> c.role() == ColumnRole.BOOLEAN
                                    && c.core().stream().anyMatch(w -> w.startsWith(verb)));
            if (attended == null) {
                boolean valued =
                        parts.stream().anyMatch(p -> p.kind == Part.Kind.VALUE && p.start < to && p.end > from);
                if (!named && !valued && !"finish".equals(verb)) {
                    noShowValue(parts, tokens, index, from, to);
                }
                return;
            }
            parts.removeIf(p -> p.start < to && p.end > from);
            int at = 0;
            while (at < parts.size() && parts.get(at).start < from) {
                at++;
            }
            parts.add(at, Part.cue(from, from + 1, tokens.get(from).raw(), Cue.NOT, null));
            parts.add(
                    at + 1,
                    Part.column(
                            to - 1,
                            to,
                            tokens.get(to - 1).raw(),
                            List.of(new ColumnMatcher.Hit(attended, 1, Quality.SYNONYM, 0.68))));
            return;
        }
    }

    /** The ways a status writes a booking nobody came to. */
    private static final List<String> NO_SHOW_VALUES = List.of("DNA", "No Show", "Did Not Attend", "No-show");

    /**
     * "how many no-shows in 2024" beside a Status holding DNA, "DNAs by therapist" beside one holding No Show: with
     * no attendance flag, the one status value that says nobody came.
     */
    private static void noShowValue(List<Part> parts, List<Token> tokens, SchemaIndex index, int from, int to) {
        List<ValueIndex.Found> found = new ArrayList<>();
        for (String written : NO_SHOW_VALUES) {
            List<Token> words = Tokenizer.tokenize(written);
            for (ValueIndex.Found f : index.values.exact(words, 0)) {
                boolean whole = f.length() == words.size();
                if (whole
                        && f.entry().column().role() == ColumnRole.CATEGORY
                        && found.stream()
                                .noneMatch(
                                        x -> x.entry().value().equals(f.entry().value()))) {
                    found.add(new ValueIndex.Found(f.entry(), to - from, Quality.SYNONYM));
                }
            }
        }
        if (found.size() != 1) {
            return;
        }
        parts.removeIf(p -> p.start < to && p.end > from);
        int at = 0;
        while (at < parts.size() && parts.get(at).start < from) {
            at++;
        }
        parts.add(at, Part.value(from, to, text(tokens, from, to - from), found));
    }

    /**
     * "per statement line" beside Stmt Period: the noun before "line" names the lines, not a column; a flag before
     * them still says which lines ("voided lines" beside VOID_FLG).
     */
    private static void linedThings(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            String w = tokens.get(next.start).word();
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.quality() != Quality.EXACT
                    && p.column().role() != ColumnRole.BOOLEAN
                    && next.kind == Part.Kind.WORD
                    && next.start == p.end
                    && ("line".equals(w) || "lines".equals(w))) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /**
     * "top 10 series by pages scanned" beside series_ref: "series" after a number or a word that counts or ranks
     * things is the things a column names, not lines split by what follows.
     */
    static boolean seriesNamed(Lexicon.Hit cue, List<Token> tokens, int i, SchemaIndex index) {
        if (cue.cue() != Cue.SERIES || !"series".equals(tokens.get(i).word()) || i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        boolean thingsBefore = before.isNumber() || THINGS_BEFORE.contains(before.word());
        return thingsBefore && !index.startingWith("series").isEmpty();
    }

    /** Words after which a noun names things counted, ranked or listed ("top", "distinct", "which"). */
    private static final Set<String> THINGS_BEFORE =
            Set.of("top", "bottom", "which", "distinct", "unique", "different", "many", "each", "every", "per", "the");

    /**
     * "how many bins were counted" beside BIN_LOC: a plural word of distributions that is the thing a column's name
     * starts with, and no number of bins before it, is those things.
     */
    static boolean namedThings(Lexicon.Hit cue, List<Token> tokens, int i, SchemaIndex index) {
        if (cue.cue() != Cue.DIST
                || cue.length() != 1
                || !tokens.get(i).isPlural()
                || i > 0 && tokens.get(i - 1).isNumber()) {
            return false;
        }
        return index.startingWith(tokens.get(i).stem()).stream()
                .anyMatch(c -> !c.isMeasure() && c.words().size() > 1);
    }

    /** Words that ask for a look rather than name data ("make it blue", "bars in black"). */
    private static final Set<String> RESTYLING =
            Words.set("in to into make change set use paint colour color coloured colored");

    /**
     * "dose distribution for black" where a colourant is K Black: a colour word that is a value of the data filters
     * by it, unless the question asks for a look ("in black", "make the bars black").
     */
    private static boolean colourValue(Lexicon.Hit cue, List<Token> tokens, int i, SchemaIndex index) {
        if (cue.cue() != Cue.STYLE
                || cue.length() != 1
                || !index.values.spells(tokens.get(i).word())) {
            return false;
        }
        return tokens.stream().noneMatch(t -> RESTYLING.contains(t.word()));
    }

    /**
     * "line amount vs rate" beside Rate (£/hr) or WEEKLY_RATE (£): "rate" alone is the one measure named rate (per a
     * unit of time), not a share of rows.
     */
    /** How often a rate is charged, said before it ("WEEKLY_RATE (£)", "Hourly Rate"). */
    private static final Set<String> PERIODIC = Words.set("hourly daily nightly weekly monthly annual yearly");

    /**
     * "average rate on 5 year fixes" beside INITIAL_RATE_PCT: a rate averaged is the one measure whose name holds
     * the word, not a share of rows (which has no average).
     */
    private static boolean averagedRate(Lexicon.Hit[] cues, int i, SchemaIndex index) {
        Lexicon.Hit before = i > 0 ? cues[i - 1] : null;
        if (cues[i].cue() != Cue.RATE
                || cues[i].length() != 1
                || before == null
                || before.cue() != Cue.AGG
                || before.length() != 1
                || "sum".equals(before.arg())) {
            return false;
        }
        return SchemaIndex.only(index.columns, c -> c.isMeasure() && c.core().contains("rate")) != null;
    }

    static boolean ownRate(Lexicon.Hit cue, SchemaIndex index) {
        if (cue.cue() != Cue.RATE || cue.length() != 1) {
            return false;
        }
        int rates = 0;
        for (ColumnInfo c : index.columns) {
            List<String> core = c.core();
            boolean periodFirst = core.size() == 2 && "rate".equals(core.get(1)) && PERIODIC.contains(core.get(0));
            if (c.isMeasure()
                    && !core.isEmpty()
                    && ("rate".equals(core.get(0)) && core.stream().skip(1).allMatch(ColumnMatcher::isPeriodUnit)
                            || periodFirst)) {
                rates++;
            }
        }
        return rates == 1;
    }

    /**
     * "average deviation by part" beside Dev_mm, "variance by warehouse" beside VAR_QTY and VAR_VAL_GBP: a word of
     * spread that a measure's name starts by abbreviating is that column.
     */
    static boolean abbreviatedDistribution(Lexicon.Hit cue, Token t, SchemaIndex index) {
        if (cue.cue() != Cue.DIST || cue.length() != 1 || !WordMatches.distributionWord(t)) {
            return false;
        }
        for (ColumnInfo c : index.columns) {
            if (c.isMeasure()
                    && !c.core().isEmpty()
                    && WordForms.abbreviates(c.core().get(0), t.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name repeated right after itself: "week nights stayed", a word that only partly names columns, the name's own
     * among them, goes on describing that name; "churned (churn flag Y)", the same column named exactly again, is
     * said twice. Either way it adds no column.
     */
    private static void echoedNameWords(List<Part> parts) {
        for (int k = parts.size() - 1; k > 0; k--) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (p.kind != Part.Kind.COLUMN || before.kind != Part.Kind.COLUMN) {
                continue;
            }
            boolean echoed = p.end - p.start == 1
                    && before.end == p.start
                    && p.columns.stream().allMatch(h -> h.quality() == Quality.PARTIAL)
                    && p.columns.stream().anyMatch(h -> h.column().equals(before.column()));
            boolean restated = p.column() == before.column()
                    && p.quality() == Quality.EXACT
                    && before.quality() == Quality.EXACT
                    && p.start - before.end <= 1;
            if (echoed || restated) {
                parts.remove(k);
            }
        }
    }

    /**
     * "usd salary", "salary in usd": a value of one column (USD in salary_currency) next to a name, the two together
     * the words of another column's name (salary_in_usd), name that column rather than filter the first.
     */
    private static void valueWordsInNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part a = parts.get(k);
            Part b = parts.get(k + 1);
            Part between = null;
            if (k + 2 < parts.size()
                    && b.end - b.start == 1
                    && Words.STOPWORDS.contains(tokens.get(b.start).word())) {
                // "salaries in usd": a small word between, even one that is also a code (IN for India).
                between = b;
                b = parts.get(k + 2);
            }
            Part value = a.kind == Part.Kind.VALUE ? a : b.kind == Part.Kind.VALUE ? b : null;
            Part name = a.kind == Part.Kind.COLUMN ? a : b.kind == Part.Kind.COLUMN ? b : null;
            if (value == null || name == null || value.end - value.start != 1) {
                continue;
            }
            int gap = b.start - a.end;
            if (gap > 1
                    || (gap == 1 && !Words.STOPWORDS.contains(tokens.get(a.end).word()))) {
                continue;
            }
            Set<String> words = new HashSet<>();
            for (int t = Math.min(a.start, b.start); t < Math.max(a.end, b.end); t++) {
                Token token = tokens.get(t);
                if (token.isWord() && !Words.STOPWORDS.contains(token.word())) {
                    words.add(token.stem());
                }
            }
            for (ColumnInfo c : index.columns) {
                boolean valueColumn =
                        value.values.stream().anyMatch(f -> f.entry().column().equals(c));
                if (!valueColumn
                        && c.isNumeric()
                        && words.size() >= 2
                        && c.words().containsAll(words)) {
                    int start = Math.min(a.start, b.start);
                    int end = Math.max(a.end, b.end);
                    parts.set(
                            k,
                            Part.column(
                                    start,
                                    end,
                                    text(tokens, start, end - start),
                                    List.of(new ColumnMatcher.Hit(c, end - start, Quality.EXACT, 1.0))));
                    parts.remove(k + 1);
                    if (between != null) {
                        parts.remove(k + 1);
                    }
                    break;
                }
            }
        }
    }

    /**
     * "avg rating across all episodes", "total concrete poured across all sites", "mean NO2 across all cities": all
     * of them together, one number, unless a comparison or a chart asks to set them side by side.
     */
    private static void allRows(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        boolean compared = parts.stream()
                .anyMatch(p -> p.is(Cue.COMPARE) || p.is(Cue.VS) || p.is(Cue.CHART) || p.is(Cue.BY) || p.is(Cue.PER));
        for (int k = parts.size() - 2; k >= 0 && !compared; k--) {
            if (k + 1 >= parts.size()) {
                continue;
            }
            Part each = parts.get(k);
            Part rows = parts.get(k + 1);
            boolean things = rows.kind == Part.Kind.COLUMN
                            && !rows.column().isMeasure()
                            && !rows.column().isTime()
                    || rows.kind == Part.Kind.WORD && tokens.get(rows.start).isPlural();
            if (each.is(Cue.EACH)
                    && "all".equals(tokens.get(each.end - 1).word())
                    && tokens.get(each.start).word().equals("across")
                    && things
                    && k + 2 == parts.size()) {
                parts.subList(k, k + 2).clear();
            }
        }
    }

    /**
     * "by hour of day" where a column holds the hour (Issue Hr, 0 to 23): that column, not an hourly time axis.
     */
    private static void hourColumns(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo hour = null;
        for (ColumnInfo c : index.columns) {
            if (c.hourOfDay()) {
                hour = c;
            }
        }
        for (int k = 0; k < parts.size() && hour != null; k++) {
            Part p = parts.get(k);
            if (!p.is(Cue.HOUR) || !tokens.get(p.start).stem().startsWith("hour")) {
                continue;
            }
            if ("hours".equals(tokens.get(p.start).word()) && countedBefore(parts, k)) {
                // "how many hours was Vortex down", "number of hours empty", "how many ride-hours": where a row is
                // an hour of something (hour_slot beside a date), hours counted are rows, not the hour column.
                parts.set(k, Part.word(p.start, tokens.get(p.start).raw()));
                Part thing = parts.get(k - 1);
                if (thing.kind == Part.Kind.COLUMN
                        && thing.quality() == Quality.PARTIAL
                        && thing.end - thing.start == 1) {
                    // "ride-hours", "dock hours": the thing whose hours they are only says what the rows are.
                    parts.set(
                            k - 1,
                            Part.word(thing.start, tokens.get(thing.start).raw()));
                }
                continue;
            }
            int end = p.end;
            if (k + 1 < parts.size()
                    && parts.get(k + 1).is(Cue.UNIT)
                    && "day".equals(parts.get(k + 1).arg)
                    && parts.get(k + 1).start - p.end <= 1) {
                // "hour of day"
                end = parts.remove(k + 1).end;
            }
            parts.set(
                    k,
                    Part.column(
                            p.start,
                            end,
                            text(tokens, p.start, end - p.start),
                            List.of(new ColumnMatcher.Hit(hour, end - p.start, Quality.EXACT, 1.0))));
        }
    }

    /**
     * "weekly visits at Marsh Road" beside VISIT_WK and VISIT_DT: an adverb of a grain opening a name of a period's
     * number asks for that grain over the date, and the rest are the rows.
     */
    private static void grainAdverbsOfNumbers(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        if (index.primaryDate == null) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN
                    || p.end - p.start != 2
                    || p.column().isTime()
                    || !p.column().isNumeric()) {
                continue;
            }
            Lexicon.Hit grain = Lexicon.match(tokens, p.start);
            Token rest = tokens.get(p.start + 1);
            // Not "monthly subs" for monthly_subs: a name that opens with the adverb itself is an amount per period.
            boolean ownAdverb =
                    p.column().words().get(0).equals(tokens.get(p.start).word());
            if (grain != null && grain.cue() == Cue.GRAIN && grain.length() == 1 && rest.isPlural() && !ownAdverb) {
                parts.set(k, Part.cue(p.start, p.start + 1, tokens.get(p.start).raw(), Cue.GRAIN, grain.arg()));
                parts.add(k + 1, Part.word(p.start + 1, rest.raw()));
            }
        }
    }

    /** Whether a count cue comes right before part {@code k}, or with one name between ("how many ride-hours"). */
    private static boolean countedBefore(List<Part> parts, int k) {
        for (int i = k - 1; i >= 0 && i >= k - 2; i--) {
            if (parts.get(i).is(Cue.COUNT)) {
                return true;
            }
            if (parts.get(i).kind != Part.Kind.COLUMN) {
                return false;
            }
        }
        return false;
    }

    /**
     * "tickets get paid", "paid vs unpaid" with a flag Paid? and a measure Amt Paid ($): a word that is a yes/no
     * column's whole name is that column, unless an aggregation asks for the measure ("total paid").
     */
    private static void wholeYesNoNames(List<Part> parts) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.COLUMN || p.columns.size() < 2 || p.end - p.start != 1) {
                continue;
            }
            ColumnMatcher.Hit first = p.columns.get(0);
            Part prev = k > 0 ? parts.get(k - 1) : null;
            if (first.column().role() == ColumnRole.BOOLEAN
                    && first.quality() == Quality.EXACT
                    && first.column().core().size() == 1
                    && p.columns.stream().skip(1).noneMatch(h -> h.column().role() == ColumnRole.BOOLEAN)
                    && !(prev != null && (prev.is(Cue.AGG) || prev.end == p.start && prev.kind == Part.Kind.COLUMN))) {
                parts.set(k, Part.column(p.start, p.end, p.text, List.of(first)));
            }
        }
    }

    /** Words for a span of time that a name kept in a unit of time already says. */
    private static final Set<String> DURATION_WORDS = Set.of("time", "duration");
    /** Units of time as names write them short ("Avg Wait (s)", "Dur (min)"). */
    private static final Set<String> TIME_UNIT_LETTERS = Set.of("s", "sec", "secs", "min", "mins", "hr", "hrs", "h");

    /**
     * "delivery mins", "visit length in minutes": a time unit after a name kept in that unit (deliveryTimeMin) is
     * the name's unit, not a time axis by the minute; so is "time" after such a name ("avg wait time").
     */
    private static void unitsAfterNames(List<Part> parts, List<Token> tokens) {
        for (int k = parts.size() - 1; k > 0; k--) {
            Part p = parts.get(k);
            Part name = parts.get(k - 1);
            // "hire length in days" for HIRE_DAYS: the unit the name is kept in, not Day Rate.
            boolean inUnit = p.kind == Part.Kind.COLUMN
                    && p.start > 0
                    && "in".equals(tokens.get(p.start - 1).word())
                    && Words.TIME_UNITS.contains(tokens.get(p.start).stem());
            // "avg wait time" for Avg Wait (s): "time" after a name kept in a unit of time is that name's.
            // "actual journey time": a word of what the span is may stand between.
            Part named = name.kind == Part.Kind.WORD && k > 1 && name.end - name.start == 1 ? parts.get(k - 2) : name;
            boolean timeOfName = p.end - p.start == 1
                    && p.start == name.end
                    && named.kind == Part.Kind.COLUMN
                    && (named == name || named.end == name.start)
                    && DURATION_WORDS.contains(tokens.get(p.start).word())
                    && named.column().words().stream()
                            .anyMatch(w -> Words.TIME_UNITS.contains(w) || TIME_UNIT_LETTERS.contains(w));
            // "total waste in litres" beside WASTE [L] and KEG_SIZE [L]: the unit the name just said is kept in.
            boolean unitOfName = p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && p.start > 0
                    && p.start - name.end == 1
                    && "in".equals(tokens.get(p.start - 1).word())
                    && name.kind == Part.Kind.COLUMN
                    && ColumnMatcher.namesUnit(tokens.get(p.start))
                    && p.columns.stream().anyMatch(h -> h.column() == name.column());
            if (timeOfName || unitOfName) {
                parts.remove(k);
                continue;
            }
            if ((p.is(Cue.HOUR) || inUnit)
                    && p.end - p.start == 1
                    && name.kind == Part.Kind.COLUMN
                    && p.start - name.end <= 1
                    && name.columns
                            .get(0)
                            .column()
                            .words()
                            .contains(tokens.get(p.start).stem())) {
                parts.remove(k);
            }
        }
    }

    /**
     * "min temp", "max heart rate": an extreme right before a name that one of its columns carries as a word
     * (temp_min among temp_max and temp_min) names that column; it is not an aggregation.
     */
    private static void extremesInNames(List<Part> parts) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part cue = parts.get(k);
            Part name = parts.get(k + 1);
            if (!cue.is(Cue.AGG)
                    || !("min".equals(cue.arg) || "max".equals(cue.arg))
                    || name.kind != Part.Kind.COLUMN
                    || cue.end != name.start) {
                continue;
            }
            String extreme = cue.arg;
            List<ColumnMatcher.Hit> carrying = name.columns.stream()
                    .filter(h -> h.column().words().contains(extreme)
                            || h.column().words().contains("min".equals(extreme) ? "minimum" : "maximum"))
                    .toList();
            if (carrying.size() == 1 && name.columns.size() > 1) {
                ColumnInfo c = carrying.get(0).column();
                parts.set(k, PhraseRewrites.spanning(cue, name, c, Quality.EXACT, 1.0));
                parts.remove(k + 1);
            }
        }
    }

    private static void propose(
            List<Token> tokens, int i, SchemaIndex index, List<Candidate> out, Lexicon.Hit[] cues, boolean[] keywords) {
        Token t = tokens.get(i);
        if (t.is(Token.QUOTED)) {
            List<ValueIndex.Found> found = index.values.exact(tokens, i);
            out.add(new Candidate(
                    i,
                    1,
                    found.isEmpty() ? 100 : 101,
                    found.isEmpty() ? Part.quoted(i, t.raw()) : Part.value(i, i + 1, t.raw(), found)));
            return;
        }
        if (index.hasTime()) {
            DatePhrases.Found d = DatePhrases.match(tokens, i, index.maxDate());
            if (d != null && d.length() == 1 && t.isNumber() && measureFollows(tokens, i + 1, index, keywords)) {
                // "longer than 2000 miles": an amount of a measure, not the year 2000.
                d = null;
            }
            if (d != null) {
                out.add(new Candidate(
                        i, d.length(), 95, Part.date(i, i + d.length(), text(tokens, i, d.length()), d.period())));
            }
        }
        Lexicon.Hit cue = cues[i];
        if (cue != null && "-".equals(t.raw()) && !isRangeDash(tokens, i)) {
            cue = null;
        }
        if (cue != null && cue.cue() == Cue.DIST && cue.length() == 1 && index.entities.containsKey(t.stem())) {
            // "bins picked by variety" where bin_tag names each row: the things, not a histogram's bins.
            cue = null;
        }
        if (cue != null) {
            out.add(new Candidate(
                    i,
                    cue.length(),
                    surelyChart(cue, tokens, i) ? 90 : 75,
                    Part.cue(i, i + cue.length(), text(tokens, i, cue.length()), cue.cue(), cue.arg())));
        }
        if (t.isNumber()) {
            out.add(new Candidate(i, 1, 40, Part.number(i, t)));
        }
        ColumnInfo elided = ElidedNames.at(tokens, i, index);
        if (elided != null) {
            out.add(new Candidate(
                    i,
                    1,
                    86,
                    Part.column(i, i + 1, t.raw(), List.of(new ColumnMatcher.Hit(elided, 1, Quality.EXACT, 1.0)))));
        }
        List<ColumnMatcher.Hit> hits = ColumnMatcher.candidates(tokens, i, index, keywords);
        for (int len = 1; len <= ColumnMatcher.MAX_WORDS; len++) {
            List<ColumnMatcher.Hit> ofLength = new ArrayList<>();
            for (ColumnMatcher.Hit h : hits) {
                if (h.length() == len) {
                    ofLength.add(h);
                }
            }
            if (!ofLength.isEmpty()) {
                ColumnMatcher.Hit best = ofLength.get(0);
                int priority =
                        switch (best.quality()) {
                            case EXACT -> best.score() >= 0.99 ? 82 : 78;
                            case PARTIAL -> 65;
                            case SYNONYM -> 60;
                            default -> 45;
                        };
                boolean typed = len > 1 && best.quality() == Quality.EXACT && best.score() >= 0.99;
                for (int k = i + 1; k < i + len && typed; k++) {
                    typed = tokens.get(k).is(Token.JOINED);
                }
                out.add(new Candidate(
                        i, len, priority, Part.column(i, i + len, text(tokens, i, len), ofLength), typed));
            }
        }
        addValues(index.values.exact(tokens, i), tokens, i, out, true, isPredicate(tokens, i, index));
        addValues(index.values.approximate(tokens, i), tokens, i, out, false, false);
    }

    /**
     * "stacked bar sales per zone" beside an outlet type Bar, "pie chart of bars": a chart word after a bar layout or
     * before chart, graph or plot is the chart asked for, never a value the data holds.
     */
    private static boolean surelyChart(Lexicon.Hit cue, List<Token> tokens, int i) {
        if (cue.cue() != Cue.CHART) {
            return false;
        }
        String before = i > 0 ? tokens.get(i - 1).word() : "";
        int after = i + cue.length();
        String next = after < tokens.size() ? tokens.get(after).word() : "";
        return CHART_LAYOUTS.contains(before) || CHART_NOUNS.contains(next);
    }

    private static final Set<String> CHART_LAYOUTS = Set.of("stacked", "grouped", "clustered", "horizontal");
    private static final Set<String> CHART_NOUNS = Set.of("chart", "charts", "graph", "graphs", "plot", "plots");

    private static boolean measureFollows(List<Token> tokens, int i, SchemaIndex index, boolean[] keywords) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return false;
        }
        for (ColumnMatcher.Hit h : ColumnMatcher.candidates(tokens, i, index, keywords)) {
            // Not "the 2024 festival" in a festival's till lines: the file's subject standing for its measure.
            if (h.length() == 1 && h.column().isMeasure() && h.score() != ColumnMatcher.TOPIC_SCORE) {
                return true;
            }
        }
        return false;
    }

    /** "open tickets", "tickets that are closed": a word in the position of a state of the rows. */
    private static boolean isPredicate(List<Token> tokens, int i, SchemaIndex index) {
        String before = i > 0 ? tokens.get(i - 1).raw() : "";
        if (COPULAS.contains(before) || participleAfterNoun(tokens, i, index)) {
            return true;
        }
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).stem();
        return index.isRowNoun(next) || index.entities.containsKey(next);
    }

    /** "tickets closed", "orders cancelled": a participle right after the rows it describes. */
    static boolean participleAfterNoun(List<Token> tokens, int i, SchemaIndex index) {
        if (i == 0 || !tokens.get(i).word().endsWith("ed")) {
            return false;
        }
        String noun = tokens.get(i - 1).stem();
        return index.isRowNoun(noun) || index.entities.containsKey(noun);
    }

    private static void addValues(
            List<ValueIndex.Found> found,
            List<Token> tokens,
            int i,
            List<Candidate> out,
            boolean exact,
            boolean predicate) {
        for (int len = 1; len <= 8; len++) {
            List<ValueIndex.Found> ofLength = new ArrayList<>();
            for (ValueIndex.Found f : found) {
                if (f.length() == len) {
                    ofLength.add(f);
                }
            }
            if (ofLength.isEmpty()) {
                continue;
            }
            ValueIndex.Found best = ofLength.get(0);
            int priority;
            if (best.entry().weak() && len == 1 && !ValueIndex.byLongerName(best, tokens, i)) {
                boolean common = Words.STOPWORDS.contains(best.entry().stems().get(0));
                // A short code typed in capitals as the data spells it ("AA", "DL") is that value.
                boolean code = exact
                        && tokens.get(i).is(Token.UPPER)
                        && best.entry().column().role() != ColumnRole.BOOLEAN
                        && best.entry().value().equals(tokens.get(i).raw().toUpperCase(java.util.Locale.ROOT));
                priority = (predicate && !common) || code ? 84 : 30;
            } else if (exact) {
                priority = len > 1 ? 85 : ValueIndex.sameSpelling(best, tokens, i) ? 80 : 72;
            } else {
                priority = best.quality() == Quality.SYNONYM ? 70 : 50;
            }
            out.add(new Candidate(i, len, priority, Part.value(i, i + len, text(tokens, i, len), ofLength)));
        }
    }

    /**
     * "total awarded by ward", "avg award by tenure" beside Decision = Awarded and Award Amt (£): a word right after an
     * average or a total that names a measure too is that measure, not a value to count.
     */
    private static void aggregatedValueWords(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 1; k < parts.size(); k++) {
            Part p = parts.get(k);
            Part before = parts.get(k - 1);
            if (before.kind == Part.Kind.WORD && k >= 2 && before.end == p.start) {
                // "total DHP awarded": a word the data does not know may stand between.
                before = parts.get(k - 2);
            }
            boolean aggregated =
                    before.is(Cue.AGG) && !"count".equals(before.arg) && !"count_distinct".equals(before.arg)
                            || before.is(Cue.SUPER);
            if (p.kind != Part.Kind.VALUE || p.end - p.start != 1 || !aggregated || p.start - before.end > 1) {
                continue;
            }
            // The measures whose name starts with the word, an amount of money first ("award" for Award Amt (£)
            // before Award Wks); the rows' subject is matched here on purpose, as the thing averaged.
            Token t = tokens.get(p.start);
            List<String> stems = new ArrayList<>(t.forms());
            stems.addAll(Words.bases(t.word()));
            List<ColumnMatcher.Hit> measures = new ArrayList<>();
            for (ColumnInfo c : index.columns) {
                if (c.isMeasure()
                        && !c.core().isEmpty()
                        && stems.contains(c.core().get(0))) {
                    double score = MeasureKinds.money(c.schema(), c.words()) ? 0.9 : 0.8;
                    measures.add(new ColumnMatcher.Hit(c, 1, Quality.PARTIAL, score));
                }
            }
            measures.sort((a, b) -> Double.compare(b.score(), a.score()));
            if (!measures.isEmpty()) {
                parts.set(k, Part.column(p.start, p.end, p.text, measures));
            }
        }
    }

    /**
     * "total shrink at cost by region" in a shrink log: the file's subject stands for its main measure only when no
     * other measure is named; beside one ("cost"), it just says what is measured.
     */
    private static void topicBesideMeasures(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo main = index.topic.measure();
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            boolean topic = p.kind == Part.Kind.COLUMN
                    && p.columns.size() == 1
                    && p.column() == main
                    && p.columns.get(0).score() == ColumnMatcher.TOPIC_SCORE;
            boolean measured = next.kind == Part.Kind.COLUMN
                    && next.column().isMeasure()
                    && next.column() != main
                    && next.quality() != Quality.SYNONYM;
            // Only small words between: "shrink cost", "shrink at retail value", "shrink value at retail".
            boolean between = true;
            for (int i = p.end; i < next.start; i++) {
                between &= Words.STOPWORDS.contains(tokens.get(i).word());
            }
            if (topic && measured && between) {
                parts.set(k, PhraseRewrites.asWord(p, tokens));
            }
        }
    }

    /** "total" or "count" read as a column name when the data has such a column, but followed by a name: a keyword. */
    private static void aggregateWordsBeforeNames(List<Part> parts, List<Token> tokens) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part p = parts.get(k);
            Part next = parts.get(k + 1);
            if (p.kind == Part.Kind.COLUMN
                    && p.end - p.start == 1
                    && (next.kind == Part.Kind.COLUMN || next.kind == Part.Kind.VALUE)) {
                Lexicon.Hit cue = Lexicon.match(tokens, p.start);
                if (cue != null
                        && cue.length() == 1
                        && (cue.cue() == Cue.AGG || cue.cue() == Cue.COUNT || cue.cue() == Cue.SUPER)) {
                    parts.set(k, Part.cue(p.start, p.end, p.text, cue.cue(), cue.arg()));
                }
            }
        }
    }

    /**
     * "rentals", "trips", "visits" in a table of days with one generic count column (`cnt`, `count`, `total`): the
     * things that column counts. Only plural nouns nothing else explains, and only when the data has exactly one
     * such column.
     */
    private static void countedNouns(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        ColumnInfo counter = index.countColumn();
        if (counter == null) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (p.kind != Part.Kind.WORD) {
                continue;
            }
            Token t = tokens.get(p.start);
            boolean plural = !t.word().equals(t.stem()) && t.word().endsWith("s");
            if (k > 0 && parts.get(k - 1).kind == Part.Kind.COLUMN && parts.get(k - 1).end == p.start) {
                // "casual riders", "registered users": the head noun of the column just named.
                continue;
            }
            if (plural
                    && !index.isRowNoun(t.stem())
                    && !Synonyms.known(t.stem())
                    && !Lexicon.isKeyword(t.word())
                    && !index.nameWords.contains(t.stem())) {
                parts.set(k, PhraseRewrites.asColumn(p, counter, Quality.PARTIAL, 0.7));
            }
        }
    }

    /** A dash between numbers or dates ("10-20", "2015-2017"), not one inside a word ("non-furniture"). */
    private static boolean isRangeDash(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        return (before.isNumber() || before.is(Token.DATE) || DatePhrases.isMonth(before.raw()))
                && (after.isNumber() || after.is(Token.DATE) || DatePhrases.isMonth(after.raw()));
    }

    static String text(List<Token> tokens, int from, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < from + length && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String s = t.raw().isEmpty() ? t.word() : t.raw();
            if (b.length() > 0 && !t.is(Token.JOINED)) {
                b.append(' ');
            }
            b.append(s);
        }
        return b.toString();
    }
}
