package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the columns a run of question words names: the exact name in any casing or spacing ("order date" for
 * OrderDate), its meaning-carrying words ("sales" for SALES_AMT, "customer segment" for Segment), part of it
 * ("customer" for Customer Name), a synonym ("revenue" for Sales) or a misspelling ("reigon").
 */
final class ColumnMatcher {

    /** A column a phrase may mean. */
    record Hit(ColumnInfo column, int length, Quality quality, double score) {}

    static final int MAX_WORDS = 6;

    static final Set<String> GROUPING_WORDS = Set.of("per", "by", "each", "every", "across");

    private ColumnMatcher() {}

    /**
     * Candidate columns for phrases starting at token {@code i}, every length, best score first. {@code keywords}
     * marks the tokens that start a keyword phrase.
     */
    static List<Hit> candidates(List<Token> tokens, int i, SchemaIndex index, boolean[] keywords) {
        List<Hit> out = new ArrayList<>();
        Token first = tokens.get(i);
        if (!first.isWord()
                || (Words.STOPWORDS.contains(first.word())
                        && !isWholeName(first, index)
                        && !startsName(first, index))) {
            return out;
        }
        for (int n = 1; n <= MAX_WORDS && i + n <= tokens.size(); n++) {
            Token last = tokens.get(i + n - 1);
            if (!last.isWord() && !(last.isSymbol() && n > 1)) {
                if (last.isSymbol() && "-".equals(last.raw())) {
                    continue;
                }
                break;
            }
            if (last.isSymbol() && ",".equals(last.raw())) {
                // "home shots, away shots": a comma separates names; "shots, away" is not Away Shots.
                break;
            }
            if (last.isSymbol()) {
                continue;
            }
            boolean stopAtEnd = n > 1 && Words.STOPWORDS.contains(last.word()) && !isWholeName(last, index);
            boolean keyword = false;
            for (int k = i; k < i + n && n > 1; k++) {
                keyword |= tokens.get(k).isWord() && keywords[k];
            }
            boolean timeAfter = i + n < tokens.size()
                    && SchemaIndex.TIME_WORDS.contains(tokens.get(i + n).stem());
            if (n == 1 && PREPOSITIONS.contains(first.word()) && !isWholeName(first, index)) {
                // "sent to each lab" beside TO_M, "back from ALS" beside FROM_M: a small word is a name only with
                // the word after it ("on hand qty").
                continue;
            }
            List<Hit> hits =
                    new ArrayList<>(forWindow(tokens.subList(i, i + n), index, stopAtEnd || keyword, timeAfter));
            if (n == 1 && i > 0 && EACH_WORDS.contains(tokens.get(i - 1).word())) {
                // "hours per request", "one dot per request" beside Req Type: each thing, not its kinds, where the
                // name only abbreviates the thing ("calories per activity" beside activityType reads the kinds).
                hits.removeIf(h -> sortsIntoKinds(h.column())
                        && sortedThing(first.stem(), h.column())
                        && !h.column().core().get(0).equals(first.stem()));
            }
            // "tracks per genre" in a tracks table counts the rows per genre: it does not name track_genre; nor do
            // "inspections per vendor" name Inspection_Vendor.
            boolean rowsGrouped = n > 2 && (index.isRowNoun(first.stem()) || first.isPlural());
            for (int k = i + 1; k < i + n - 1 && rowsGrouped; k++) {
                Token inner = tokens.get(k);
                if (keywords[k] && GROUPING_WORDS.contains(inner.word())) {
                    // "releases per year" still names release_year: a period's column.
                    hits.removeIf(h -> h.quality() != Quality.SYNONYM
                            && !h.column().words().contains(inner.word())
                            && !(h.column().isTime() && !index.isRowNoun(first.stem())));
                }
            }
            out.addAll(hits);
        }
        // "total spent on materials" beside materials_cost_gbp.
        out.addAll(SpentOnThings.costs(tokens, i, index, out));
        if (out.isEmpty()) {
            out.addAll(cutShort(first, index));
        }
        if (out.isEmpty()) {
            out.addAll(twoLetterThing(first, index));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** Whether a column names who did something: a participle and "by" ("Sold By", "paidBy"). */
    private static boolean agent(ColumnInfo c) {
        List<String> w = c.words();
        return w.size() == 2 && "by".equals(w.get(1)) && Words.isParticiple(w.get(0)) && !c.isNumeric();
    }

    /**
     * "takings by branch" beside BR_CD and BR_NAME: a word nothing else read whose first two letters are the whole first
     * word of a thing's name column (beside its code, as exports write both) is that thing, by its name.
     */
    private static List<Hit> twoLetterThing(Token t, SchemaIndex index) {
        String stem = t.stem();
        if (!t.isWord() || stem.length() < 5 || Words.STOPWORDS.contains(t.word()) || Lexicon.isKeyword(t.word())) {
            return List.of();
        }
        String letters = stem.substring(0, 2);
        ColumnInfo named = SchemaIndex.only(
                index.columns,
                c -> c.role() == ColumnRole.CATEGORY
                        && c.words().size() == 2
                        && c.words().get(0).equals(letters)
                        && ColumnRoles.LABEL_WORDS.contains(c.words().get(1)));
        boolean coded = named != null
                && index.columns.stream()
                        .anyMatch(c -> c != named
                                && c.words().size() == 2
                                && c.words().get(0).equals(letters)
                                && ColumnRoles.KEY_WORDS.contains(c.words().get(1)));
        return coded ? List.of(new Hit(named, 1, Quality.SYNONYM, 0.7)) : List.of();
    }

    /** Short words of their own that begin longer ones: "new" is no cut-short Newsletter. */
    private static final Set<String> WHOLE_WORDS = Words.set("""
        new old big low top end due out off own way use run set get put via far few bad odd raw air car sea sun
        """);

    /**
     * "vis" for visibilityM, "precip" for precipitation_mm: a word nothing else read that begins one word of the
     * names (three letters or more shorter) is that word cut short, when no other name word begins so.
     */
    private static List<Hit> cutShort(Token t, SchemaIndex index) {
        String w = t.word();
        if (w.length() < 3
                || w.length() > 6
                || Words.STOPWORDS.contains(w)
                || Lexicon.isKeyword(w)
                || Synonyms.known(w)
                || WHOLE_WORDS.contains(w)) {
            return List.of();
        }
        String named = null;
        List<Hit> out = new ArrayList<>();
        for (ColumnInfo c : index.columns) {
            for (String word : c.core()) {
                if (word.length() >= w.length() + 3 && word.startsWith(w)) {
                    if (named != null && !named.equals(word)) {
                        return List.of();
                    }
                    named = word;
                    out.add(new Hit(c, 1, Quality.FUZZY, 0.62));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether a plural alone names the thing a column describes rather than the column: the noun a yes/no column's
     * participle qualifies (Rejected Load?), the word before a measure's attribute noun (Household Size, Pet
     * Weight) or before a category's kind noun ("passes" beside Pass Type: the passes, not their types); not a count
     * of the things (Passenger Count, Calories Burned).
     */
    private static boolean thingNotAttribute(Token t, ColumnInfo c) {
        List<String> core = c.core();
        if (!t.isPlural() || core.size() < 2) {
            return false;
        }
        String stem = t.stem();
        if (c.role() == ColumnRole.BOOLEAN) {
            return core.size() == 2 && core.get(1).equals(stem) && Words.isParticiple(core.get(0));
        }
        if (sortsIntoKinds(c)) {
            return sortedThing(stem, c);
        }
        // "rounds" beside round_mins: the things, not the minutes each took.
        return c.isMeasure()
                && core.get(0).equals(stem)
                && (ATTRIBUTES.contains(core.get(1)) || core.size() == 2 && SPANS.contains(core.get(1)));
    }

    /** Units of time a measure of each thing may be kept in. */
    private static final Set<String> SPANS = Set.of("minute", "second", "hour");

    /** The score of the dataset's main measure named by the dataset's own subject ("happiness"). */
    static final double TOPIC_SCORE = 0.62;

    /** Small words that begin names (TO_M, FROM_M, On Hand) only with the word after them. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "from", "in", "on", "at", "of", "for", "with");

    /** Words before a singular that make it each of the things: "per request". */
    private static final Set<String> EACH_WORDS = Set.of("per", "each", "every");

    /**
     * "requests per directorate" beside Req Type and Requester Type: the things a kind column sorts, whole or
     * abbreviated, not their kinds; nor the kinds of whoever makes them.
     */
    private static boolean sortedThing(String stem, ColumnInfo c) {
        String thing = c.core().get(0);
        return thing.equals(stem)
                || WordForms.abbreviates(thing, stem)
                || thing.equals(stem + "er")
                || thing.equals(stem + "or");
    }

    /** Whether a category sorts one thing into kinds ("Pass Type", "Vehicle Class"): a noun and a kind noun. */
    static boolean sortsIntoKinds(ColumnInfo c) {
        return c.core().size() == 2
                && c.role() == ColumnRole.CATEGORY
                && SchemaIndex.KIND_NOUNS.contains(c.core().get(1));
    }

    /**
     * Whether {@code t} is the present tense of the participle that dates {@code c} ("receive", "recieve" for Call
     * Received): a verb of the question; dates are named by their noun or their participle.
     */
    private static boolean verbOfAParticipleDate(Token t, ColumnInfo c) {
        String w = t.word();
        // "audits per month" is the noun of Last Audited, not its verb.
        if (c.role() != ColumnRole.DATE
                || t.isPlural()
                || w.endsWith("ed")
                || w.endsWith("ing")
                || c.core().contains(t.stem())) {
            return false;
        }
        for (String name : c.core()) {
            if (Words.isParticiple(name)
                    && Words.bases(name).stream().anyMatch(b -> b.equals(w) || Words.isTypo(w, b))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the only word of {@code window} in a date or year column's name is a participle of its noun, after a
     * word the name lacks ("amount billed" for bill_yr): the phrase names what was billed, the column when.
     */
    private static boolean participleOfATimeNoun(List<Token> window, ColumnInfo c) {
        // "released in 2021" beside release_year is the year: alone, the participle says when.
        if (!c.isTime() || window.size() < 2) {
            return false;
        }
        boolean participle = false;
        for (Token t : window) {
            String w = t.word();
            if (c.words().contains(t.stem()) && !w.endsWith("ed")) {
                return false;
            }
            if (w.endsWith("ed")
                    && Words.isParticiple(w)
                    && Words.bases(w).stream().anyMatch(c.core()::contains)) {
                participle = true;
            }
        }
        return participle;
    }

    /** Whether a plural the data does not know misspells what its rows are ("sesions" in a sessions file). */
    private static boolean misspeltRows(Token t, SchemaIndex index) {
        if (!t.isPlural() || index.isRowNoun(t.stem()) || index.nameWords.contains(t.stem())) {
            return false;
        }
        for (String w : index.topic.words()) {
            if (w.length() >= 5 && Words.isTypo(t.stem(), w)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a measure that describe each thing rather than count things ("Household Size", "Pet Weight"). */
    private static final Set<String> ATTRIBUTES = Words.set("""
        size weight age height length width depth value price cost score rating duration time distance speed
        temperature income salary area
        """);

    /**
     * Whether the only words of {@code window} in the name of {@code c} are the rows' subject ({@link
     * SchemaIndex#subjects}) or the thing a lone date dates ({@link SchemaIndex#datedThings}: "payment amount",
     * "avg payment value" beside Payment Date); "signup year", with a word of time after it, still names the date.
     */
    private static boolean onlySubject(List<Token> window, ColumnInfo c, SchemaIndex index, boolean timeAfter) {
        if (c.words().size() < 2) {
            return false;
        }
        boolean dated = !timeAfter && window.stream().noneMatch(t -> SchemaIndex.TIME_WORDS.contains(t.stem()));
        if (window.size() == 1) {
            // Also a name abbreviating it: "inspection" is not INSP MO either.
            Token t = window.get(0);
            // "hearings" where HRG_ID is one per row: the rows, not HRG_TYPE, whose name abbreviates it too.
            boolean rows =
                    c.role() != ColumnRole.ID && !index.entities.containsKey(t.stem()) && index.isRowIdEntity(t.stem());
            return rows
                    || index.subjects.contains(t.stem())
                    || index.datedThings.containsKey(t.stem()) && (dated || t.isPlural())
                    || t.isPlural() && abbreviatedDatedThing(t, c, index);
        }
        boolean subject = false;
        for (Token t : window) {
            if (!t.isWord() || !c.words().contains(t.stem()) && !c.words().contains(t.word())) {
                continue;
            }
            if (!index.subjects.contains(t.stem()) && !(dated && index.datedThings.containsKey(t.stem()))) {
                return false;
            }
            subject = true;
        }
        return subject;
    }

    /**
     * "measurements" for Meas_Date, the only column "meas" begins: the things it dates, abbreviated; so too the time,
     * hour or year of them beside that date ("launches" is not LNCH_HR beside LNCH_DT).
     */
    private static boolean abbreviatedDatedThing(Token t, ColumnInfo c, SchemaIndex index) {
        String thing = c.words().get(0);
        return index.datedThings.containsKey(thing) && WordForms.abbreviates(thing, t.stem());
    }

    /**
     * How surely each word of the window is the column's word at the same place, or what that word abbreviates (a
     * last code or description word of the name aside): 0 when not.
     */
    private static double spelledOut(List<Token> window, ColumnInfo c) {
        // "variance value" for VAR_VAL_GBP: the name's words but its unit.
        List<String> all = c.words();
        boolean unitAfter = all.size() == window.size() + 1 && ColumnRoles.UNITS.contains(all.get(all.size() - 1));
        List<String> words = all.size() == window.size() || unitAfter ? all : c.core();
        double score = 0.99;
        boolean kind = false;
        if (words.size() == window.size() + 1) {
            // "matter type" for MTR_TYPE_DESC and MTR_TYPE_CD: the words of a thing named in words or by a code, the
            // words first (a whole word with a word after it, MATTER_NO, scores 0.97).
            String last = words.get(window.size());
            // "cost per candle" for COST_PER_CNDL_GBP: the name's words but its unit.
            score = ColumnRoles.LABEL_WORDS.contains(last)
                    ? 0.99
                    : ColumnRoles.KEY_WORDS.contains(last) ? 0.985 : ColumnRoles.UNITS.contains(last) ? 0.98 : 0;
            words = words.subList(0, window.size());
        }
        if (words.size() == window.size()
                && window.size() > 1
                && SchemaIndex.KIND_NOUNS.contains(window.get(window.size() - 1).stem())
                && !words.get(words.size() - 1)
                        .equals(window.get(window.size() - 1).stem())
                && !shortKind(words.get(words.size() - 1), window.get(window.size() - 1))) {
            // "prosthesis type" for PROS_DESC beside PROS_CD, "craft type" for CRAFT_DESC beside NO_CRAFT: a thing's
            // kind is its description, the thing's word written short or in full; never its code or its name
            // ("appliance type" is no Appliance Code, "game type" no game_name).
            score = "description".equals(words.get(words.size() - 1)) ? 0.99 : 0;
            words = words.subList(0, words.size() - 1);
            window = window.subList(0, window.size() - 1);
            kind = true;
        }
        if (words.size() != window.size() || score == 0) {
            return 0;
        }
        boolean abbreviated = kind;
        for (int i = 0; i < words.size(); i++) {
            Token t = window.get(i);
            String w = words.get(i);
            if (!t.isWord()) {
                return 0;
            }
            if (t.forms().contains(w)) {
                continue;
            }
            // PROS_DESC read as "pro": the name's word as written abbreviates ("pros" for "prosthesis").
            String written = c.spelled().stream()
                    .filter(sp -> !sp.equals(w) && Words.singular(sp).equals(w))
                    .findFirst()
                    .orElse(w);
            if (!WordForms.abbreviates(w, t.stem())
                    && !WordForms.abbreviates(w, t.word())
                    && !shortKind(w, t)
                    && !WordForms.abbreviates(written, t.word())) {
                return 0;
            }
            // "in total" is no InTol: an aggregation is not what a name's short word abbreviates (looked up only for
            // the rare word that abbreviates, this runs for every column of every run of words).
            Lexicon.Hit cue = Lexicon.match(window, i);
            if (cue != null && cue.cue() == Cue.AGG) {
                return 0;
            }
            abbreviated = true;
        }
        return abbreviated ? score : 0;
    }

    /** Whether a name's word is a kind noun cut short ("typ" of PRMT_TYP, "cat" of ITEM_CAT). */
    private static boolean shortKind(String w, Token t) {
        return w.length() >= 3
                && SchemaIndex.KIND_NOUNS.contains(t.stem())
                && t.stem().startsWith(w);
    }

    /** Whether two words are a phrasal noun's plural ("move ins") and a date's name starts with its verb and particle. */
    private static boolean phrasalEvent(List<Token> written, ColumnInfo c) {
        // "check-ins": the hyphen joins the verb and its particle.
        List<Token> window = written.stream().filter(Token::isWord).toList();
        if (window.size() != 2
                || written.size() == 3 && !"-".equals(written.get(1).raw())) {
            return false;
        }
        String plural = window.get(1).word();
        List<String> words = c.words();
        String particle = ColumnRoles.pluralParticle(plural);
        if (c.role() != ColumnRole.DATE || particle.isEmpty() || words.size() < 2) {
            return false;
        }
        // move_in_dt, or checkoutTime with the verb and its particle written as one word.
        // CHK_IN_TS: the verb written short.
        return words.size() > 2
                        && (window.get(0).forms().contains(words.get(0))
                                || WordForms.abbreviates(
                                        words.get(0), window.get(0).stem()))
                        && words.get(1).equals(particle)
                || words.get(0).equals(window.get(0).word() + particle);
    }

    /** The short forms a name gives the period an adjective of time names ("hr" for hourly). */
    private static final Map<String, Set<String>> PERIOD_UNITS = Map.of(
            "hourly", Set.of("hr", "hour", "h"),
            "daily", Set.of("day", "d"),
            "nightly", Set.of("night", "nt"),
            "weekly", Set.of("week", "wk"),
            "monthly", Set.of("month", "mth"),
            "annual", Set.of("year", "yr", "annum", "pa"),
            "yearly", Set.of("year", "yr", "annum", "pa"));

    /** Whether a name's word is the unit of a period ("hr" of Rate (£/hr), "wk"). */
    static boolean isPeriodUnit(String word) {
        return PERIOD_UNITS.values().stream().anyMatch(units -> units.contains(word));
    }

    /** Whether words are a period's adjective and then a name's words, the name ending in that period's unit. */
    private static boolean perPeriod(List<Token> window, ColumnInfo c) {
        Set<String> units = PERIOD_UNITS.get(window.get(0).word());
        int n = window.size();
        // Cost/Hr (USD): the name's words but its currency.
        List<String> words = c.words().size() == n ? c.words() : c.core();
        // "monthly bill" beside billMonth: a date is not what is paid per period.
        if (units == null || words.size() != n || !units.contains(words.get(n - 1)) || c.isTime()) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!window.get(i).isWord() || !window.get(i).forms().contains(words.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** A small word some column's name starts with ("on" in on_hand_qty). */
    private static boolean startsName(Token t, SchemaIndex index) {
        for (ColumnInfo c : index.columns) {
            if (c.words().size() > 1
                    && (c.words().get(0).equals(t.word()) || c.words().get(0).equals(t.stem()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWholeName(Token t, SchemaIndex index) {
        for (ColumnInfo c : index.columns) {
            if (c.compacts().get(0).equals(t.word()) || c.compacts().get(0).equals(t.raw())) {
                return true;
            }
        }
        return false;
    }

    /** Hits for one run of words; {@code namesOnly} when keywords or a trailing small word allow only whole names and synonyms. */
    private static List<Hit> forWindow(List<Token> window, SchemaIndex index, boolean namesOnly, boolean timeAfter) {
        int n = window.size();
        String rawCompact = compact(window, true);
        String wordCompact = compact(window, false);
        // "lot totals" for Lot Total (£): the words, singular, glued.
        String stemCompact = n > 1 ? Words.compact(Synonyms.key(window).replace(" ", "")) : wordCompact;
        String key = Synonyms.key(window);
        Set<String> groups = Synonyms.groupsOf(key);
        boolean typoGroups = false;
        if (groups.isEmpty() && n == 1 && unknownWord(window.get(0), index)) {
            groups = Synonyms.groupsOfTypo(window.get(0).word());
            typoGroups = !groups.isEmpty();
        }
        Map<ColumnInfo, Hit> best = new LinkedHashMap<>();
        // Keywords inside a run of words separate names ("profit for each category") unless the run is a whole name.
        boolean keywordInside = namesOnly;
        String entityWord = NameWords.entityWord(window, index);
        // A word some column has as a synonym ("airports" for ORIGIN) is not read as an abbreviation ("AIR_TIME").
        boolean synonymous = false;
        for (ColumnInfo c : index.columns) {
            synonymous |= !groups.isEmpty() && hasAny(c.groups(), groups);
        }
        // "number of assessments" beside Assessment Method and Assessment Date: the rows' subject, never a synonym
        // of it (Score, Grade).
        boolean subjectWord = n == 1 && index.subjects.contains(window.get(0).stem());
        for (ColumnInfo c : index.columns) {
            Hit hit = null;
            double spelled = n > 1 ? spelledOut(window, c) : 0;
            String nameCompact = c.compacts().get(0);
            if (nameCompact.equals(rawCompact)
                    || nameCompact.equals(wordCompact)
                    || c.compacts().get(1).equals(wordCompact)
                    || c.compacts().get(2).equals(wordCompact)
                    || nameCompact.equals(stemCompact)
                    || c.compacts().get(1).equals(stemCompact)
                    || n > 1 && rawCompact.equals(index.beforeUnit.get(c))) {
                // The last: "hours on hire" for Hours on Hire [hrs], the name as written before its unit.
                boolean glued = n > 1 && c.words().size() == 1;
                hit = glued && namesOnly ? new Hit(c, n, Quality.SYNONYM, 0.7) : new Hit(c, n, Quality.EXACT, 1.0);
            } else if (spelled > 0) {
                // "product group" for Prod Grp, "stylist level" for Stylist Lvl: the name's words written in full, so
                // not Product or Stylist with a qualifier after it.
                hit = new Hit(c, n, Quality.EXACT, spelled);
            } else if (n <= 3 && phrasalEvent(window, c)) {
                // "move ins" for move_in_dt, "check outs" for Check Out Date: the events the date records.
                hit = new Hit(c, n, Quality.EXACT, 0.99);
            } else if (n > 1 && perPeriod(window, c)) {
                // "hourly rate" for Rate (£/hr): the period said before the name that carries it as its unit.
                hit = new Hit(c, n, Quality.EXACT, 0.98);
            } else if (initials(window, c, index)) {
                // "average daily rate" for ADR: the words a short name abbreviates, letter by letter.
                hit = new Hit(c, n, Quality.EXACT, 0.97);
            } else if (initialsOfThing(window, c)) {
                // "fee earner" for FE_NAME, "first time buyers" for FTB_YN: the words a short first word abbreviates,
                // letter by letter, where the rest of the name only says how the thing is written.
                hit = new Hit(
                        c,
                        n,
                        Quality.EXACT,
                        ColumnRoles.KEY_WORDS.contains(c.words().get(1)) ? 0.945 : 0.95);
            } else if (acronymInName(window, c, index)) {
                // "system organ class" for MedDRA SOC: the words an upper-case word of a longer name abbreviates.
                hit = new Hit(c, n, Quality.EXACT, 0.95);
            } else if (!keywordInside) {
                hit = NameWords.match(window, c, index, false, !synonymous);
                if (n == 1 && hit == null && rawCompact.length() >= 7 && Words.isTypo(rawCompact, nameCompact)) {
                    hit = new Hit(c, n, Quality.FUZZY, 0.7);
                }
            } else if (n > 1 && WordMatches.inOrder(window, c)) {
                // Every word of the run in one name, in order: the keyword belongs to it ("gdp per capita").
                hit = NameWords.match(window, c, index, true, !synonymous);
            }
            if (hit != null && hit.quality() != Quality.EXACT && negated(c) && !negated(window)) {
                // "bookings were cancelled" is not previous_bookings_not_canceled: the name says the opposite.
                hit = null;
            }
            if (hit != null
                    && hit.quality() == Quality.PARTIAL
                    && n == 1
                    && c.isMeasure()
                    && index.isRowNoun(window.get(0).stem())) {
                // "booking" in hotel bookings names the rows, not booking_changes (a number about each of them).
                hit = null;
            }
            if (hit != null
                    && hit.quality() != Quality.SYNONYM
                    && hit.score() < 1.0
                    && n == 1
                    && thingNotAttribute(window.get(0), c)) {
                // "loads per facility" beside Rejected Load?, "households on SNAP" beside Household Size: the plural
                // names the things, not the flag or the number about them.
                hit = null;
            }
            if (hit != null
                    && n == 1
                    && c.role() == ColumnRole.ID
                    && window.get(0).word().endsWith("ed")
                    && Words.isParticiple(window.get(0).word())) {
                // "monthly invoiced total" beside invoice_no: what was invoiced, never the invoices' numbers.
                hit = null;
            }
            if (hit != null && n > 1 && agent(c) && window.stream().noneMatch(t -> "by".equals(t.word()))) {
                // "tickets sold per month" beside Sold By: the things sold, not who sold them.
                hit = null;
            }
            if (hit != null && hit.quality() == Quality.PARTIAL && participleOfATimeNoun(window, c)) {
                // "amount billed" beside bill_yr: what was billed, not the year of the bill.
                hit = null;
            }
            if (hit != null && hit.quality() != Quality.EXACT && n == 1 && verbOfAParticipleDate(window.get(0), c)) {
                // "which hospitals receive the most patients" beside Call Received: the verb, not the date.
                hit = null;
            }
            if (hit != null
                    && hit.quality() == Quality.PARTIAL
                    && c.hourOfDay()
                    && window.stream().noneMatch(t -> "hour".equals(t.stem()) || "hr".equals(t.word()))) {
                // "sales" beside sale_hr (0-23): the hour of a sale is named by the hour, never by what happened in it.
                hit = null;
            }
            if (hit != null && hit.quality() == Quality.FUZZY && n == 1 && misspeltRows(window.get(0), index)) {
                // "daily sesions" in a sessions file: the rows misspelt, not Session Duration.
                hit = null;
            }
            boolean subject =
                    hit != null && hit.quality() != Quality.SYNONYM && onlySubject(window, c, index, timeAfter);
            if (subject) {
                // "gifts" where Gift Date and Gift Type describe each gift: the rows, not the Gift Type column; nor
                // through a synonym of the name ("txns" beside TXN_DATE and TXN_TIME).
                hit = null;
            }
            boolean otherEntity = entityWord != null && !entityWord.equals(c.entity());
            if (!subject
                    && !groups.isEmpty()
                    && !subjectWord
                    && hasAny(c.groups(), groups)
                    && !(otherEntity && hit != null)) {
                Hit syn = typoGroups ? new Hit(c, n, Quality.FUZZY, 0.6) : new Hit(c, n, Quality.SYNONYM, 0.68);
                hit = hit == null
                        ? syn
                        : new Hit(c, n, hit.quality(), Math.min(1.0, Math.max(hit.score(), syn.score()) + 0.05));
            }
            if (hit != null
                    && hit.quality() == Quality.SYNONYM
                    && n == 1
                    && window.get(0).isPlural()
                    && c.isMeasure()
                    && index.topic.words().contains(window.get(0).stem())
                    && !groups.contains("sales")) {
                // "returns by reason" in a returns file counts the returns, not Qty Returned or Refund Amt; "sales"
                // in a sales file still measures the money total.
                hit = null;
            }
            if (hit != null) {
                best.put(c, hit);
            }
        }
        nameOverQualified(best, n);
        spelledOutOverQualified(best, window);
        wholeNameOverQualified(best, n);
        if (n == 1 && window.get(0).isWord()) {
            if (!groups.isEmpty()) {
                abbreviatedName(best, window.get(0), index);
            }
        }
        if (best.isEmpty() && n == 1) {
            clippedName(best, window.get(0), index);
        }
        if (best.isEmpty() && n == 1) {
            unitAlone(best, window.get(0), index);
        }
        if (best.isEmpty() && n == 1) {
            abbreviatedLastWord(best, window.get(0), index);
        }
        ColumnInfo outcome = best.isEmpty() ? Outcome.named(window, index) : null;
        if (outcome != null) {
            best.put(outcome, new Hit(outcome, n, Quality.SYNONYM, 0.7));
        }
        if (best.isEmpty()
                && n == 1
                && window.get(0).isWord()
                && !index.subjects.contains(window.get(0).stem())
                && !misspeltRows(window.get(0), index)
                && index.topic.names(window.get(0), groups)) {
            // "happiness" in the World Happiness Report: its main measure.
            ColumnInfo m = index.topic.measure();
            best.put(m, new Hit(m, 1, Quality.SYNONYM, TOPIC_SCORE));
        }
        if (n == 1 && window.get(0).isPlural()) {
            abbreviatedEntity(best, window.get(0), index);
        }
        if (n == 1 && window.get(0).isWord()) {
            // "properties" beside prop_type and property_ref: a name holding the word itself beats one only spelt
            // near it.
            String stem = window.get(0).stem();
            boolean whole = best.values().stream()
                    .anyMatch(h ->
                            h.quality() == Quality.PARTIAL && h.column().words().contains(stem));
            if (whole) {
                best.values().removeIf(h -> h.quality() == Quality.FUZZY);
            }
            thingBeforeItsKind(best, stem);
        }
        return new ArrayList<>(best.values());
    }

    /**
     * "each pool" beside Pool Type and pool_site, "products" beside Product Group and Product Description: the thing
     * itself, named with another word than a kind, before its kind (which still answers where nothing else names it).
     */
    private static void thingBeforeItsKind(Map<ColumnInfo, Hit> best, String stem) {
        Hit itself = null;
        for (Hit h : best.values()) {
            List<String> core = h.column().core();
            if (h.quality() == Quality.PARTIAL
                    && (h.column().role() == ColumnRole.CATEGORY || h.column().role() == ColumnRole.TEXT)
                    && core.size() == 2
                    && core.get(0).equals(stem)
                    && !SchemaIndex.KIND_NAMES.contains(core.get(1))
                    && (itself == null || h.score() > itself.score())) {
                itself = h;
            }
        }
        if (itself == null) {
            return;
        }
        for (Map.Entry<ColumnInfo, Hit> e : best.entrySet()) {
            Hit h = e.getValue();
            List<String> core = h.column().core();
            if (core.size() == 2
                    && core.get(0).equals(stem)
                    && SchemaIndex.KIND_NAMES.contains(core.get(1))
                    && h.score() >= itself.score()) {
                e.setValue(new Hit(h.column(), h.length(), h.quality(), itself.score() - 0.01));
            }
        }
    }

    /**
     * "evaluations" beside eval_id and eval_date: the things an id's shortened name counts, not a date named the same
     * way.
     */
    private static void abbreviatedEntity(Map<ColumnInfo, Hit> best, Token t, SchemaIndex index) {
        for (ColumnInfo c : index.columns) {
            if (c.role() == ColumnRole.ID
                    && c.entity() != null
                    && c.entity().length() >= 4
                    // Not "visitors" beside visit_id: a word only a suffix longer is another word.
                    && t.stem().length() >= c.entity().length() + 3
                    && WordForms.abbreviates(c.entity(), t.stem())
                    && best.containsKey(c)
                    && best.get(c).quality() == Quality.FUZZY) {
                best.values().removeIf(h -> h.quality() == Quality.FUZZY);
                best.put(c, new Hit(c, 1, Quality.PARTIAL, 0.8));
                return;
            }
        }
    }

    /**
     * "which 3 techs handle the most tickets" beside TECHNICIAN: a word nothing else names, clipped from the start of
     * exactly one one-word name, is that column.
     */
    private static void clippedName(Map<ColumnInfo, Hit> best, Token t, SchemaIndex index) {
        String stem = t.stem();
        if (!t.isWord() || stem.length() < 4 || Words.STOPWORDS.contains(t.word()) || Lexicon.isKeyword(t.word())) {
            return;
        }
        ColumnInfo clipped = SchemaIndex.only(
                index.columns,
                c -> c.core().size() == 1
                        && c.core().get(0).startsWith(stem)
                        && c.core().get(0).length() >= stem.length() + 3);
        if (clipped != null) {
            best.put(clipped, new Hit(clipped, 1, Quality.PARTIAL, 0.6));
        }
    }

    /**
     * "coloured by segment" beside CUST_SEG: a word nothing else names, which the last word of exactly one longer
     * name abbreviates, is that column.
     */
    private static void abbreviatedLastWord(Map<ColumnInfo, Hit> best, Token t, SchemaIndex index) {
        if (!t.isWord() || t.stem().length() < 5 || Words.STOPWORDS.contains(t.word())) {
            return;
        }
        // Three letters, or consonants after the first ("seg", "sgmt"): not a word of its own ("call" in Hr of Call).
        ColumnInfo named = SchemaIndex.only(index.columns, c -> {
            if (c.words().size() < 2) {
                return false;
            }
            String last = c.words().get(c.words().size() - 1);
            boolean short3 = last.length() == 3 || last.substring(1).chars().noneMatch(ch -> Words.isVowel((char) ch));
            return short3 && WordForms.abbreviates(last, t.stem());
        });
        if (named != null) {
            best.put(named, new Hit(named, 1, Quality.PARTIAL, 0.6));
        }
    }

    /**
     * "borough" with BORO and a Council District in its synonym group, "volume" with Vol (m3) and Pieces: a one-word
     * name abbreviating the word itself is meant before a synonym (abbreviations are otherwise not tried once a
     * synonym is known).
     */
    private static void abbreviatedName(Map<ColumnInfo, Hit> best, Token t, SchemaIndex index) {
        double synonym = 0;
        for (Hit h : best.values()) {
            synonym = Math.max(synonym, h.quality() == Quality.SYNONYM ? h.score() : 1.0);
        }
        if (synonym >= 1.0 || best.isEmpty()) {
            return;
        }
        for (ColumnInfo c : index.columns) {
            if (c.core().size() == 1 && WordForms.abbreviates(c.core().get(0), t.stem())) {
                best.put(c, new Hit(c, 1, Quality.SYNONYM, Math.min(1.0, synonym + 0.04)));
            }
        }
    }

    /**
     * "MWh by plant", "tonnage by stream": a unit named alone (two letters or more, or spelt out) is the measure
     * carrying it, "Output (MWh)", "Net Weight (t)".
     */
    private static void unitAlone(Map<ColumnInfo, Hit> best, Token t, SchemaIndex index) {
        String w = t.word();
        if (!t.isWord() || w.length() < 2 || Words.STOPWORDS.contains(w)) {
            return;
        }
        Set<String> spellings = spelledUnit(t);
        if (spellings == null && !ColumnRoles.UNITS.contains(w)) {
            return;
        }
        for (ColumnInfo c : index.columns) {
            boolean carries = spellings == null
                    ? c.words().contains(w)
                    : c.words().stream().anyMatch(spellings::contains);
            if (c.isMeasure() && carries) {
                best.put(c, new Hit(c, 1, Quality.PARTIAL, 0.6));
            }
        }
    }

    /** Whether {@code t} names a unit ("kg", "kilo", "tonnes"). */
    static boolean namesUnit(Token t) {
        return t.isWord() && (ColumnRoles.UNITS.contains(t.word()) || spelledUnit(t) != null);
    }

    /** Whether a name's word writes the unit {@code t} names ("ha" for "hectares"). */
    static boolean writesUnit(String nameWord, Token t) {
        Set<String> written = spelledUnit(t);
        return nameWord.equals(t.word()) || nameWord.equals(t.stem()) || written != null && written.contains(nameWord);
    }

    /** How names abbreviate the unit {@code t} spells out ("t", "tonnes" for "tonnage"), or null. */
    private static Set<String> spelledUnit(Token t) {
        return UNIT_NAMES.getOrDefault(t.word(), UNIT_NAMES.get(t.stem()));
    }

    /** Units spelt out in a question, and how a name abbreviates them ("tonnes" for "(t)", "pounds" for "(lbs)"). */
    private static final Map<String, Set<String>> UNIT_NAMES = unitNames(Words.pairs("""
        ton=t,ton,tons,tonne,tonnes tonnage=t,ton,tons,tonne,tonnes pound=lb,lbs lbs=lb,lbs kilo=kg kilogram=kg
        liter=l,ltr,liter,litre,ml gallon=gal,gallon mile=mi,mile kilometer=km calorie=kcal,cal
        calories=kcal,cal acre=ac,acre
        hectare=ha,hectare case=case,cases carton=carton,ctn cubic=m3,cbm
        """));

    private static Map<String, Set<String>> unitNames(Map<String, String> pairs) {
        Map<String, Set<String>> out = new HashMap<>();
        pairs.forEach((word, units) -> out.put(word, Set.of(units.split(","))));
        return Map.copyOf(out);
    }

    /** Words that make a two-word name the thing itself: "Site Name", "Company Name", "Job Title". */
    private static final Set<String> NAME_WORDS = Set.of("name", "title", "label");

    /**
     * "by site" with Site Name and Site Type: a word alone names the thing, so its name column, not a column that
     * only qualifies it (a type, a size, a category), though the qualifier word counts as no word in a match.
     */
    /**
     * "standard level" for Std Level beside Standard: a name whose every word the run spells out beats a name that is
     * only the run's first word with a qualifier after it.
     */
    private static void spelledOutOverQualified(Map<ColumnInfo, Hit> best, List<Token> window) {
        if (window.size() < 2) {
            return;
        }
        boolean spelled = best.values().stream()
                .anyMatch(h -> h.quality() == Quality.EXACT
                        && h.score() >= 0.99
                        && h.column().words().size() == window.size());
        if (!spelled) {
            return;
        }
        for (Hit h : List.copyOf(best.values())) {
            if (h.quality() == Quality.EXACT
                    && h.score() < 0.99
                    && h.column().words().size() < window.size()) {
                best.put(h.column(), new Hit(h.column(), h.length(), Quality.PARTIAL, 0.85));
            }
        }
    }

    /**
     * "switch to standard" beside Standard and Std Level: a one-word name that is the word itself beats a name that
     * holds the word with a qualifier missing, whatever the context would rather have.
     */
    private static void wholeNameOverQualified(Map<ColumnInfo, Hit> best, int n) {
        if (n != 1) {
            return;
        }
        boolean whole = best.values().stream()
                .anyMatch(h -> h.quality() == Quality.EXACT
                        && h.score() >= 1.0
                        && h.column().words().size() == 1);
        if (!whole) {
            return;
        }
        for (Hit h : List.copyOf(best.values())) {
            if (h.quality() == Quality.EXACT
                    && h.score() < 0.99
                    && h.column().words().size() > 1) {
                best.put(h.column(), new Hit(h.column(), h.length(), Quality.EXACT, Math.min(h.score(), 0.9)));
            }
        }
    }

    private static void nameOverQualified(Map<ColumnInfo, Hit> best, int n) {
        if (n != 1) {
            return;
        }
        ColumnInfo named = null;
        for (Hit h : best.values()) {
            List<String> words = h.column().words();
            boolean label = h.column().role() == ColumnRole.LABEL || h.column().role() == ColumnRole.CATEGORY;
            if (label && words.size() == 2 && NAME_WORDS.contains(words.get(1))) {
                named = h.column();
            }
        }
        if (named == null) {
            return;
        }
        boolean qualifiedExact = false;
        for (Hit h : List.copyOf(best.values())) {
            ColumnInfo c = h.column();
            if (c != named
                    && h.quality() == Quality.EXACT
                    && c.words().size() > 1
                    && c.words().stream().anyMatch(ColumnRoles.QUALIFIERS::contains)) {
                qualifiedExact = true;
                best.put(c, new Hit(c, n, Quality.EXACT, Math.min(h.score(), 0.95)));
            }
        }
        if (qualifiedExact) {
            best.put(named, new Hit(named, n, Quality.EXACT, 1.0));
        }
    }

    private static final Set<String> NEGATIONS = Set.of("not", "non", "no", "never", "without");

    private static boolean negated(ColumnInfo c) {
        List<String> w = c.words();
        for (int k = 0; k < w.size(); k++) {
            // A last "no" numbers the rows (PERMIT_NO, Invoice No), it does not negate.
            if (NEGATIONS.contains(w.get(k)) && !("no".equals(w.get(k)) && k == w.size() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(List<Token> window) {
        return window.stream().anyMatch(t -> t.isWord() && NEGATIONS.contains(t.word()));
    }

    /** Whether the words' initials spell an upper-case word of a name of several words (SOC in "MedDRA SOC"). */
    private static boolean acronymInName(List<Token> window, ColumnInfo c, SchemaIndex index) {
        int n = window.size();
        List<String> acronyms = index.acronyms.getOrDefault(c, List.of());
        if (acronyms.isEmpty() || n < 2 || n > 5) {
            return false;
        }
        // Two words spell an acronym only for a measure, both full words and not a phrase of their own ("heart
        // rate" for Avg HR (bpm); not "over time" for OT Hrs).
        Lexicon.Hit phrase = n == 2 ? Lexicon.match(window, 0) : null;
        if (n == 2 && (!c.isMeasure() || phrase != null && phrase.length() >= 2)) {
            return false;
        }
        int shortest = n == 2 ? 4 : 3;
        for (Token t : window) {
            if (!t.isWord() || t.word().length() < shortest || Words.STOPWORDS.contains(t.word())) {
                return false;
            }
        }
        for (String w : acronyms) {
            boolean letters = w.length() == n;
            for (int k = 0; k < n && letters; k++) {
                letters = w.charAt(k) == window.get(k).word().charAt(0);
            }
            if (letters) {
                return true;
            }
        }
        return false;
    }

    /** Whether a two-word name is initials, then a label, key or yes/no word, and the run's words have the initials. */
    private static boolean initialsOfThing(List<Token> window, ColumnInfo c) {
        int n = window.size();
        List<String> words = c.words();
        if (n < 2 || n > 4 || words.size() != 2 || words.get(0).length() != n) {
            return false;
        }
        String tail = words.get(1);
        if (!ColumnRoles.LABEL_WORDS.contains(tail)
                && !ColumnRoles.KEY_WORDS.contains(tail)
                && !ColumnRoles.FLAG_TAILS.contains(tail)) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            Token t = window.get(k);
            if (!t.isWord()
                    || t.word().length() < 3
                    || Words.STOPWORDS.contains(t.word())
                    || t.word().charAt(0) != words.get(0).charAt(k)) {
                return false;
            }
        }
        // Two words spell initials only when they are no phrase of their own ("over time").
        Lexicon.Hit phrase = n == 2 ? Lexicon.match(window, 0) : null;
        return phrase == null || phrase.length() < 2;
    }

    /**
     * Whether the run's words abbreviate a short one-word name: one letter each ("average daily rate" for adr,
     * "chest pain" for cp) or the start of each ("exercise induced angina" for exang, "fasting blood sugar" for fbs;
     * a middle word may be left out).
     */
    private static boolean initials(List<Token> window, ColumnInfo c, SchemaIndex index) {
        String name = index.beforeUnit.getOrDefault(c, c.compacts().get(0));
        int n = window.size();
        if (n < 2
                || n > 4
                || name.length() < 2
                || name.length() > 8
                || !name.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (Token t : window) {
            if (!t.isWord() || t.word().length() < 3 || Words.STOPWORDS.contains(t.word())) {
                return false;
            }
        }
        if (n == name.length()) {
            boolean letters = true;
            for (int k = 0; k < n; k++) {
                letters &= window.get(k).word().charAt(0) == name.charAt(k)
                        && (n > 2 || window.get(k).word().length() >= 4);
            }
            if (letters) {
                return true;
            }
        }
        if (name.length() < 5) {
            return false;
        }
        List<String> words = new ArrayList<>();
        window.forEach(t -> words.add(t.word()));
        if (window.stream().anyMatch(t -> name.startsWith(t.stem()) && t.stem().length() >= name.length() - 1)) {
            // "score remote" is Score, then another word: not "sco" + "re" glued.
            return false;
        }
        if (prefixes(name, words)) {
            return true;
        }
        return n == 3 && prefixes(name, List.of(words.get(0), words.get(2)));
    }

    /** Whether {@code name} is a start of at least two letters of each word, in order and nothing else. */
    private static boolean prefixes(String name, List<String> words) {
        return prefixes(name, 0, words, 0);
    }

    private static boolean prefixes(String name, int from, List<String> words, int w) {
        if (w == words.size()) {
            return from == name.length();
        }
        String word = words.get(w);
        for (int len = Math.min(word.length(), name.length() - from); len >= 2; len--) {
            if (name.startsWith(word.substring(0, len), from) && prefixes(name, from + len, words, w + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A word that is neither a keyword nor business vocabulary nor part of a column name: maybe a misspelling. */
    private static boolean unknownWord(Token t, SchemaIndex index) {
        String w = t.word();
        return t.isWord()
                && w.length() >= 5
                && !Lexicon.isKeyword(w)
                && !Lexicon.isKeyword(t.stem())
                && !Words.STOPWORDS.contains(w)
                && !index.nameWords.contains(t.stem())
                && !index.nameWords.contains(w)
                && !Synonyms.known(t.stem());
    }

    private static boolean hasAny(Set<String> a, Set<String> b) {
        for (String s : b) {
            if (a.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static String compact(List<Token> window, boolean raw) {
        StringBuilder b = new StringBuilder();
        for (Token t : window) {
            if (!t.isSymbol()) {
                b.append(Words.compact(raw && !t.raw().isEmpty() ? t.raw() : t.word()));
            }
        }
        return b.toString();
    }
}
