package io.datasage.ai.planner;

import java.util.ArrayList;
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

    static final int MAX_WORDS = 4;

    private ColumnMatcher() {}

    /**
     * Candidate columns for phrases starting at token {@code i}, every length, best score first. {@code keywords}
     * marks the tokens that start a keyword phrase.
     */
    static List<Hit> candidates(List<Token> tokens, int i, SchemaIndex index, boolean[] keywords) {
        List<Hit> out = new ArrayList<>();
        Token first = tokens.get(i);
        if (!first.isWord() || (Words.STOPWORDS.contains(first.word()) && !isWholeName(first, index))) {
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
            if (last.isSymbol()) {
                continue;
            }
            boolean stopAtEnd = n > 1 && Words.STOPWORDS.contains(last.word()) && !isWholeName(last, index);
            boolean keyword = false;
            for (int k = i; k < i + n && n > 1; k++) {
                keyword |= tokens.get(k).isWord() && keywords[k];
            }
            out.addAll(forWindow(tokens.subList(i, i + n), index, stopAtEnd || keyword));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
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
    private static List<Hit> forWindow(List<Token> window, SchemaIndex index, boolean namesOnly) {
        int n = window.size();
        String rawCompact = compact(window, true);
        String wordCompact = compact(window, false);
        String key = Synonyms.key(window);
        Set<String> groups = Synonyms.groupsOf(key);
        Map<ColumnInfo, Hit> best = new LinkedHashMap<>();
        // Keywords inside a run of words separate names ("profit for each category") unless the run is a whole name.
        boolean keywordInside = namesOnly;
        for (ColumnInfo c : index.columns) {
            Hit hit = null;
            String nameCompact = c.compacts().get(0);
            if (nameCompact.equals(rawCompact)
                    || nameCompact.equals(wordCompact)
                    || c.compacts().get(1).equals(wordCompact)
                    || c.compacts().get(2).equals(wordCompact)) {
                boolean glued = n > 1 && c.words().size() == 1;
                hit = glued && namesOnly ? new Hit(c, n, Quality.SYNONYM, 0.7) : new Hit(c, n, Quality.EXACT, 1.0);
            } else if (!keywordInside) {
                hit = byWords(window, c, index);
                if (n == 1 && hit == null && rawCompact.length() >= 7 && Words.isTypo(rawCompact, nameCompact)) {
                    hit = new Hit(c, n, Quality.FUZZY, 0.7);
                }
            }
            if (!groups.isEmpty() && hasAny(c.groups(), groups)) {
                Hit syn = new Hit(c, n, Quality.SYNONYM, 0.68);
                hit = hit == null
                        ? syn
                        : new Hit(c, n, hit.quality(), Math.min(1.0, Math.max(hit.score(), syn.score()) + 0.05));
            }
            if (hit != null) {
                best.put(c, hit);
            }
        }
        return new ArrayList<>(best.values());
    }

    private static Hit byWords(List<Token> window, ColumnInfo c, SchemaIndex index) {
        List<String> core = c.core();
        boolean[] hit = new boolean[core.size()];
        int matched = 0;
        int typos = 0;
        int extras = 0;
        for (Token t : window) {
            if (t.isSymbol() || (Words.STOPWORDS.contains(t.word()) && !"number".equals(t.word()))) {
                continue;
            }
            int k = exactIndex(t, c, hit);
            if (k >= 0) {
                hit[k] = true;
                matched++;
                continue;
            }
            k = typoIndex(t, c, hit, index);
            if (k >= 0) {
                hit[k] = true;
                typos++;
                continue;
            }
            if (isExtra(t, index, c, matched + typos == 0)) {
                extras++;
                continue;
            }
            return null;
        }
        if (matched + typos == 0) {
            return null;
        }
        int missingSignificant = 0;
        for (int k = 0; k < core.size(); k++) {
            if (!hit[k]
                    && !ColumnRoles.QUALIFIERS.contains(core.get(k))
                    && !ColumnRoles.UNITS.contains(core.get(k))
                    && !index.entities.containsKey(core.get(k))) {
                missingSignificant++;
            }
        }
        Quality q = typos > 0 ? Quality.FUZZY : Quality.EXACT;
        if (missingSignificant == 0) {
            boolean all = matched + typos == core.size();
            return new Hit(c, window.size(), q, (all ? 1.0 : 0.93) - 0.03 * extras - 0.12 * typos);
        }
        boolean onlyModifiers = true;
        for (int k = 0; k < core.size(); k++) {
            onlyModifiers &= !hit[k] || c.modifiers().contains(core.get(k));
        }
        if (onlyModifiers) {
            return null;
        }
        double coverage = (double) (matched + typos) / core.size();
        return new Hit(
                c,
                window.size(),
                typos > 0 ? Quality.FUZZY : Quality.PARTIAL,
                0.55 + 0.3 * coverage - 0.1 * typos - 0.03 * extras);
    }

    private static int exactIndex(Token t, ColumnInfo c, boolean[] hit) {
        List<String> forms = t.forms();
        for (int k = 0; k < c.core().size(); k++) {
            if (hit[k]) {
                continue;
            }
            Set<String> coreForms = c.forms().get(k);
            for (String f : forms) {
                if (coreForms.contains(f)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static int typoIndex(Token t, ColumnInfo c, boolean[] hit, SchemaIndex index) {
        String w = t.word();
        for (int k = 0; k < c.core().size(); k++) {
            if (!hit[k] && Words.gluedPart(t.stem(), c.core().get(k))) {
                return k;
            }
        }
        if (w.length() < 4
                || Lexicon.isKeyword(w)
                || Synonyms.known(t.stem())
                || index.nameWords.contains(t.stem())
                || index.nameWords.contains(w)) {
            return -1;
        }
        for (int k = 0; k < c.core().size(); k++) {
            if (hit[k]) {
                continue;
            }
            String spelled =
                    k < c.spelled().size() ? c.spelled().get(k) : c.core().get(k);
            if (Words.isTypo(w, spelled)
                    || Words.isTypo(w, c.core().get(k))
                    || Words.isTypo(t.stem(), c.core().get(k))
                    || Words.sameStem(w, spelled)) {
                return k;
            }
        }
        return -1;
    }

    /** A word a phrase may add around a name without changing what it names: "customer segment", "sales amount". */
    private static boolean isExtra(Token t, SchemaIndex index, ColumnInfo target, boolean beforeName) {
        String w = t.stem();
        if (Lexicon.isKeyword(t.word()) || Lexicon.isKeyword(w)) {
            return false;
        }
        for (ColumnInfo other : index.columns) {
            if (other != target
                    && other.core().size() == 1
                    && other.core().get(0).equals(w)) {
                return false;
            }
        }
        return ColumnRoles.QUALIFIERS.contains(w) || (beforeName && index.entities.containsKey(w));
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
