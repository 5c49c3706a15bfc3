package io.datasage.ai.planner;

import java.util.List;
import java.util.Map;

/**
 * One token of a question.
 *
 * @param raw the token as typed, lower case ("" for the second word of an expanded abbreviation)
 * @param word the normalised word: American spelling, abbreviation expanded ("avg" -> average)
 * @param stem the singular of {@code word}
 * @param number the numeric value of a number token, or null
 * @param flags {@link #NUMBER}, {@link #CURRENCY} and the other flags
 */
record Token(String raw, String word, String stem, Double number, int flags) {

    static final int NUMBER = 1;
    static final int CURRENCY = 2;
    static final int PERCENT = 4;
    /** Typed in capitals, like an acronym ("IT", "UK"). */
    static final int UPPER = 8;

    static final int QUOTED = 16;
    static final int SYMBOL = 32;
    /** An ISO date or date-time, kept in {@code word}. */
    static final int DATE = 64;
    /** Written against the previous token with no space ("sub-category", "S-003", "StoreCity"). */
    static final int JOINED = 128;
    /** A number written with a multiplier ("10k", "1.5m") or in words ("five"). */
    static final int SCALED = 256;

    static final int WORDS = 512;
    /** A multiplier typed as letters against the digits ("15m", "10k"), which may be a unit instead (15 metres). */
    static final int LETTERED = 1024;

    static Token word(String raw, String word, int flags) {
        return new Token(raw, word, Words.singular(word), null, flags);
    }

    static Token symbol(String s, int flags) {
        return new Token(s, s, s, null, flags | SYMBOL);
    }

    static Token number(String raw, double value, int flags) {
        return new Token(raw, raw, raw, value, flags | NUMBER);
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    boolean isNumber() {
        return number != null;
    }

    boolean isSymbol() {
        return is(SYMBOL);
    }

    /** A currency sign typed alone ("variance £"), not part of an amount. */
    boolean isCurrencySign() {
        return isSymbol() && raw.length() == 1 && "$€£¥".contains(raw);
    }

    boolean isWord() {
        return !isSymbol() && number == null && !is(DATE) && !is(QUOTED);
    }

    /** A word typed in the plural ("gifts", "check-ins"): its singular differs. */
    boolean isPlural() {
        return isWord() && !word.equals(stem);
    }

    /** An integer that reads as a calendar year. */
    boolean isYear() {
        return number != null
                && !is(CURRENCY)
                && !is(PERCENT)
                && !is(SCALED)
                && number == Math.rint(number)
                && number >= 1900
                && number <= 2100
                && raw.length() == 4;
    }

    /** Ordinal adjectives that name the numbered one of several like columns ("Type 1", "Type 2"). */
    private static final Map<String, String> ORDINALS = Map.of("primary", "1", "secondary", "2", "tertiary", "3");

    /** The forms the word may take when matched against names and values: itself, its singular, its verb bases. */
    List<String> forms() {
        String ordinal = ORDINALS.get(word);
        if (ordinal != null) {
            // "secondary type" is "Type 2".
            return List.of(word, ordinal);
        }
        List<String> bases = Words.bases(word);
        if (bases.isEmpty()) {
            bases = WordForms.nounBases(stem);
        }
        if (bases.isEmpty()) {
            return stem.equals(word) ? List.of(word) : List.of(word, stem);
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>(bases.size() + 2);
        out.add(word);
        if (!stem.equals(word)) {
            out.add(stem);
        }
        out.addAll(bases);
        return out;
    }

    Token withFlags(int more) {
        return new Token(raw, word, stem, number, flags | more);
    }
}
