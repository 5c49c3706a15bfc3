package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names written as their initials, either way round: "by PM" for project_manager, "price per litre" for PPL_GBP. */
final class Initialisms {

    private Initialisms() {}

    /**
     * "avg % complete by PM" beside project_manager: a short word the data does not know that spells the initials of
     * exactly one name of several words is that column (a date's name only when nothing else fits).
     */
    static void spelledNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Token t = tokens.get(p.start);
            String w = t.word();
            if (p.kind != Part.Kind.WORD
                    || w.length() < 2
                    || w.length() > 4
                    || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            List<ColumnInfo> named = new ArrayList<>();
            for (ColumnInfo c : index.columns) {
                if (c.words().size() >= 2 && Words.initials(c.words()).equals(w)) {
                    named.add(c);
                }
            }
            if (named.size() > 1) {
                // "PM" beside project_manager and period_month: people and roles go by initials, dates do not.
                named.removeIf(c -> c.isTime());
            }
            if (named.size() == 1) {
                parts.set(k, PhraseRewrites.asColumn(p, named.get(0), Quality.EXACT, 0.9));
            }
        }
    }

    /**
     * "median price per litre" beside PPL_GBP: three or four words in a row, none naming a column or value whole, whose
     * first letters spell one word of exactly one name are that column; two words when they spell the capitals a name
     * opens with ("harbour master" for HM_ON_DUTY).
     */
    static void initialledNames(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            for (int n = 4; n >= 2; n--) {
                if (k + n > parts.size() || !plain(parts, tokens, k, n)) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                for (int j = k; j < k + n; j++) {
                    letters.append(tokens.get(parts.get(j).start).word().charAt(0));
                }
                ColumnInfo named = null;
                int found = 0;
                for (ColumnInfo c : index.columns) {
                    // Two words only as the initials a name opens with in capitals: "harbour master" for HM_ON_DUTY.
                    boolean spelled = n > 2
                            ? c.words().contains(letters.toString())
                            : !c.words().isEmpty()
                                    && c.words().get(0).equals(letters.toString())
                                    && c.name().startsWith(letters.toString().toUpperCase(Locale.ROOT))
                                    && !c.isTime();
                    if (spelled) {
                        named = c;
                        found++;
                    }
                }
                if (found != 1) {
                    continue;
                }
                Part first = parts.get(k);
                int end = parts.get(k + n - 1).end;
                parts.subList(k, k + n).clear();
                parts.add(
                        k,
                        Part.column(
                                first.start,
                                end,
                                Annotator.text(tokens, first.start, end - first.start),
                                List.of(new ColumnMatcher.Hit(named, n, Quality.EXACT, 0.9))));
                break;
            }
        }
    }

    /**
     * "out of spec results" beside OOS (Y/N): three or four words in a row, small ones too, whose first letters are
     * an upper-case initialism in exactly one name are that column, where no word of them named anything else.
     */
    static void initialledWords(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = 4; n >= 3; n--) {
                int end = wordsEnd(tokens, i, n);
                if (end < 0 || !looseWords(parts, i, end)) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                for (int j = i; j < end; j++) {
                    if (!"-".equals(tokens.get(j).raw())) {
                        letters.append(tokens.get(j).word().charAt(0));
                    }
                }
                String initials = letters.toString();
                List<ColumnInfo> named = index.columns.stream()
                        .filter(c ->
                                c.words().contains(initials) && c.name().contains(initials.toUpperCase(Locale.ROOT)))
                        .toList();
                if (named.size() != 1) {
                    continue;
                }
                int start = i;
                int at = 0;
                while (at < parts.size() && parts.get(at).end <= start) {
                    at++;
                }
                parts.removeIf(p -> p.start < end && p.end > start);
                parts.add(
                        at,
                        Part.column(
                                start,
                                end,
                                Annotator.text(tokens, start, end - start),
                                List.of(new ColumnMatcher.Hit(named.get(0), n, Quality.EXACT, 0.9))));
                break;
            }
        }
    }

    /** Whether {@code p} is one unread word of letters only, five of them or more. */
    static boolean longWord(Part p, List<Token> tokens) {
        String w = tokens.get(p.start).word();
        return p.kind == Part.Kind.WORD
                && p.end - p.start == 1
                && w.length() >= 5
                && w.chars().allMatch(Character::isLetter);
    }

    /**
     * The end of {@code n} words of letters from token {@code i}, hyphens between them allowed ("out-of-spec"), or
     * -1.
     */
    private static int wordsEnd(List<Token> tokens, int i, int n) {
        int j = i;
        for (int found = 0; found < n; found++) {
            if (found > 0 && j < tokens.size() && "-".equals(tokens.get(j).raw())) {
                j++;
            }
            if (j >= tokens.size()
                    || tokens.get(j).word().isEmpty()
                    || !tokens.get(j).word().chars().allMatch(Character::isLetter)) {
                return -1;
            }
            j++;
        }
        return j;
    }

    /** Whether no part reads tokens {@code start..end} as more than unknown words of their own. */
    private static boolean looseWords(List<Part> parts, int start, int end) {
        for (Part p : parts) {
            boolean overlaps = p.start < end && p.end > start;
            if (overlaps && (p.kind != Part.Kind.WORD || p.start < start || p.end > end)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "average systolic by clinic" in bp_readings beside SBP (mmHg) and DBP (mmHg): one word the data does not know,
     * whose first letter and the file's own subject (BP) spell an upper-case initialism of exactly one measure, is
     * that measure.
     */
    static void subjectInitials(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            String w = tokens.get(p.start).word();
            if (!longWord(p, tokens)) {
                continue;
            }
            List<ColumnInfo> named = new ArrayList<>();
            for (ColumnInfo c : index.columns) {
                if (!c.isMeasure()) {
                    continue;
                }
                for (String x : c.words()) {
                    if (x.length() == 3
                            && x.charAt(0) == w.charAt(0)
                            && c.name().contains(x.toUpperCase(Locale.ROOT))
                            && index.nameStartsWith(x.substring(1))) {
                        named.add(c);
                        break;
                    }
                }
            }
            if (named.size() == 1) {
                parts.set(k, PhraseRewrites.asColumn(p, named.get(0), Quality.SYNONYM, 0.85));
            }
        }
    }

    /**
     * "internal resistance distribution" beside a param column holding ir_mOhm: two or three unknown words whose first
     * letters spell a metric's one-word name are that metric.
     */
    static void initialledMetrics(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k < parts.size(); k++) {
            for (int n = 3; n >= 2; n--) {
                if (k + n > parts.size() || !unknownWords(parts, tokens, k, n)) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                for (int j = k; j < k + n; j++) {
                    letters.append(tokens.get(parts.get(j).start).word().charAt(0));
                }
                int start = parts.get(k).start;
                int end = parts.get(k + n - 1).end;
                ValueIndex.Found metric = index.values.metricByInitials(letters.toString(), end - start);
                if (metric == null) {
                    continue;
                }
                parts.subList(k, k + n).clear();
                parts.add(k, Part.value(start, end, Annotator.text(tokens, start, end - start), List.of(metric)));
                break;
            }
        }
    }

    /**
     * "organic matter" for SOM % (soil organic matter): two words, the second unknown, whose first letters end a
     * three-letter upper-case name of exactly one measure, its first word (the file's own subject) left unsaid.
     */
    static void shortenedInitials(List<Part> parts, List<Token> tokens, SchemaIndex index) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Part first = parts.get(k);
            Part second = parts.get(k + 1);
            boolean single = first.end - first.start == 1 && second.end - second.start == 1;
            if (!single
                    || second.start != first.end
                    || second.kind != Part.Kind.WORD
                    || first.kind != Part.Kind.WORD && first.kind != Part.Kind.COLUMN
                    // "vat charged" beside VAT_AMT and UNITS_SVC: a measure's name said whole is that measure, no
                    // initial (a flag's may be: "organic matter" for SOM % beside Organic (Y/N)).
                    || first.kind == Part.Kind.COLUMN
                            && first.quality() == Quality.EXACT
                            && first.column().isMeasure()
                    || tokens.get(first.start).word().length() < 3
                    || tokens.get(second.start).word().length() < 3) {
                continue;
            }
            String letters = "" + tokens.get(first.start).word().charAt(0)
                    + tokens.get(second.start).word().charAt(0);
            List<ColumnInfo> ending = index.initialTails.getOrDefault(letters, List.of());
            if (ending.size() == 1) {
                PhraseRewrites.joinAsColumn(parts, k, k + 1, ending.get(0), Quality.EXACT, 0.9);
            }
        }
    }

    /** Whether parts {@code k..k+n} are words the data does not know, next to each other, each of three letters or more. */
    private static boolean unknownWords(List<Part> parts, List<Token> tokens, int k, int n) {
        for (int j = k; j < k + n; j++) {
            Part p = parts.get(j);
            boolean joined = j == k || p.start == parts.get(j - 1).end;
            if (p.kind != Part.Kind.WORD
                    || !joined
                    || tokens.get(p.start).word().length() < 3) {
                return false;
            }
        }
        return true;
    }

    /** Whether parts {@code k..k+n} are single words next to each other, each unknown or a small keyword. */
    private static boolean plain(List<Part> parts, List<Token> tokens, int k, int n) {
        for (int j = k; j < k + n; j++) {
            Part p = parts.get(j);
            // "non-destructive entry" for NDE_flag: a hyphen may join the words.
            int gap = j > k ? p.start - parts.get(j - 1).end : 0;
            if (p.end - p.start != 1
                    || gap > 1
                    || gap == 1 && !"-".equals(tokens.get(p.start - 1).raw())) {
                return false;
            }
            // "hire per day" for HPD_GBP: a unit of time is a word of the name too; so is the last word when it
            // only partly names another column ("road surface temp" for RST_C beside AIR_TEMP_C).
            boolean partial = j == k + n - 1 && p.kind == Part.Kind.COLUMN && p.quality() == Quality.PARTIAL;
            // "below detection limit" for BDL_FLAG: a comparison word may open the initials.
            boolean opening = j == k && (p.is(Cue.CMP) || p.is(Cue.NOT) && "non".equals(p.text));
            boolean word = p.kind == Part.Kind.WORD || p.is(Cue.UNIT) || partial || opening;
            // The small words an initialism keeps: "per", "of", "and".
            boolean joint = j > k && j < k + n - 1 && (p.is(Cue.PER) || p.is(Cue.AND));
            if (!word && !joint) {
                return false;
            }
        }
        return true;
    }
}
