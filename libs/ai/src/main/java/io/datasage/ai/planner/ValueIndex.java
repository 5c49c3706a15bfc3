package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The category values of a dataset, ready to be found in a question: by their words ("new york city"), glued
 * together ("s003"), by initials ("R&D", "UK"), by alias ("women", "japanese") and with one typo ("tecnology").
 */
final class ValueIndex {

    /** One known value of one column. */
    record Entry(ColumnInfo column, String value, List<String> stems, String compact, boolean weak) {}

    /** A value found in the question: {@code length} tokens from the start. */
    record Found(Entry entry, int length, Quality quality) {}

    /** Whether the question spells the value's words as the data does (not just the same singular). */
    static boolean sameSpelling(Found f, List<Token> tokens, int i) {
        String typed = Words.compact(Annotator.text(tokens, i, f.length()));
        return typed.equals(f.entry().compact());
    }

    /** A short value named by a longer alias ("california" for CA): not a weak match of a small word. */
    static boolean byLongerName(Found f, List<Token> tokens, int i) {
        return f.quality() == Quality.SYNONYM && tokens.get(i).word().length() > 3;
    }

    private static final int MAX_WORDS = 6;
    /** Columns with at most this many values are found by a value's last word too. */
    private static final int LAST_WORD_VALUES = 12;

    private static final Set<String> WEAK = Words.set("""
        yes no true false y n none null na n/a other others unknown all total any misc blank empty high low medium new
        old open closed active ok normal good bad average 1 0 -
        """);

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "at", "into");

    private static final Set<String> ROW_PREPOSITIONS = Set.of("per", "at", "each", "every", "a", "an");

    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final Map<String, List<Entry>> byCompact = new HashMap<>();
    /** Values of two or more words by each of their words, once each ("damaged" for "Written Off - Damaged"). */
    private final Map<String, List<Entry>> byWord = new HashMap<>();

    private final Map<String, List<Entry>> byInitials = new HashMap<>();
    /** Values of two to four words by their words in sorted order ("mobile north van" for "Mobile Van - North"). */
    private final Map<String, List<Entry>> byWordSet = new HashMap<>();
    /** Values of three words by the last two in sorted order ("diesel red" for "Marine Diesel (Red)"). */
    private final Map<String, List<Entry>> byTail = new HashMap<>();
    /** Values of two or more words by their last word ("dissatisfied", "lobster" for "American Lobster"). */
    private final Map<String, List<Entry>> byLast = new HashMap<>();
    /** Values listing participles as alternatives by each participle and its verb ("waste" for Destroyed/Wasted). */
    private final Map<String, List<Entry>> byAlternative = new HashMap<>();

    private final List<Entry> singleWords = new ArrayList<>();
    /** Category values of two or three words, for names said with each word cut short ("EMERG TH"). */
    private final List<Entry> shortWords = new ArrayList<>();
    /** One-letter values by the word of their column's name they are the initial of ("full" for F in FULL_EMPTY). */
    private final Map<String, Entry> byNameWordInitial = new HashMap<>();
    /** The names of several words in a column of metric names (Rel Humidity, Air Temp). */
    private final List<Entry> metrics = new ArrayList<>();
    /** Each metric's words without the unit after them ("moisture" of MOISTURE_PCT), found once with the index. */
    private final Map<Entry, List<String>> metricNames = new HashMap<>();

    private final Set<String> nameWords = new java.util.HashSet<>();

    /** A span of two years written 2024/25 or 2024-25 (financial, academic or season years). */
    private static final java.util.regex.Pattern YEAR_SPAN =
            java.util.regex.Pattern.compile("(?:19|20)(\\d\\d)\\s*[/-]\\s*(\\d\\d)");

    /** Words in brackets after a value's code, or a code after its words: "RSRS (bedroom tax)", "Discharge (TTO)". */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("\\(([^()]{3,40})\\)\\s*$");

    /** A value opening with a code in capitals before its name: "YOX Yellow Oxide", "K Black". */
    private static final java.util.regex.Pattern CODE_FIRST =
            java.util.regex.Pattern.compile("[A-Z]{1,4}\\s+([A-Z][a-z]+(?:\\s+[A-Za-z][a-z]+)*)");

    /** Most of a column's values open with a code before their name (colourants, currencies, product lines). */
    private static boolean codesFirst(List<String> values) {
        long coded = values.stream()
                .filter(v -> v != null && CODE_FIRST.matcher(v.trim()).matches())
                .count();
        return values.size() >= 3 && coded * 4 >= values.size() * 3;
    }

    ValueIndex(List<ColumnInfo> columns) {
        for (ColumnInfo c : columns) {
            nameWords.addAll(c.words());
        }
        for (ColumnInfo c : columns) {
            if (c.role() == ColumnRole.TEXT || c.role() == ColumnRole.DATE || c.isNumeric()) {
                continue;
            }
            boolean codesFirst = codesFirst(c.schema().topValues());
            for (String v : c.schema().topValues()) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                List<String> stems = stems(Tokenizer.tokenize(v));
                if (stems.isEmpty() || stems.size() > MAX_WORDS) {
                    continue;
                }
                String compact = Words.compact(v.replace("&", "and"));
                boolean weak = c.role() == ColumnRole.BOOLEAN || isWeak(stems, compact);
                Entry e = new Entry(c, v, stems, compact, weak);
                byFirst.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(e);
                for (String base : Words.bases(stems.get(0))) {
                    // "charge off" for "Charged Off", "cancel" for "Cancelled".
                    byFirst.computeIfAbsent(base, k -> new ArrayList<>()).add(e);
                }
                byCompact.computeIfAbsent(e.compact(), k -> new ArrayList<>()).add(e);
                if ((stems.size() == 2 || stems.size() == 3) && c.role() == ColumnRole.CATEGORY) {
                    shortWords.add(e);
                }
                if (stems.size() > 1) {
                    for (String w : new java.util.LinkedHashSet<>(stems)) {
                        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
                    }
                }
                for (String element : ChemicalSymbols.names(v.trim())) {
                    // "gold" for Au in an assay's ELEMENT column: the symbol stays weak ("as" is no arsenic), its
                    // name is not.
                    Entry named = new Entry(c, v, List.of(element), element, false);
                    byCompact.computeIfAbsent(element, k -> new ArrayList<>()).add(named);
                }
                java.util.regex.Matcher span = YEAR_SPAN.matcher(v.trim());
                if (span.matches()) {
                    // "24/25" for the financial year 2024/25 (or 2024-25): its two years said short.
                    byCompact
                            .computeIfAbsent(span.group(1) + span.group(2), k -> new ArrayList<>())
                            .add(e);
                }
                java.util.regex.Matcher named = CODE_FIRST.matcher(v.trim());
                if (codesFirst && named.matches()) {
                    // "black" for "K Black", "phthalo blue" for "BPB Phthalo Blue": in a column whose values open with
                    // a code, the name after it.
                    byCompact
                            .computeIfAbsent(Words.compact(named.group(1)), k -> new ArrayList<>())
                            .add(e);
                }
                String head = headBeforeAside(v, c.schema().topValues());
                if (head != null) {
                    // "family tickets" for "Family (2+2)": the words before a bracket, when no other value has them.
                    byCompact.computeIfAbsent(head, k -> new ArrayList<>()).add(e);
                }
                java.util.regex.Matcher aside = ASIDE.matcher(v);
                // "TTO" for "Discharge (TTO)": a code in capitals in brackets names its value too.
                if (aside.find()
                        && (aside.group(1).trim().contains(" ")
                                || aside.group(1).trim().matches("[A-Z]{3,5}"))) {
                    // "bedroom tax cases" for "RSRS (bedroom tax)": the words a code explains in brackets.
                    byCompact
                            .computeIfAbsent(Words.compact(aside.group(1)), k -> new ArrayList<>())
                            .add(e);
                }
                if (stems.size() == 1) {
                    singleWords.add(e);
                    String word = initialOfNameWord(e);
                    if (word != null) {
                        byNameWordInitial.put(word, e);
                    }
                } else {
                    byInitials
                            .computeIfAbsent(Words.initials(stems), k -> new ArrayList<>())
                            .add(e);
                    byLast.computeIfAbsent(stems.get(stems.size() - 1), k -> new ArrayList<>())
                            .add(e);
                    if (MeasureCompletion.namesMetrics(c)) {
                        metrics.add(e);
                        metricNames.put(e, withoutUnit(stems));
                    }
                    byWordSet
                            .computeIfAbsent(wordSet(stems), k -> new ArrayList<>())
                            .add(e);
                    // "landfill waste" for "Waste to Landfill (t)": its words of meaning, without small words and
                    // units.
                    // "no" and the word after it are words of it ("Pupil - No Show", "No Answer").
                    List<String> content = new ArrayList<>();
                    for (int w = 0; w < stems.size(); w++) {
                        String stem = stems.get(w);
                        boolean kept = meaningful(stem, w > 0 ? stems.get(w - 1) : null, w + 1 < stems.size());
                        if (kept && !ColumnRoles.UNITS.contains(stem)) {
                            content.add(stem);
                        }
                    }
                    if (content.size() >= 2 && content.size() < stems.size()) {
                        byWordSet
                                .computeIfAbsent(wordSet(content), k -> new ArrayList<>())
                                .add(e);
                    }
                    if (content.size() == 3) {
                        byTail.computeIfAbsent(wordSet(content.subList(1, 3)), k -> new ArrayList<>())
                                .add(e);
                    }
                }
            }
        }
        for (Map.Entry<String, List<Entry>> byStem : byWord.entrySet()) {
            String w = byStem.getKey();
            if (!Words.isParticiple(w)) {
                continue;
            }
            List<String> keys = new ArrayList<>(Words.bases(w));
            keys.add(w);
            for (Entry e : byStem.getValue()) {
                if (e.column().role() == ColumnRole.CATEGORY && e.value().contains("/")) {
                    for (String key : keys) {
                        List<Entry> list = byAlternative.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!list.contains(e)) {
                            list.add(e);
                        }
                    }
                }
            }
        }
    }

    /** The one-word values that are an irregular participle of {@code verb} ("Won" of "win", "Sold" of "sell"). */
    List<Entry> irregularParticiplesOf(String verb) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : singleWords) {
            if (e.column().role() == ColumnRole.CATEGORY && verb.equals(Words.IRREGULAR_BASES.get(e.compact()))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The one-word participle values ("Hired", "Cancelled") whose verb a noun names: its base ("hires") or the noun
     * made from it ("cancellations", "rejections", "administrations").
     */
    List<Entry> participlesNamedBy(String stem) {
        List<Entry> out = new ArrayList<>();
        String root = stem.endsWith("ation")
                ? stem.substring(0, stem.length() - 5)
                : stem.endsWith("ion") ? stem.substring(0, stem.length() - 3) : null;
        for (Entry e : singleWords) {
            String v = e.compact();
            if (e.column().role() != ColumnRole.CATEGORY || !Words.isParticiple(v)) {
                continue;
            }
            boolean base = Words.bases(v).contains(stem);
            // "administrations" for Administered: the noun may drop the e of its verb's last syllable.
            boolean noun = root != null
                    && root.length() >= 4
                    && (v.startsWith(root)
                            || Words.bases(v).stream().anyMatch(b -> b.replaceFirst("e([a-z])$", "$1")
                                    .equals(root)));
            if (base || noun) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The category values written as alternatives of participles ("Destroyed/Wasted", "Lost/Stolen") one of which is
     * {@code word} or has it as its verb ("waste").
     */
    List<Entry> participleAlternatives(String word) {
        return byAlternative.getOrDefault(word, List.of());
    }

    /** The values of several words whose first word is {@code stem} ("BMS" of BMS-KT, BMS-AR). */
    List<Entry> beginningWith(String stem) {
        return byFirst.getOrDefault(stem, List.of()).stream()
                .filter(e -> e.stems().size() > 1)
                .toList();
    }

    /** The values of several words of {@code column} whose first word is {@code stem} ("Brown" of Brown (1st Kyu)). */
    List<Entry> beginningWith(String stem, ColumnInfo column) {
        return beginningWith(stem).stream().filter(e -> e.column() == column).toList();
    }

    /** The values of several words of a category that have {@code word} among their words ("damaged"). */
    List<Entry> withWord(String word) {
        return byWord.getOrDefault(word, List.of()).stream()
                .filter(e -> e.column().role() == ColumnRole.CATEGORY)
                .toList();
    }

    /** The values of several words holding {@code run} (a number and its unit: "80", "mg") as consecutive words. */
    List<Entry> holding(List<String> run) {
        return byWord.getOrDefault(run.get(0), List.of()).stream()
                .filter(e -> e.stems().size() > run.size() && java.util.Collections.indexOfSubList(e.stems(), run) >= 0)
                .toList();
    }

    /**
     * The one category value with a word that {@code word} cuts short by three letters or more ("ortho" for Trauma &
     * Orthopaedics), or null when none or several values have such a word.
     */
    Entry cutShort(String word) {
        Entry found = null;
        for (Map.Entry<String, List<Entry>> e : byWord.entrySet()) {
            if (e.getKey().length() >= word.length() + 3 && e.getKey().startsWith(word)) {
                for (Entry v : e.getValue()) {
                    if (found != null && found != v) {
                        return null;
                    }
                    found = v;
                }
            }
        }
        for (Entry v : singleWords) {
            String stem = v.stems().get(0);
            if (stem.length() >= word.length() + 3 && stem.startsWith(word)) {
                if (found != null && found != v) {
                    return null;
                }
                found = v;
            }
        }
        return found != null && found.column().role() == ColumnRole.CATEGORY && !found.weak() ? found : null;
    }

    /**
     * The one value of two or three words each of which begins the word typed in its place, one at least cut short
     * ("emergency theatre" for EMERG TH), or null when none or several.
     */
    Entry spelledOutShortWords(List<Token> tokens, int i) {
        Entry found = null;
        for (Entry e : shortWords) {
            List<String> stems = e.stems();
            if (i + stems.size() > tokens.size()) {
                continue;
            }
            boolean begins = true;
            boolean cut = false;
            for (int j = 0; j < stems.size() && begins; j++) {
                String typed = tokens.get(i + j).word();
                String v = stems.get(j);
                begins = v.length() >= 2 && typed.startsWith(v) && !Words.STOPWORDS.contains(typed);
                cut |= typed.length() > v.length();
            }
            if (begins && cut) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** The one-word values of a column that abbreviate {@code word} ("Mat" for "matinee", "Eve" for "evening"). */
    List<Entry> abbreviating(String word) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : singleWords) {
            if (!e.weak() && WordForms.abbreviates(e.compact(), word)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The values of a category spelled as this one word ("Breakdown" for "breakdown"). */
    List<Entry> spelledAs(String word) {
        return byCompact.getOrDefault(Words.compact(word), List.of()).stream()
                .filter(e -> e.column().role() == ColumnRole.CATEGORY && !e.weak())
                .toList();
    }

    /** Whether some value, or the name after a value's code, is spelled as this one word. */
    boolean spells(String word) {
        return byCompact.containsKey(Words.compact(word));
    }

    /** Every value that the tokens starting at {@code i} spell exactly, longest first. */
    List<Found> exact(List<Token> tokens, int i) {
        List<Found> out = new ArrayList<>();
        Token first = tokens.get(i);
        if (first.isSymbol()) {
            return out;
        }
        if (first.is(Token.QUOTED)) {
            for (Entry e : byCompact.getOrDefault(Words.compact(first.word().replace("&", "and")), List.of())) {
                out.add(new Found(e, 1, Quality.EXACT));
            }
            return out;
        }
        for (String key : keys(first)) {
            for (Entry e : byFirst.getOrDefault(key, List.of())) {
                if (first.isNumber()
                        && e.stems().size() == 1
                        && !e.compact().equals(Words.compact(numberText(first)))) {
                    // "top 10" is not the value "10K"; "the 10K" is.
                    continue;
                }
                int len = matchLength(e.stems(), tokens, i);
                if (len > 0) {
                    out.add(new Found(e, len, Quality.EXACT));
                }
            }
        }
        StringBuilder glued = new StringBuilder();
        for (int j = i; j < Math.min(tokens.size(), i + MAX_WORDS); j++) {
            Token t = tokens.get(j);
            if (t.is(Token.QUOTED) || t.is(Token.DATE)) {
                break;
            }
            glued.append(Words.compact(t.raw().isEmpty() ? t.word() : t.raw()));
            if (j > i && !t.is(Token.JOINED) && !isCompoundable(tokens, i, j)) {
                break;
            }
            for (Entry e : byCompact.getOrDefault(glued.toString(), List.of())) {
                // "top 10" is no colour code "1/0": a number typed alone never spells a value written with a sign.
                boolean signedNumber =
                        j == i && t.isNumber() && !e.value().trim().equals(t.raw());
                if (!signedNumber && out.stream().noneMatch(f -> f.entry() == e)) {
                    out.add(new Found(e, j - i + 1, Quality.EXACT));
                }
            }
        }
        if (out.isEmpty()) {
            reordered(tokens, i, out);
        }
        // "robins" beside SPECIES_CODE = ROBIN and SPECIES_NAME = Robin: the name before the code that spells it.
        // A value both a code and its description hold ("RIB" of VSL_CD and VSL_TYPE_DESC): the description's.
        out.sort(java.util.Comparator.comparingInt((Found f) -> -f.length())
                .thenComparing(f -> f.entry().column().words().contains("code")
                        || f.entry().column().words().contains("cd")));
        return out;
    }

    /**
     * "the north mobile van" for "Mobile Van - North": every word of a value, in another order, and nothing else; or
     * the last two words of a value of three that no other value has.
     */
    private void reordered(List<Token> tokens, int i, List<Found> out) {
        if (byWordSet.isEmpty()) {
            return;
        }
        List<String> stems = new ArrayList<>();
        for (int j = i; j < tokens.size() && stems.size() < 4; j++) {
            Token t = tokens.get(j);
            // "abandoned as unsafe" for "Abandoned - Unsafe": one small word joining the first two is no word of it.
            boolean joining = stems.size() == 1
                    && j == i + 1
                    && JOINING.contains(t.word())
                    && j + 1 < tokens.size()
                    && tokens.get(j + 1).isWord()
                    && !Words.STOPWORDS.contains(tokens.get(j + 1).word());
            if (joining) {
                continue;
            }
            // "no-shows": a hyphen after "no" joins it to its word.
            if (j > i && "-".equals(t.raw()) && "no".equals(tokens.get(j - 1).word())) {
                continue;
            }
            boolean wordAfter = j + 1 < tokens.size() && !tokens.get(j + 1).isNumber();
            String previous = stems.isEmpty() ? null : stems.get(stems.size() - 1);
            if (!t.isWord() || t.is(Token.QUOTED) || !meaningful(t.word(), previous, wordAfter)) {
                return;
            }
            stems.add(t.stem());
            if (stems.size() >= 2) {
                for (Entry e : byWordSet.getOrDefault(wordSet(stems), List.of())) {
                    out.add(new Found(e, j - i + 1, j - i + 1 > stems.size() ? Quality.PARTIAL : Quality.EXACT));
                }
            }
            if (stems.size() == 2 && out.isEmpty()) {
                // "red diesel" for "Marine Diesel (Red)": a value's two last words, when they name no other value.
                List<Entry> tails = byTail.getOrDefault(wordSet(stems), List.of());
                if (tails.stream().map(Entry::value).distinct().count() == 1) {
                    int length = j - i + 1;
                    tails.forEach(e -> out.add(new Found(e, length, Quality.PARTIAL)));
                }
            }
        }
    }

    /** Whether a value's word carries meaning: not a small word, but "no" before a word and the word after "no". */
    private static boolean meaningful(String word, String previous, boolean wordAfter) {
        return !Words.STOPWORDS.contains(word) || "no".equals(word) && wordAfter || "no".equals(previous);
    }

    /** Small words that join a value's two words in speech ("abandoned as unsafe", "head of sales"). */
    private static final Set<String> JOINING = Set.of("as", "of");

    private static String wordSet(List<String> stems) {
        return String.join(" ", stems.stream().sorted().toList());
    }

    /** A one-word value that {@code t} misspells, names by alias, abbreviates by initials or extends ("japanese"). */
    /**
     * "electricty" for Electricity (kWh): a long word misspelling the first word of exactly one value of several
     * words, when that word could stand for the value alone.
     */
    private Found misspeltLeadingWord(Token t) {
        if (t.word().length() < 6 || !ValuePrefixes.distinctive(t, nameWords)) {
            return null;
        }
        Entry only = null;
        for (Map.Entry<String, List<Entry>> first : byFirst.entrySet()) {
            if (first.getKey().length() < 6 || !Words.isTypo(t.word(), first.getKey())) {
                continue;
            }
            for (Entry e : first.getValue()) {
                if (e.stems().size() < 2) {
                    continue;
                }
                if (only != null && !only.value().equals(e.value())) {
                    return null;
                }
                only = e;
            }
        }
        return only == null ? null : new Found(only, 1, Quality.FUZZY);
    }

    List<Found> approximate(List<Token> tokens, int i) {
        List<Found> out = new ArrayList<>();
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return out;
        }
        Found head = head(tokens, i);
        if (head != null) {
            return List.of(head);
        }
        List<Found> prefix = ValuePrefixes.leadingWords(byFirst, nameWords, tokens, i);
        if (!prefix.isEmpty()) {
            return prefix;
        }
        Found misspeltLead = misspeltLeadingWord(t);
        if (misspeltLead != null) {
            return List.of(misspeltLead);
        }
        Found metric = metricEnding(t);
        if (metric != null) {
            return List.of(metric);
        }
        List<Entry> ending = lastWordOf(t, false);
        boolean beforePlural = i + 1 < tokens.size() && tokens.get(i + 1).isPlural();
        // "loads that went to landfill": a place named by its last word after "to", "at" or "into".
        boolean afterTo = i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).word()) && !t.isPlural();
        // "the riverside venue" for venue = "Bounce Barn - Riverside": the last word, then the value's column named.
        // Not "by hospital site": after a grouping's word the pair names the column grouped by.
        boolean beforeItsColumn = ending.size() == 1
                && i > 0
                && !ColumnMatcher.GROUPING_WORDS.contains(tokens.get(i - 1).word())
                && i + 1 < tokens.size()
                && ending.get(0).column().words().contains(tokens.get(i + 1).stem());
        // "learners who got a distinction" for "Achieved - Distinction": the one value a thing is said to have.
        boolean afterArticle = i > 0
                && ("a".equals(tokens.get(i - 1).word())
                        || "an".equals(tokens.get(i - 1).word()));
        if (ending.size() == 1
                && (beforePlural || afterTo || beforeItsColumn || afterArticle)
                && ValuePrefixes.distinctive(t, nameWords)) {
            // "dissatisfied passengers": the one value of a few that ends with the word ("neutral or dissatisfied"),
            // describing the rows (not "repair cost" for "Accident Repair").
            return List.of(new Found(ending.get(0), 1, Quality.SYNONYM));
        }
        for (int n = Math.min(ValueAliases.maxWords(), tokens.size() - i); n >= 1; n--) {
            if (n == 1 && Words.STOPWORDS.contains(t.raw()) && !t.is(Token.UPPER)) {
                continue;
            }
            String key = Synonyms.key(tokens.subList(i, i + n));
            for (String spelling : ValueAliases.spellings(key)) {
                for (Entry e : byCompact.getOrDefault(spelling, List.of())) {
                    if (directionWithoutOpposite(spelling, e)) {
                        continue;
                    }
                    out.add(new Found(e, n, Quality.SYNONYM));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        Entry initial = byNameWordInitial.get(t.word());
        if (initial != null) {
            // "full" for F in FULL_EMPTY, even where the word is also a keyword.
            return List.of(new Found(initial, 1, Quality.SYNONYM));
        }
        String letters = Words.compact(t.raw());
        boolean acronymLike = t.is(Token.UPPER)
                || t.raw().contains("&")
                || (letters.length() >= 2
                        && letters.length() <= 4
                        && !Words.STOPWORDS.contains(t.word())
                        && !Lexicon.isKeyword(t.word()));
        if (acronymLike && letters.length() >= 2) {
            for (Entry e : byInitials.getOrDefault(letters, List.of())) {
                out.add(new Found(e, 1, Quality.SYNONYM));
            }
            if (out.isEmpty() && t.is(Token.UPPER) && letters.length() >= 3 && letters.endsWith("s")) {
                // "FOs" for First Officer: the plural of the initials.
                for (Entry e : byInitials.getOrDefault(letters.substring(0, letters.length() - 1), List.of())) {
                    out.add(new Found(e, 1, Quality.SYNONYM));
                }
            }
        }
        if (!out.isEmpty() || Words.STOPWORDS.contains(t.word()) || Lexicon.isKeyword(t.word())) {
            return out;
        }
        List<String> bases = Words.isParticiple(t.word()) ? Words.bases(t.word()) : List.of();
        // Counted, so plural: "completion by gender" is a rate of the column, not a filter on Completed.
        List<String> actions = t.isPlural() ? WordForms.nounBases(t.stem()) : List.of();
        for (Entry e : singleWords) {
            String v = e.stems().get(0);
            if (bases.contains(v)) {
                // "loaded" for LOAD: the participle of a value that names an action.
                out.add(new Found(e, 1, Quality.SYNONYM));
            } else if (Words.isParticiple(v) && Words.bases(v).stream().anyMatch(actions::contains)) {
                // "failures" for Failed, "cancellations" for Cancelled: the noun of the action a value has undergone.
                out.add(new Found(e, 1, Quality.SYNONYM));
            } else if (Words.isTypo(t.stem(), v) || Words.isTypo(t.word(), v)) {
                out.add(new Found(e, 1, Quality.FUZZY));
            } else if (WordForms.adjectiveBases(t.word()).contains(v)) {
                // "sunny days" for sun, "rainy" for rain, "foggy" for fog.
                out.add(new Found(e, 1, Quality.SYNONYM));
            } else if (v.length() >= 4
                    && t.word().length() >= v.length() + 2
                    && t.word().startsWith(v)
                    && !Synonyms.known(t.stem())) {
                out.add(new Found(e, 1, Quality.SYNONYM));
            } else if (isCode(e.value())
                    && t.word().length() >= 6
                    && t.word().startsWith(e.value().toLowerCase(Locale.ROOT))
                    && ValuePrefixes.distinctive(t, nameWords)) {
                // "republicans" for REP, "democrats" for DEM: a word that a short upper-case code begins.
                out.add(new Found(e, 1, Quality.SYNONYM));
            }
        }
        return out;
    }

    /**
     * "max humidity", "max humdity" for Rel Humidity in a Metric column of a long table: the one metric whose last word
     * (before a unit: "moisture" for MOISTURE_PCT) is the word, even misspelt, names that metric, wherever it stands.
     */
    private Found metricEnding(Token t) {
        // "IR" for ir_mOhm: two letters only in capitals.
        if (t.isPlural() || t.word().length() < (t.is(Token.UPPER) ? 2 : 3)) {
            return null;
        }
        Found found = null;
        for (Entry e : metrics) {
            List<String> name = metricNames.get(e);
            String last = name.get(name.size() - 1);
            // "temp" or "temperature" for TEMP_C: the metric's word abbreviated either way.
            String full = Words.normalize(last);
            boolean same =
                    last.equals(t.stem()) || last.equals(t.word()) || full.equals(t.stem()) || full.equals(t.word());
            boolean misspelt = t.word().length() >= 5
                    && (Words.isTypo(t.stem(), last) || Words.isTypo(t.word(), last) || Words.isTypo(t.word(), full));
            if (same || misspelt) {
                if (found != null && !found.entry().value().equals(e.value())) {
                    return null;
                }
                found = new Found(e, 1, Quality.SYNONYM);
            }
        }
        return found;
    }

    /** "MOISTURE_PCT", "TEMP_C": a unit after a metric's name is no word of it. */
    private static List<String> withoutUnit(List<String> stems) {
        int n = stems.size();
        while (n > 1 && ColumnRoles.UNITS.contains(stems.get(n - 1))) {
            n--;
        }
        return List.copyOf(stems.subList(0, n));
    }

    /**
     * "internal resistance" for ir_mOhm in a Metric column: the one metric whose name, without its unit, is a single
     * word that {@code letters} spells; else null.
     */
    Found metricByInitials(String letters, int length) {
        Found found = null;
        for (Entry e : metrics) {
            List<String> name = metricNames.get(e);
            if (name.size() == 1 && name.get(0).equals(letters)) {
                if (found != null) {
                    return null;
                }
                found = new Found(e, length, Quality.SYNONYM);
            }
        }
        return found;
    }

    /**
     * "lobster prices", "cod landings", "scallop value": the one value whose last word is the word (American
     * Lobster, Atlantic Cod, Sea Scallop), before a value it only begins (Scallop Dredge is a dredge). Three-letter
     * words only before a plural noun, where they describe the rows. A plural is left alone: "games" in a games
     * file names the rows, not Namco Bandai Games, and so is a word after "per" or "at" ("sales per game", "odometer
     * at service": one of the rows, not TA Truck Service).
     */
    private Found head(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String before = i > 0 ? tokens.get(i - 1).word() : "";
        if (t.isPlural() || ROW_PREPOSITIONS.contains(before)) {
            return null;
        }
        List<Entry> ending = lastWordOf(t, true);
        if (ending.isEmpty() || ending.stream().map(Entry::value).distinct().count() != 1) {
            return null;
        }
        boolean beforePlural = i + 1 < tokens.size() && tokens.get(i + 1).isPlural();
        if (!ValuePrefixes.distinctive(t, nameWords, beforePlural ? 3 : 4)) {
            return null;
        }
        return new Found(ending.get(0), 1, Quality.SYNONYM);
    }

    /**
     * The values ending with {@code t}: of few-valued columns (at most {@link #LAST_WORD_VALUES}), or of many-valued
     * ones (species, products), whose values' last word is the thing itself.
     */
    private List<Entry> lastWordOf(Token t, boolean manyValued) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : byLast.getOrDefault(t.stem(), List.of())) {
            if (e.column().distinct() > LAST_WORD_VALUES == manyValued) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "full" for F in FULL_EMPTY (F, E): the word of its column's name a one-letter value is the initial of, when the
     * name's words' initials are exactly the column's values; else null.
     */
    private static String initialOfNameWord(Entry e) {
        ColumnInfo c = e.column();
        List<String> values = c.schema().topValues();
        if (e.value().length() != 1 || values.size() != c.words().size()) {
            return null;
        }
        for (String x : values) {
            if (x.length() != 1
                    || c.words().stream().noneMatch(w -> w.charAt(0) == Character.toLowerCase(x.charAt(0)))) {
                return null;
            }
        }
        char initial = Character.toLowerCase(e.value().charAt(0));
        return c.words().stream()
                .filter(w -> w.length() >= 3 && w.charAt(0) == initial)
                .findFirst()
                .orElse(null);
    }

    /**
     * A three-letter upper-case code (REP, DEM, FRA). Two letters are left out: states and countries (DE, IN, FR)
     * begin too many words ("delinquencies", "inches").
     */
    private static boolean isCode(String value) {
        if (value.length() != 3) {
            return false;
        }
        for (int k = 0; k < value.length(); k++) {
            if (value.charAt(k) < 'A' || value.charAt(k) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCompoundable(List<Token> tokens, int i, int j) {
        // "in store" for "In-Store", "home office" for "Home Office": words typed apart still glue to a value.
        return j - i < 4;
    }

    static List<String> keys(Token t) {
        if (t.isNumber()) {
            return List.of(t.raw());
        }
        List<String> keys = new ArrayList<>(List.of(t.stem()));
        for (String form : new String[] {t.word(), rawSingular(t)}) {
            if (form != null && !keys.contains(form)) {
                keys.add(form);
            }
        }
        return keys;
    }

    /**
     * The singular of a word as typed when the planner expands it as an abbreviation: "cats" names the value "Cat"
     * in a file of animals, though a question's "cats" otherwise means categories. Null for any other word.
     */
    private static String rawSingular(Token t) {
        return t.isWord() && !t.raw().isEmpty() && Words.isAbbreviation(t.raw()) ? Words.singular(t.raw()) : null;
    }

    /** The value's words: singular, '&' read as "and", hyphens and other symbols dropped except '+'. */
    static List<String> stems(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isSymbol()) {
                if ("+".equals(t.raw())) {
                    out.add("+");
                } else if ("&".equals(t.raw())) {
                    out.add("and");
                }
            } else if (t.isNumber()) {
                out.add(t.raw());
            } else if (!t.raw().isEmpty() && Words.isAbbreviation(t.raw())) {
                // A value is data as written: "TX" is Texas, not the transactions "tx" abbreviates in a question.
                out.add(t.raw());
            } else {
                out.add(t.stem());
            }
        }
        return out;
    }

    static int matchLength(List<String> stems, List<Token> tokens, int start) {
        int i = start;
        for (String s : stems) {
            while (i < tokens.size()
                    && tokens.get(i).isSymbol()
                    && !"+".equals(tokens.get(i).raw())
                    && !"&".equals(tokens.get(i).raw())) {
                i++;
            }
            if (i >= tokens.size()) {
                return 0;
            }
            Token t = tokens.get(i);
            boolean ok = t.isNumber()
                    ? s.equals(t.raw())
                    : t.isSymbol()
                            ? s.equals(t.raw()) || ("and".equals(s) && "&".equals(t.raw()))
                            : !t.is(Token.QUOTED)
                                    && !t.is(Token.DATE)
                                    && (s.equals(t.stem())
                                            || s.equals(t.word())
                                            || s.equals(t.raw())
                                            || s.equals(rawSingular(t))
                                            || (s.endsWith("ed")
                                                    && (Words.bases(s).contains(t.word()) || nounOf(s, t))));
            if (!ok
                    && i > start
                    && i + 1 < tokens.size()
                    && LINKS.contains(t.word())
                    && matches(s, tokens.get(i + 1))) {
                // "lost to competitors" for "Lost - Competitor": a linking word between the value's words.
                i++;
                ok = true;
            }
            if (!ok) {
                return 0;
            }
            i++;
        }
        return i - start;
    }

    /**
     * The words before a bracket of numbers and signs, glued ("family" of "Family (2+2)"), if no other value opens with
     * them ("black" is not "Black (1st Dan)": a bracket of words is part of the name).
     */
    private static String headBeforeAside(String v, List<String> values) {
        int bracket = v.indexOf('(');
        if (bracket <= 0 || v.substring(bracket).chars().anyMatch(Character::isLetter)) {
            return null;
        }
        String head = v.substring(0, bracket).trim();
        String compact = Words.compact(head);
        if (compact.length() < 3) {
            return null;
        }
        for (String o : values) {
            if (o != null && !o.equals(v) && Words.compact(o).startsWith(compact)) {
                return null;
            }
        }
        return compact;
    }

    /** Small words a question puts between a value's words where the data writes a dash. */
    private static final Set<String> LINKS = Set.of("to", "by", "for");

    private static boolean matches(String s, Token t) {
        return t.isWord()
                && !t.is(Token.QUOTED)
                && (s.equals(t.stem()) || s.equals(t.word()) || s.equals(rawSingular(t)) || nounOf(s, t));
    }

    /** "contamination" for the value word "Contaminated": the noun of the verb a participle is made from. */
    private static boolean nounOf(String participle, Token t) {
        if (!participle.endsWith("ed")) {
            return false;
        }
        List<String> verbs = WordForms.verbsOf(t.stem());
        return !verbs.isEmpty() && Words.bases(participle).stream().anyMatch(verbs::contains);
    }

    private static boolean isWeak(List<String> stems, String compact) {
        if (stems.size() > 1) {
            return false;
        }
        String s = stems.get(0);
        // "10K" is a strong value though its number alone ("10") is two characters.
        return WEAK.contains(s) || compact.length() <= 2 || Words.STOPWORDS.contains(s);
    }

    /** A number as typed with its multiplier ("10k" for 10K), for values that are numbers with a suffix. */
    private static String numberText(Token t) {
        if (!t.is(Token.SCALED)) {
            return t.raw();
        }
        try {
            double ratio = t.number() / Double.parseDouble(t.raw().replace(",", ""));
            String suffix = Math.abs(ratio - 1e3) < 1e-6 ? "k" : Math.abs(ratio - 1e6) < 1e-3 ? "m" : "";
            return t.raw() + suffix;
        } catch (NumberFormatException e) {
            return t.raw();
        }
    }

    /**
     * "entries" for IN only where the same column also holds OUT: a bare IN or OUT elsewhere is a code (India, a
     * state), not the side of a door.
     */
    private boolean directionWithoutOpposite(String spelling, Entry e) {
        String opposite = spelling.equals("in") ? "out" : spelling.equals("out") ? "in" : null;
        return opposite != null
                && byCompact.getOrDefault(opposite, List.of()).stream().noneMatch(o -> o.column() == e.column());
    }
}
