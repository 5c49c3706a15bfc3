package io.datasage.ai.planner;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the planner derives once per dataset: classified columns, the words and values to look up, the
 * primary date and measure, and the entities (customer, order, employee) with their id and label columns.
 */
final class SchemaIndex {

    /**
     * Schemas whose index is kept: a question on a dataset outside the cache pays for building its index again (with
     * 32, the accuracy suite's 54 datasets were rebuilt every round and made its slowest questions).
     */
    private static final int CACHE_SIZE = 128;

    private static final Map<DatasetSchema, SchemaIndex> CACHE =
            Collections.synchronizedMap(new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<DatasetSchema, SchemaIndex> eldest) {
                    return size() > CACHE_SIZE;
                }
            });
    private static final List<String> PRIMARY_DATE_WORDS = List.of("""
        order transaction sale invoice purchase created create timestamp time submitted submit event recorded reading
        posted date datetime day start hire opened visit at reporting period month billing
        """.trim().split("\\s+"));
    /** Dates the books count rows on: a trading day, a business day, a posting or accounting date. */
    private static final Set<String> BOOKS_DATE_WORDS = Set.of("trading", "business", "accounting", "posting");

    private static final List<String> SECONDARY_DATE_WORDS = List.of("""
        ship shipped shipping delivery delivered due end close closed updated modified birth dob expiry expiration
        return returned cancel canceled resolved last termination exit leave departure departed received responded response
        replied answered cleared completed completion finished promised target paid
        """.trim().split("\\s+"));

    /** "Call Received" beside call_id, "Ticket Raised": the participle dates the row thing's own coming in. */
    private static final Set<String> ARRIVAL_PARTICIPLES =
            Set.of("received", "logged", "raised", "reported", "placed", "made", "opened", "created", "lodged");

    final DatasetSchema schema;
    /** The measure a bare "hours" names, see {@link #hoursMeasure(List)}. */
    final ColumnInfo hoursMeasure;
    /** Ids that number the lines of a parent ("Line No"): each row is one, however few numbers there are. */
    private final Set<ColumnInfo> runningNumbers;

    private final Set<String> rowIdEntities;
    /** Whether each row is an hour of something: an hour-of-day column beside a date. */
    private final boolean hourlyRows;
    /** The category column holding the days of the week (Mon to Sun), or null. */
    final ColumnInfo weekdayColumn;
    /** The yes/no columns named by one word (disability_YN), for words that say them another way. */
    final List<ColumnInfo> oneWordFlags;

    final List<ColumnInfo> columns;
    final Map<String, ColumnInfo> byName;
    final ValueIndex values;
    final ColumnInfo primaryDate;
    final ColumnInfo primaryMeasure;
    /** Whether the primary measure is an amount the data is about (sales, profit, quantity, money), not just any sum. */
    final boolean primaryIsAmount;
    /** Entity word -> its id and label columns ("customer" -> Customer ID, Customer Name). */
    final Map<String, List<ColumnInfo>> entities;
    /** Columns whose name is one word, a scale aside (Score (0-5): "score"), by that word. */
    final Map<String, List<ColumnInfo>> wholeNames;
    /** Whether a column names metrics (a long table: metric, value, unit), found once per schema. */
    final boolean hasMetrics;
    /** The one measure named only "count" that each row holds (CNT), found once per schema, or null. */
    final ColumnInfo bareCount;
    /** Measures with a three-letter upper-case word (SOM %), by its last two letters: "organic matter" for SOM. */
    final Map<String, List<ColumnInfo>> initialTails;
    /** The things columns name or number ("job" for Job Name, "audit" for Audit No): whose measure a word before says. */
    final Set<String> namedThings;
    /** Every word that appears in a column's core name (for typo checks and unknown-word detection). */
    final Set<String> nameWords;
    /** The column that names one row (HR "Name", cars "name"), or null. */
    final ColumnInfo rowLabel;
    /** What the dataset's name says it is about, and the measure that stands for it. */
    final DatasetTopic topic;
    /** The study's two-valued outcome column ({@link Outcome}), or null. */
    final ColumnInfo outcome;
    /** Words naming what each row records through its attributes ("gift" for Gift Date, Gift Type), see {@link #subjects}. */
    final Set<String> subjects;
    /**
     * Nouns of lone dates whose plural names the rows ("applications" for Application Date), each with its date, see
     * {@link #datedThings(List, Map)}.
     */
    final Map<String, ColumnInfo> datedThings;
    /** The kinds column and the measure counting each kind's things (litter_item, item_count), or null. */
    final List<ColumnInfo> tally;
    /** The forms of every one-word yes/no column's name ("refunded", "refund" for Refunded). */
    final Set<String> flagNames;
    /** Nouns of kind columns that no other column names ("pass" for Pass Type): what the rows are, sorted into kinds. */
    final Set<String> sortedThings;
    /**
     * Upper-case words of three or more letters inside longer names, lower-cased ("soc" for MedDRA SOC): acronyms
     * that the words they abbreviate name. Two letters ("FL", "OT") are read into too many word pairs, and a name all
     * in capitals has no word that stands out.
     */
    final Map<ColumnInfo, List<String>> acronyms;
    /** Each name glued together without its bracketed unit ("do" for DO (mg/L)), for initials; built once per schema. */
    final Map<ColumnInfo, String> beforeUnit;
    /** The one measure marked as the sales (the money the rows take), or null when none or several are. */
    final ColumnInfo salesMeasure;
    /** The one measure that counts the people on each row (Group Size (pax)), or null when none or several do. */
    final ColumnInfo headcountMeasure;
    /** The one measure named a count of something (BIRD_COUNT), or null. */
    final ColumnInfo countMeasure;
    /** The one measure of how long before something it was done (lead_days, Days Before Perf), or null. */
    final ColumnInfo leadMeasure;
    /** The one quantity measure (Qty, Units Issued), or null when none or several are. */
    final ColumnInfo quantityMeasure;
    /** The one measure whose name says value (Contract Value ($)), or null when none or several do. */
    final ColumnInfo valueMeasure;
    /** The one measure named only Total, perhaps with its maximum (Total (/150)): the total of scored parts, or null. */
    final ColumnInfo partsTotal;
    /** The one measure that is a percentage (pct_score, Occupancy %), or null when none or several are. */
    final ColumnInfo percentMeasure;
    /** Whether a column numbers each line within its parent ("LineNo" beside HireNo): the lines are of that parent. */
    final boolean numberedLines;
    /** The dataset's name in lower-case letters only ("forkliftshifts" of Forklift_Shifts), for {@link #nameEndsWith}. */
    private final String gluedName;

    private SchemaIndex(DatasetSchema schema) {
        this.schema = schema;
        List<ColumnInfo> cols = new ArrayList<>();
        Map<String, ColumnInfo> names = new HashMap<>();
        for (ColumnSchema c : schema.columns()) {
            ColumnInfo info = ColumnRoles.classify(c, schema);
            cols.add(info);
            names.put(c.name(), info);
        }
        this.columns = SalesColumn.mark(List.copyOf(cols), schema.rowCount());
        for (ColumnInfo c : columns) {
            names.put(c.name(), c);
        }
        this.byName = Map.copyOf(names);
        this.values = new ValueIndex(columns);
        Set<String> topicWords = DatasetTopic.wordsOf(schema.name());
        Map<String, List<ColumnInfo>> ents = new HashMap<>();
        Set<String> words = new HashSet<>();
        for (ColumnInfo c : columns) {
            if (c.entity() != null) {
                ents.computeIfAbsent(c.entity(), k -> new ArrayList<>()).add(c);
            }
            words.addAll(c.core());
            words.addAll(c.words());
        }
        this.entities = Map.copyOf(ents);
        Map<String, List<ColumnInfo>> whole = new HashMap<>();
        Set<String> things = new HashSet<>();
        for (ColumnInfo c : columns) {
            List<String> core = c.core().stream()
                    .filter(o -> !o.chars().allMatch(Character::isDigit))
                    .toList();
            if (core.size() == 1) {
                whole.computeIfAbsent(core.get(0), k -> new ArrayList<>()).add(c);
            }
            boolean named = ColumnRoles.namesLabel(c.words()) || ColumnRoles.namesNumber(c.words());
            if (!c.isMeasure() && named) {
                things.add(c.words().get(0));
            }
        }
        this.wholeNames = Map.copyOf(whole);
        Map<String, List<ColumnInfo>> tails = new HashMap<>();
        for (ColumnInfo c : columns) {
            for (String w : c.words()) {
                boolean upper = c.schema().name().contains(w.toUpperCase(java.util.Locale.ROOT));
                if (c.isMeasure() && w.length() == 3 && upper) {
                    tails.computeIfAbsent(w.substring(1), k -> new ArrayList<>())
                            .add(c);
                }
            }
        }
        this.initialTails = Map.copyOf(tails);
        this.hasMetrics = columns.stream().anyMatch(MeasureCompletion::namesMetrics);
        this.bareCount = MeasureCompletion.bareCount(columns);
        this.namedThings = Set.copyOf(things);
        this.subjects = subjects(columns, entities);
        Set<String> dateWords = new HashSet<>(topicWords);
        // Lift Date in "cranelifts": the date of the thing a glued name says the rows are.
        dateWords.addAll(DatasetTopic.gluedWordsOf(schema.name(), columns));
        this.primaryDate = primaryDate(columns, dateWords, subjects, schema.rowCount());
        this.primaryMeasure = primaryMeasure(columns, topicWords, schema.rowCount());
        this.primaryIsAmount = primaryMeasure != null && amountScore(primaryMeasure, topicWords) > 1;
        this.nameWords = Set.copyOf(words);
        this.rowLabel = rowLabel(columns, schema.rowCount());
        this.topic = DatasetTopic.of(topicWords, columns, primaryMeasure);
        this.outcome = Outcome.column(columns);
        this.datedThings = datedThings(columns, entities);
        this.tally = tally(columns);
        this.flagNames = flagNames(columns);
        this.hoursMeasure = hoursMeasure(columns);
        this.runningNumbers = columns.stream()
                .filter(c -> c.role() == ColumnRole.ID && ColumnRoles.runningNumber(c.schema(), c.words(), schema))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.rowIdEntities = rowIdEntities();
        this.hourlyRows = !dateColumns().isEmpty() && columns.stream().anyMatch(ColumnInfo::hourOfDay);
        this.weekdayColumn = weekdayColumn(columns);
        this.oneWordFlags = columns.stream()
                .filter(c -> c.role() == ColumnRole.BOOLEAN && c.core().size() == 1)
                .toList();
        this.sortedThings = sortedThings(columns, entities);
        this.acronyms = acronyms(columns);
        Map<ColumnInfo, String> glued = new HashMap<>();
        for (ColumnInfo c : columns) {
            glued.put(c, beforeUnit(c));
        }
        this.beforeUnit = Map.copyOf(glued);
        this.gluedName = schema.name() == null
                ? ""
                : schema.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        this.numberedLines = columns.stream().anyMatch(c -> c.core().equals(List.of("line")));
        this.salesMeasure = only(columns, c -> c.isMeasure() && c.groups().contains("sales"));
        this.headcountMeasure = only(columns, c -> c.isMeasure() && c.groups().contains("headcount"));
        this.countMeasure = only(
                columns,
                c -> c.isMeasure()
                        && c.additive()
                        && !c.isCode()
                        && (c.core().contains("count") || c.core().contains("tally")));
        this.leadMeasure =
                only(columns, c -> c.isMeasure() && c.words().stream().anyMatch(LEAD_WORDS::contains));
        this.quantityMeasure = only(columns, c -> c.isMeasure() && c.groups().contains("quantity"));
        this.valueMeasure = only(columns, c -> c.isMeasure() && c.core().contains("value"));
        this.percentMeasure = only(columns, ColumnInfo::isPercent);
        this.partsTotal = only(
                columns,
                c -> c.isMeasure()
                        && !c.core().isEmpty()
                        && "total".equals(c.core().get(0))
                        && c.core().stream().skip(1).allMatch(w -> !w.isEmpty() && Character.isDigit(w.charAt(0))));
    }

    /** Words of a name that say how long before something it was done ("lead_days", "Days Before Perf"). */
    private static final Set<String> LEAD_WORDS = Words.set("lead before advance ahead notice");

    /** The one column that passes {@code test}, or null when none or several do. */
    static ColumnInfo only(List<ColumnInfo> columns, java.util.function.Predicate<ColumnInfo> test) {
        ColumnInfo only = null;
        for (ColumnInfo c : columns) {
            if (test.test(c)) {
                if (only != null) {
                    return null;
                }
                only = c;
            }
        }
        return only;
    }

    /** The name glued together without a bracketed unit: "do" for DO (mg/L), "tp" for TP [ug/L]. */
    private static String beforeUnit(ColumnInfo c) {
        int cut = c.name().indexOf('(');
        int square = c.name().indexOf('[');
        cut = cut < 0 ? square : square < 0 ? cut : Math.min(cut, square);
        if (cut <= 0) {
            return c.compacts().get(0);
        }
        StringBuilder out = new StringBuilder();
        c.name()
                .substring(0, cut)
                .toLowerCase(Locale.ROOT)
                .chars()
                .filter(Character::isLetterOrDigit)
                .forEach(ch -> out.append((char) ch));
        return out.isEmpty() ? c.compacts().get(0) : out.toString();
    }

    private static Map<ColumnInfo, List<String>> acronyms(List<ColumnInfo> columns) {
        Map<ColumnInfo, List<String>> out = new HashMap<>();
        for (ColumnInfo c : columns) {
            String[] words = c.name().split("[^A-Za-z]+");
            if (words.length < 2 || c.name().equals(c.name().toUpperCase(Locale.ROOT))) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (String w : words) {
                if (w.length() >= 2 && w.length() <= 5 && w.equals(w.toUpperCase(Locale.ROOT))) {
                    found.add(w.toLowerCase(Locale.ROOT));
                }
            }
            if (!found.isEmpty()) {
                out.put(c, List.copyOf(found));
            }
        }
        return Map.copyOf(out);
    }

    /** Words of time: after a thing's name they make a date of it ("Gift Date", "signup year"). */
    static final Set<String> TIME_WORDS = Set.of(
            "date", "time", "day", "hour", "week", "quarter", "month", "year", "period", "dt", "ts", "timestamp");

    /** Nouns of a category that sort things into kinds ("Pass Type", "Vehicle Class"). */
    static final Set<String> KIND_NOUNS = Set.of("type", "kind", "class", "category");
    /** Names of a kind that things are sorted into, groups too: Category, Pool Type, Product Group. */
    static final Set<String> KIND_NAMES = Set.of("category", "type", "kind", "class", "group");
    /** Last words of a column that sorts things into kinds, models and reasons among them ("Licence Model"). */
    static final Set<String> KIND_TAILS = Set.of("type", "kind", "class", "category", "model", "reason");

    /** Last words of a date's name after the thing it dates: tap_ts, Order Date, Sent At. */
    private static final Set<String> DATE_ENDINGS = Set.of("date", "ts", "timestamp", "datetime", "at", "time");

    /** The words after a record's name in its attribute columns: Gift Date, Gift Type, Gift Mo. */
    private static final Set<String> ATTRIBUTE_WORDS = union(
            TIME_WORDS,
            KIND_NOUNS,
            Set.of("status", "amount", "size", "method", "mode", "code", "value", "net", "gross"));

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        out.addAll(c);
        return Set.copyOf(out);
    }

    /**
     * The first word of two or more columns whose other words are attributes (Gift Date, Gift Type: "gift") and
     * that no id or label column claims: each row records one such thing, so the word names the rows ("number of
     * gifts") and never one of those columns alone.
     */
    private static Set<String> subjects(List<ColumnInfo> columns, Map<String, List<ColumnInfo>> entities) {
        Map<String, Integer> attributes = new HashMap<>();
        for (ColumnInfo c : columns) {
            List<String> w = c.words();
            if (w.size() == 2 && ATTRIBUTE_WORDS.contains(w.get(1)) && w.get(0).length() > 2) {
                attributes.merge(w.get(0), 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        attributes.forEach((word, n) -> {
            // Not a participle: Created Date and Created Hr say when, not what the rows are.
            if (n >= 2 && !entities.containsKey(word) && !ATTRIBUTE_WORDS.contains(word) && !word.endsWith("ed")) {
                out.add(word);
            }
        });
        return Set.copyOf(out);
    }

    /** Words of a measure that counts the things of a kind column (item_count beside litter_item). */
    private static final Set<String> TALLY_WORDS = Words.set("count cnt qty quantity number num");

    /**
     * The one pair of a category and an additive measure counting its kinds, sharing a word (litter_item,
     * item_count): [kinds, tally]; null when there is none or more than one.
     */
    private static List<ColumnInfo> tally(List<ColumnInfo> columns) {
        List<ColumnInfo> found = null;
        for (ColumnInfo t : columns) {
            if (!t.isMeasure() || !t.additive() || t.words().stream().noneMatch(TALLY_WORDS::contains)) {
                continue;
            }
            for (ColumnInfo k : columns) {
                boolean shared = k.role() == ColumnRole.CATEGORY
                        && k.words().stream()
                                .anyMatch(w ->
                                        !TALLY_WORDS.contains(w) && t.words().contains(w));
                if (shared) {
                    if (found != null) {
                        return null;
                    }
                    found = List.of(k, t);
                }
            }
        }
        return found;
    }

    /**
     * The noun of a date column that is the only column it begins (Application Date, Test Date, Call Received; not
     * School Date beside School Name, not a participle's Created Date): each row records one such thing, so the plural
     * ("applications by ward", "share of tests") counts rows rather than naming the date.
     */
    private static Map<String, ColumnInfo> datedThings(
            List<ColumnInfo> columns, Map<String, List<ColumnInfo>> entities) {
        // The time, hour and year of the same thing beside its date do not make its noun another thing's
        // (LNCH_DT beside LNCH_TM, LNCH_HR and LNCH_YR).
        Map<String, Integer> firsts =
                firstWords(columns.stream().filter(c -> !timePart(c)).toList());
        Map<String, ColumnInfo> out = new HashMap<>();
        for (ColumnInfo c : columns) {
            List<String> w = c.words();
            if (c.role() == ColumnRole.DATE
                    && w.size() == 2
                    && (DATE_ENDINGS.contains(w.get(1)) || Words.isParticiple(w.get(1)))
                    && w.get(0).length() > 2
                    && firsts.get(w.get(0)) == 1
                    && !entities.containsKey(w.get(0))
                    && !ATTRIBUTE_WORDS.contains(w.get(0))
                    && !w.get(0).endsWith("ed")) {
                out.put(w.get(0), c);
            }
        }
        return Map.copyOf(out);
    }

    private static Set<String> flagNames(List<ColumnInfo> columns) {
        Set<String> out = new HashSet<>();
        for (ColumnInfo c : columns) {
            if (c.yes() != null && c.core().size() == 1) {
                out.addAll(c.forms().get(0));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether a name is a thing's word and then only a word of time (LNCH_TM, LNCH_HR, Meas Yr). */
    private static boolean timePart(ColumnInfo c) {
        List<String> w = c.words();
        return c.role() != ColumnRole.DATE
                && w.size() == 2
                && (TIME_WORDS.contains(w.get(1)) || TIME_SHORTS.contains(w.get(1)));
    }

    /** Short forms of time words that names use and questions do not ("tm" of LNCH_TM). */
    private static final Set<String> TIME_SHORTS = Set.of("tm", "hr", "hrs", "yr", "mo", "wk");

    /** How many names each first word begins. */
    private static Map<String, Integer> firstWords(List<ColumnInfo> columns) {
        Map<String, Integer> firsts = new HashMap<>();
        for (ColumnInfo c : columns) {
            if (!c.words().isEmpty()) {
                firsts.merge(c.words().get(0), 1, Integer::sum);
            }
        }
        return firsts;
    }

    /**
     * The noun of a kind column that is the only column it begins (Pass Type; not Room Type beside Room Capacity):
     * each row is one such thing of some kind, so its plural ("passes by resort") counts rows.
     */
    private static Set<String> sortedThings(List<ColumnInfo> columns, Map<String, List<ColumnInfo>> entities) {
        Map<String, Integer> firsts = firstWords(columns);
        Set<String> out = new HashSet<>();
        for (ColumnInfo c : columns) {
            if (ColumnMatcher.sortsIntoKinds(c)) {
                String noun = c.core().get(0);
                if (firsts.getOrDefault(noun, 0) == 1 && !entities.containsKey(noun) && noun.length() > 2) {
                    out.add(noun);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Names and abbreviations of the days of the week, lower case. */
    private static final Set<String> WEEKDAYS = Words.set("""
        mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
        """);

    /** The category column whose values are the days of the week (Mon to Sun), or null; found once per schema. */
    private static ColumnInfo weekdayColumn(List<ColumnInfo> columns) {
        ColumnInfo weekday = null;
        for (ColumnInfo c : columns) {
            List<String> top = c.schema().topValues();
            if (c.role() == ColumnRole.CATEGORY
                    && top != null
                    && top.size() >= 5
                    && top.stream().allMatch(v -> WEEKDAYS.contains(v.trim().toLowerCase(Locale.ROOT)))) {
                weekday = c;
            }
        }
        return weekday;
    }

    /** The index of {@code schema}, built on first use and kept in a small LRU cache. */
    static SchemaIndex of(DatasetSchema schema) {
        SchemaIndex index = CACHE.get(schema);
        if (index == null) {
            index = new SchemaIndex(schema);
            CACHE.put(schema, index);
        }
        return index;
    }

    /** Whether a word names the rows: a generic row noun or the dataset's subject ("loans" in lending_club_loans). */
    boolean isRowNoun(String stem) {
        return Annotator.ROW_NOUNS.contains(stem)
                // "how many hours were docks full" where each row is a dock's hour (hour_of_day beside a date).
                || "hour".equals(stem) && hourlyRows
                || topic.words().contains(stem)
                || subjects.contains(stem)
                || datedThings.containsKey(stem)
                || sortedThings.contains(stem)
                || abbreviatedThing(stem);
    }

    /**
     * Whether the dataset's name ends with this noun ("shift" of forklift_shifts or ForkliftShifts): what each row is,
     * as the file was named.
     */
    boolean nameEndsWith(String stem) {
        return stem.length() >= 4
                && (gluedName.endsWith(stem) || gluedName.endsWith(stem + "s") || gluedName.endsWith(stem + "es"));
    }

    /** Whether the dataset's glued name begins with these letters ("bp" of bp_readings): the file's own subject. */
    boolean nameStartsWith(String letters) {
        return letters.length() >= 2 && gluedName.startsWith(letters);
    }

    /**
     * Whether the dataset's name ends with lines of this noun ("test" of lab_test_lines): each row is one of these
     * things, so that counting them counts rows.
     */
    boolean nameEndsWithLinesOf(String stem) {
        return stem.length() >= 3
                && (gluedName.endsWith(stem + "lines")
                        || gluedName.endsWith(stem + "line")
                        || gluedName.endsWith(stem + "items"));
    }

    /** "request" where Req Type sorts each row into kinds: the thing a kind column's abbreviated noun names. */
    private boolean abbreviatedThing(String stem) {
        for (String thing : sortedThings) {
            if (WordForms.abbreviates(thing, stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a plural word names what each row is: "loans", "sessions", "apps" where App Id is one per row, or a
     * generic row noun.
     */
    boolean namesRows(Token t) {
        if (!t.isPlural()) {
            return false;
        }
        String entity = entityKey(t.stem());
        ColumnInfo id = entity != null ? entityId(entity) : null;
        return isRowNoun(t.stem()) || id != null && isRowEntity(id);
    }

    /** Whether a plural names the thing the rows' own id column identifies ("reports" with report_id one per row). */
    boolean namesRowIds(Token t) {
        return t.isPlural() && isRowIdEntity(t.stem());
    }

    /** Whether the word, whole or as its id column abbreviates it ("hearing" for HRG_ID), is what each row is. */
    boolean isRowIdEntity(String stem) {
        String entity = entityKey(stem);
        return entity != null && rowIdEntities.contains(entity);
    }

    /** The entities whose id column is one per row, found once per schema. */
    private Set<String> rowIdEntities() {
        Set<String> out = new HashSet<>();
        for (String e : entities.keySet()) {
            ColumnInfo id = entityId(e);
            if (id != null && id.role() == ColumnRole.ID && isRowEntity(id)) {
                out.add(e);
            }
        }
        return Set.copyOf(out);
    }

    /** Whether the column numbers the lines of a parent, one per row ("Line No" 1-6 of each appointment). */
    boolean isRunningNumber(ColumnInfo c) {
        return runningNumbers.contains(c);
    }

    /** The category named by {@code subject} and a kind noun (Outcome Type for "outcome"), or null. */
    ColumnInfo kindsOf(String subject) {
        ColumnInfo found = null;
        for (ColumnInfo c : columns) {
            List<String> w = c.words();
            if (c.role() == ColumnRole.CATEGORY
                    && w.size() == 2
                    && w.get(0).equals(subject)
                    && KIND_NOUNS.contains(w.get(1))) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /**
     * An id column whose entity of three letters or more begins the word ("vol" in vol_id for "volunteers") or
     * abbreviates it ("appt"), else the one reference a category's name makes ("Inspection Ref"); null when none.
     */
    ColumnInfo idBeginning(String stem) {
        for (ColumnInfo c : columns) {
            if (c.role() == ColumnRole.ID && c.entity() != null && begins(c.entity(), stem)) {
                return c;
            }
        }
        // "appointments" for appt_id: the id's entity abbreviating the word.
        String entity = entityKey(stem);
        for (ColumnInfo c : columns) {
            if (c.role() == ColumnRole.ID && entity != null && entity.equals(c.entity())) {
                return c;
            }
        }
        // "inspections" for an Inspection Ref of a few dozen codes (a category by its count, a reference by its name).
        ColumnInfo found = null;
        for (ColumnInfo c : columns) {
            List<String> w = c.words();
            if (c.role() == ColumnRole.CATEGORY
                    && w.size() == 2
                    && REFERENCE_WORDS.contains(w.get(1))
                    && begins(w.get(0), stem)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Words after a thing's name that make the column its reference (Inspection Ref, Job No). */
    private static final Set<String> REFERENCE_WORDS = Set.of("ref", "reference", "no", "number", "num", "id", "code");

    /** Whether an entity of three letters or more is the start of the word ("reg" of "registered"). */
    static boolean begins(String entity, String word) {
        return entity.length() >= 3 && word.startsWith(entity);
    }

    /**
     * The entity a word names: itself, or the one entity whose consonants abbreviate it ("hrg" in HRG_ID for
     * "hearing"; not "award" in AwardNumber for "awarded", a word of its own).
     */
    String entityKey(String stem) {
        if (entities.containsKey(stem)) {
            return stem;
        }
        String found = null;
        for (String e : entities.keySet()) {
            boolean consonants = e.substring(1).chars().noneMatch(ch -> Words.isVowel((char) ch));
            if (consonants && WordForms.abbreviates(e, stem)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** A plural no column name uses ("reopened requests", "visits"): the rows the question is about. */
    boolean unknownPlural(Token t) {
        return t.isPlural() && !nameWords.contains(t.stem());
    }

    ColumnInfo column(String name) {
        return byName.get(name);
    }

    /** Whether the data has a time axis: a date column or a year column. */
    boolean hasTime() {
        return primaryDate != null || yearColumn() != null;
    }

    /** The first integer year column (model_year), or null. */
    ColumnInfo yearColumn() {
        for (ColumnInfo c : columns) {
            if (c.role() == ColumnRole.YEAR) {
                return c;
            }
        }
        return null;
    }

    /** The date column dates refer to when none is named, else the year column. */
    ColumnInfo timeColumn() {
        return primaryDate != null ? primaryDate : yearColumn();
    }

    /** The columns whose name starts with {@code word} ("bin" of BIN_LOC, "series" of series_ref). */
    List<ColumnInfo> startingWith(String word) {
        return columns.stream()
                .filter(c -> !c.words().isEmpty() && c.words().get(0).equals(word))
                .toList();
    }

    /** The date column whose years a year column holds (Yr beside Callout Dt, over the same years), or null. */
    ColumnInfo dateOfYear(ColumnInfo year) {
        for (ColumnInfo c : dateColumns()) {
            if (c.minDate() != null
                    && c.maxDate() != null
                    && c.minDate().getYear() == year.minNum()
                    && c.maxDate().getYear() == year.maxNum()) {
                return c;
            }
        }
        return null;
    }

    List<ColumnInfo> dateColumns() {
        return columns.stream().filter(c -> c.role() == ColumnRole.DATE).toList();
    }

    /** The one two-word date whose first word is {@code stem} ("travel" for TravelDate, "booking" for booking_date). */
    ColumnInfo dateNamedBy(String stem) {
        return only(
                dateColumns(), d -> d.words().size() == 2 && d.words().get(0).equals(stem));
    }

    /**
     * The one two-word date whose first word is {@code verb}, its form or it cut short ("receive" or "received" for
     * Received Date, "shipped" for Ship Date, "completed" for COMPL_DT), or null.
     */
    ColumnInfo dateOfVerb(String verb) {
        return only(dateColumns(), d -> {
            if (d.words().size() != 2) {
                return false;
            }
            String first = d.words().get(0);
            // "booked" for BOOKING_DATE: the two share their base.
            // "completed" for COMPL_DT: the verb cut short.
            return first.equals(verb)
                    || WordForms.abbreviates(first, verb)
                    || Words.bases(first).contains(verb)
                    || Words.bases(verb).contains(first)
                    || Words.bases(verb).stream().anyMatch(Words.bases(first)::contains);
        });
    }

    /** The latest date in the data, for "last quarter" and friends; null without dates. */
    LocalDate maxDate() {
        ColumnInfo t = timeColumn();
        return t == null ? null : t.maxDate();
    }

    /** Numeric measures, for correlation matrices and defaults. */
    List<ColumnInfo> measures() {
        return columns.stream().filter(ColumnInfo::isMeasure).toList();
    }

    /**
     * The one generic count column ("cnt", "count", "total", "num"), an additive integer measure that counts
     * whatever the rows record; null when there is none or more than one.
     */
    ColumnInfo countColumn() {
        ColumnInfo found = null;
        for (ColumnInfo c : columns) {
            boolean generic = c.core().size() == 1
                    && List.of("count", "total", "number").contains(c.core().get(0));
            if (generic
                    && c.isMeasure()
                    && c.additive()
                    && "integer".equals(c.schema().type())) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Whether each row is one {@code entity} (its id is unique per row), so counting it is counting rows. */
    boolean isRowEntity(ColumnInfo c) {
        long rows = schema.rowCount();
        // "Line No" numbering each appointment's lines: each row is a line, however few numbers there are.
        // An identifier repeating on many rows is a parent of several rows (Booking Ref on each dog of a booking);
        // one in ten repeating is still the rows' own (SCRIPT_ID, a few scripts marked again on review); names
        // collide, so a label or category only needs to be nearly unique.
        double share = c.role() == ColumnRole.ID ? 0.9 : 0.75;
        return rows > 0 && c.distinct() >= share * (rows - c.schema().nulls()) || runningNumbers.contains(c);
    }

    /** The id column of an entity (for counting), else its label column. */
    ColumnInfo entityId(String entity) {
        List<ColumnInfo> cols = entities.getOrDefault(entity, List.of());
        for (ColumnInfo c : cols) {
            if (c.role() == ColumnRole.ID) {
                return c;
            }
        }
        return cols.isEmpty() ? null : cols.get(0);
    }

    /** The label column of an entity (for grouping), else its id column. */
    ColumnInfo entityLabel(String entity) {
        List<ColumnInfo> cols = entities.getOrDefault(entity, List.of());
        for (ColumnInfo c : cols) {
            if (c.role() == ColumnRole.LABEL) {
                return c;
            }
        }
        if (rowLabel != null && (cols.isEmpty() || "row".equals(entity) || isRowEntity(cols.get(0)))) {
            return rowLabel;
        }
        return cols.isEmpty() ? null : cols.get(0);
    }

    private static ColumnInfo primaryDate(
            List<ColumnInfo> columns, Set<String> topicWords, Set<String> subjects, long rows) {
        ColumnInfo best = null;
        int bestScore = Integer.MIN_VALUE;
        Set<String> yearWords = yearSiblingWords(columns);
        for (ColumnInfo c : columns) {
            if (c.role() != ColumnRole.DATE) {
                continue;
            }
            // A timestamp ("dispensed_at", "Start Time" to the minute) records the event itself more often than a
            // calendar date beside it does.
            int score = "datetime".equals(c.schema().type()) && !sameDaysAsADate(columns, c) ? 1 : 0;
            if (startOfADatedThing(columns, c)) {
                // SHIFT_START_DTTM beside SHIFT_DT: the thing's own date, not the moment it began.
                score -= 4;
            }
            if (rows > 0 && c.schema().nulls() * 2 > rows) {
                // HireDate beside AppliedDate in an applications file: a date most rows lack is not what they record.
                score -= 5;
            } else if (rows > 0 && c.schema().nulls() * 10 > rows) {
                // signed_in_at empty for absences beside session_date: the date every row has dates the rows.
                score -= 2;
            }
            boolean booking = c.words().stream().anyMatch(SchemaIndex::bookingWord);
            if (booking && c.words().contains("for")) {
                // Booked For beside Booked On: the date a booking is for is when the rows happen.
                score += 3;
            }
            if (booking && bookedThingDated(columns, c, rows)) {
                // bookingDate beside teeTime, booked_at beside arrival_date: a booking is made for the date of the
                // thing booked, and that date is when the rows happened.
                score -= 12;
            }
            if (c.words().stream().anyMatch(yearWords::contains)) {
                // MOVE_DT beside QUOTE_DT and MOVE_YR: the export took the year of the date that matters from it.
                score += 4;
            }
            for (String w : c.words()) {
                if (PRIMARY_DATE_WORDS.contains(w)) {
                    score += 2;
                }
                if (BOOKS_DATE_WORDS.contains(w)) {
                    // tradingDate beside txnTimestamp: the day the books count each row on dates it for a report.
                    score += 4;
                }
                // periodEnd, Week Ending: the end of a reporting period dates the row, unlike the end of an event.
                boolean periodEnd = ("end".equals(w) || "ending".equals(w))
                        && c.words().stream().anyMatch(PERIOD_WORDS::contains);
                // receivedDate beside promisedDate and collectedDate: a bare arrival participle dates the row's own
                // thing coming in, not a reply or a payment received.
                boolean arrival =
                        ARRIVAL_PARTICIPLES.contains(w) && undated(c.core()).equals(List.of(w));
                if (SECONDARY_DATE_WORDS.contains(w) && !periodEnd && !arrival) {
                    score -= 5;
                }
                if (subjects.contains(w)) {
                    // Assessment Date beside Gateway Date, where Assessment Method says what each row is too.
                    score += 3;
                }
                // Return Date in a returns file, HEARING_DT beside HRG_ID: the date of the thing each row records (not
                // rx_written_date beside rx_id: a participle says which event of the thing it dates).
                // charged_date in "minibarcharges": the participle of the thing the file is named after.
                boolean topical = topicWords.contains(w)
                        || Words.isParticiple(w) && Words.bases(w).stream().anyMatch(topicWords::contains);
                if (topical
                        || (namesRowThing(columns, w, rows) || namesLinedDocument(columns, w))
                                && c.words().stream()
                                        .noneMatch(o -> !o.equals(w)
                                                && Words.isParticiple(o)
                                                && !ARRIVAL_PARTICIPLES.contains(o))) {
                    score += 10;
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether a calendar date every row has spans the very days of timestamp {@code c} (playDate beside teeOffAt): the
     * day of the moment, which a trend by day or coarser reads as well.
     */
    private static boolean sameDaysAsADate(List<ColumnInfo> columns, ColumnInfo c) {
        return c.minDate() != null
                && columns.stream()
                        .anyMatch(o -> o != c
                                && o.role() == ColumnRole.DATE
                                && "date".equals(o.schema().type())
                                && o.schema().nulls() == 0
                                && c.minDate().equals(o.minDate())
                                && c.maxDate() != null
                                && c.maxDate().equals(o.maxDate()));
    }

    /** Whether {@code c} is a thing's start beside a date of that thing alone (SHIFT_START_DTTM beside SHIFT_DT). */
    private static boolean startOfADatedThing(List<ColumnInfo> columns, ColumnInfo c) {
        List<String> core = c.core();
        if (!core.contains("start") || core.size() < 2) {
            return false;
        }
        List<String> thing =
                undated(core).stream().filter(w -> !"start".equals(w)).toList();
        return !thing.isEmpty()
                && columns.stream()
                        .anyMatch(o -> o != c
                                && o.role() == ColumnRole.DATE
                                && undated(o.core()).equals(thing));
    }

    /** A date's name without the words that only say it is a date or a time. */
    private static List<String> undated(List<String> core) {
        return core.stream().filter(w -> !DATE_NAME_WORDS.contains(w)).toList();
    }

    private static final Set<String> DATE_NAME_WORDS =
            Set.of("date", "dt", "dttm", "datetime", "time", "timestamp", "ts", "at", "on");

    private static final Set<String> PERIOD_WORDS = Set.of("period", "week", "month", "quarter", "year");

    private static final Set<String> BOOKING_WORDS = Set.of("booking", "booked", "reservation", "reserved");

    /** Whether a name word says booking, whole or written short ("BKG_DT"). */
    private static boolean bookingWord(String w) {
        return BOOKING_WORDS.contains(w) || WordForms.abbreviates(w, "booking");
    }

    /** Whether another date every row has dates the thing a booking was made for (not its end, return or payment). */
    private static boolean bookedThingDated(List<ColumnInfo> columns, ColumnInfo booking, long rows) {
        return columns.stream()
                .anyMatch(o -> o != booking
                        && o.role() == ColumnRole.DATE
                        && !(rows > 0 && o.schema().nulls() * 10 > rows)
                        && o.words().stream()
                                .noneMatch(w -> BOOKING_WORDS.contains(w)
                                        || SECONDARY_DATE_WORDS.contains(w)
                                        || Words.isParticiple(w)
                                        || "paid".equals(w)));
    }

    /** The words a year or month-of-year column shares with no unit of time ("move" of MOVE_YR), to find its date. */
    private static Set<String> yearSiblingWords(List<ColumnInfo> columns) {
        Set<String> out = new HashSet<>();
        for (ColumnInfo c : columns) {
            // SURVEY_MONTH (1-12) beside SURVEY_DATE and SUBMITTED_DTTM: a month of the year taken from a date too.
            if (c.role() == ColumnRole.YEAR || c.monthOfYear()) {
                // Its words, not its core: "draw" of Draw Year is a word the core leaves out as a verb of charts.
                c.words().stream()
                        .filter(w -> !Words.TIME_UNITS.contains(w)
                                && !"date".equals(w)
                                && !"number".equals(w)
                                && w.length() > 2)
                        .forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a word is the thing the rows' own id identifies, whole or abbreviated ("hearing" for HRG_ID,
     * "registered" for Reg #).
     */
    /**
     * Order Date beside order_no and Line No: the date of the document whose lines the rows are (an order, an
     * invoice) dates every row, as the rows' own thing would.
     */
    private static boolean namesLinedDocument(List<ColumnInfo> columns, String word) {
        boolean lined = columns.stream().anyMatch(c -> c.role() == ColumnRole.ID && "line".equals(c.entity()));
        return lined
                && columns.stream()
                        .anyMatch(c -> c.role() == ColumnRole.ID && word.equals(c.entity()) && !"line".equals(word));
    }

    private static boolean namesRowThing(List<ColumnInfo> columns, String word, long rows) {
        for (ColumnInfo c : columns) {
            String e = c.entity();
            if (c.role() == ColumnRole.ID
                    && e != null
                    && rows > 0
                    && c.distinct() >= 0.75 * (rows - c.schema().nulls())
                    && (e.equals(word)
                            || begins(e, word)
                            || e.substring(1).chars().noneMatch(ch -> Words.isVowel((char) ch))
                                    && WordForms.abbreviates(e, word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The measure kept in hours that a bare "hours" means: the only one, or the one plain name among several (Hrs
     * Logged rather than Training Hrs); null when none or no plain one.
     */
    private static ColumnInfo hoursMeasure(List<ColumnInfo> columns) {
        ColumnInfo plainOne = null;
        int plain = 0;
        List<ColumnInfo> all = new ArrayList<>();
        for (ColumnInfo c : columns) {
            if (c.isMeasure() && c.words().contains("hour") && !c.hourOfDay()) {
                all.add(c);
                // "Duration (hrs)" beside lead_time_hrs: a duration kept in hours is the plain hours.
                boolean other = c.words().stream()
                        .anyMatch(w -> !"hour".equals(w)
                                && !"duration".equals(w)
                                && !Words.isParticiple(w)
                                && !ColumnRoles.QUALIFIERS.contains(w));
                if (!other) {
                    plainOne = c;
                    plain++;
                }
            }
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        if (plain == 1) {
            return plainOne;
        }
        if (all.isEmpty()) {
            // "hours taught" beside the one plain Duration (mins): the time spent, in whatever unit it was kept.
            List<ColumnInfo> spans = columns.stream()
                    .filter(c -> c.isMeasure()
                            && c.groups().contains("duration")
                            && c.core().size() == 1
                            && c.words().contains("minute"))
                    .toList();
            return spans.size() == 1 ? spans.get(0) : null;
        }
        // Hrs Booked beside Hrs Worked: the hours that happened, not the ones planned.
        List<ColumnInfo> actual =
                all.stream().filter(c -> !ColumnChoice.planned(c)).toList();
        return actual.size() == 1 && actual.size() < all.size() ? actual.get(0) : null;
    }

    /** Whether a measure is planned or estimated beside another measure of the same thing ("Actual Cost (£)"). */
    private static boolean plannedBesideActual(ColumnInfo c, List<ColumnInfo> columns) {
        if (!ColumnChoice.planned(c)) {
            return false;
        }
        List<String> thing = c.core().stream()
                .filter(w -> !ColumnChoice.PLAN_WORDS.contains(w))
                .toList();
        return columns.stream()
                .anyMatch(o -> o != c
                        && o.isMeasure()
                        && !ColumnChoice.planned(o)
                        && o.core().containsAll(thing));
    }

    private static ColumnInfo primaryMeasure(List<ColumnInfo> columns, Set<String> topicWords, long rows) {
        ColumnInfo best = null;
        int bestScore = 0;
        for (ColumnInfo c : columns) {
            // Fin Gain (£) filled on one enquiry in five: an amount most rows lack is not what the data is about.
            if (!c.isMeasure() || !c.additive() || rows > 0 && c.schema().nulls() * 2 > rows) {
                continue;
            }
            // Est Cost (£) beside Actual Cost (£): the amount is what happened, not what was planned.
            int score = amountScore(c, topicWords) - (plannedBesideActual(c, columns) ? 1 : 0);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** How surely an additive measure is the amount the data is about: 1 for any sum, up to 7 for the topic's amount. */
    private static int amountScore(ColumnInfo c, Set<String> topicWords) {
        if (isTopicAmount(c, topicWords)) {
            // "loan_amnt" in a loans dataset: the amount of the thing the data is about.
            return 7;
        } else if (c.groups().contains("sales") && !c.groups().contains("cost")) {
            // A cost is money paid out beside what the rows record ("ILL_COST (£)" of a loan request), not takings.
            return 6;
        } else if (c.groups().contains("profit")) {
            return 5;
        } else if (c.groups().contains("quantity")) {
            return 4;
        } else if ("$".equals(c.schema().unit())) {
            return 3;
        }
        return 1;
    }

    private static boolean isTopicAmount(ColumnInfo c, Set<String> topicWords) {
        boolean topic = false;
        for (String w : c.core()) {
            if (topicWords.contains(w)) {
                topic = true;
            } else if (!ColumnRoles.QUALIFIERS.contains(w)) {
                return false;
            }
        }
        return topic && c.core().size() > 1;
    }

    private static ColumnInfo rowLabel(List<ColumnInfo> columns, long rows) {
        for (ColumnInfo c : columns) {
            if (c.role() == ColumnRole.LABEL && c.entity() == null) {
                return c;
            }
        }
        for (ColumnInfo c : columns) {
            if (c.role() == ColumnRole.LABEL && c.distinct() >= 0.5 * rows) {
                return c;
            }
        }
        return null;
    }
}
