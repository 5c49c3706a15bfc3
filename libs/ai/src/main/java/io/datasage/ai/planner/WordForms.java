package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Related forms of a word beyond its plural: the verb behind a noun of action, and abbreviations of name words. */
final class WordForms {

    /** Word beginnings that are words of their own rather than abbreviations ("sub" in "subscriber"). */
    private static final Set<String> NOT_ABBREVIATIONS = Words.set("""
        sub pre pro con com dis non over under inter out per age day year month week hour time date rate type name
        cost sale sales unit item order list price total count city state zone area code new old
        """);

    private WordForms() {}

    /**
     * Verbs behind a noun of action ("cancellation" -> cancel, "diversion" -> divert, "shipment" -> ship), so that
     * "cancellations" meets a CANCELLED column; bases shorter than four letters are left out.
     */
    static List<String> nounBases(String w) {
        List<String> out = new ArrayList<>(3);
        if (w.endsWith("lution") && w.length() > 8) {
            // "resolution" -> resolve, "evolution" -> evolve.
            addBase(out, w.substring(0, w.length() - 5) + "ve");
        } else if (w.endsWith("ification") && w.length() > 11) {
            // "rectification" -> rectify, "notification" -> notify.
            addBase(out, w.substring(0, w.length() - 9) + "ify");
        } else if (w.endsWith("ation") && w.length() > 8) {
            String b = w.substring(0, w.length() - 5);
            addBase(out, b);
            addBase(out, b + "e");
            int n = b.length();
            if (b.charAt(n - 1) == b.charAt(n - 2) && !Words.isVowel(b.charAt(n - 1))) {
                addBase(out, b.substring(0, n - 1));
            }
        } else if (w.endsWith("ssion") && w.length() > 8) {
            String b = w.substring(0, w.length() - 5);
            addBase(out, b + "t");
            addBase(out, b + "ss");
        } else if (w.endsWith("sion") && w.length() > 7) {
            String b = w.substring(0, w.length() - 4);
            addBase(out, b + "t");
            addBase(out, b + "d");
        } else if (w.endsWith("mption") && w.length() > 8) {
            // "consumption" -> consume, "assumption" -> assume.
            addBase(out, w.substring(0, w.length() - 5) + "e");
        } else if (w.endsWith("scription") && w.length() > 10) {
            // "subscription" -> subscribe, "prescription" -> prescribe.
            addBase(out, w.substring(0, w.length() - 6) + "be");
        } else if (w.endsWith("tion") && w.length() > 7) {
            addBase(out, w.substring(0, w.length() - 3) + "e");
        } else if (w.endsWith("ment") && w.length() > 7) {
            addBase(out, w.substring(0, w.length() - 4));
        } else if (w.endsWith("nial") && w.length() >= 6) {
            // "denial" -> deny.
            addBase(out, w.substring(0, w.length() - 3) + "y");
        } else if ((w.endsWith("sal") || w.endsWith("val") || w.endsWith("wal")) && w.length() > 6) {
            // "refusal" -> refuse, "approval" -> approve, "withdrawal" -> withdraw, "renewal" -> renew.
            String b = w.substring(0, w.length() - 2);
            addBase(out, b);
            addBase(out, b + "e");
        } else if (w.endsWith("ilure") || w.endsWith("osure") || w.endsWith("rture")) {
            // "failure" -> fail, "closure" -> close, "departure" -> depart.
            String b = w.substring(0, w.length() - 3);
            addBase(out, b);
            addBase(out, b + "e");
        }
        return out;
    }

    /**
     * The verbs a noun of action may come from, for reading dates and values by them: its {@link #nounBases}, the -te
     * verb of a -tion noun ("contamination" -> contaminate) and the doubled l of a British single one ("enrolment" ->
     * enroll). Column names are not matched by these: "contamination type" is no Contaminated flag.
     */
    static List<String> verbsOf(String noun) {
        List<String> out = new ArrayList<>(nounBases(noun));
        if (noun.endsWith("tion")) {
            addBase(out, noun.substring(0, noun.length() - 3) + "e");
        }
        for (String v : List.copyOf(out)) {
            if (v.endsWith("l")) {
                addBase(out, v + "l");
            }
        }
        return out;
    }

    /** The nouns behind an adjective in -y: "rainy" -> rain, "sunny" -> sun, "foggy" -> fog; empty for other words. */
    static List<String> adjectiveBases(String w) {
        if (w.length() < 4 || !w.endsWith("y") || Words.isVowel(w.charAt(w.length() - 2))) {
            return List.of();
        }
        String base = w.substring(0, w.length() - 1);
        int n = base.length();
        if (n >= 3 && base.charAt(n - 1) == base.charAt(n - 2) && !Words.isVowel(base.charAt(n - 1))) {
            return List.of(base, base.substring(0, n - 1));
        }
        return List.of(base);
    }

    private static void addBase(List<String> out, String base) {
        if (base.length() >= 4) {
            out.add(base);
        }
    }

    /** Two-letter abbreviations names use, with the word each stands for: too short to guess from letters. */
    private static final Map<String, String> TWO_LETTERS = Map.ofEntries(
            Map.entry("sp", "special"),
            Map.entry("fl", "flight"),
            Map.entry("ht", "height"),
            Map.entry("wt", "weight"),
            Map.entry("qt", "quantity"),
            Map.entry("ct", "count"),
            Map.entry("pt", "patient"),
            Map.entry("gr", "grade"),
            Map.entry("tx", "transaction"),
            Map.entry("av", "average"),
            Map.entry("pc", "percent"),
            Map.entry("pu", "pickup"),
            Map.entry("do", "dropoff"),
            Map.entry("cd", "code"),
            Map.entry("ot", "overtime"));

    /** Whether a two-letter name word abbreviates this word ("sp" in "Sp. Atk" for "special"). */
    static boolean twoLetterStart(String shorter, String longer) {
        return longer.equals(TWO_LETTERS.get(shorter));
    }

    /**
     * Whether {@code shorter} (three to five letters, or six consonants after the first, as names abbreviate: "arr", "dep", "dest", "pymnt") abbreviates
     * {@code longer} ("arrival", "departure", "destination", "payment"): the same first two letters or the first and
     * then consonants only, its letters in order, and a word at least two letters longer.
     */
    static boolean abbreviates(String shorter, String longer) {
        int n = shorter.length();
        if (n < 3 || n > 6 || longer.length() < n + 2 || NOT_ABBREVIATIONS.contains(shorter)) {
            return false;
        }
        // The first two letters kept ("arr", "dep", "dest"), or the first and then consonants only ("pymnt", "amnt"),
        // but for a last letter both end with ("whse" for warehouse).
        String inner = shorter.charAt(n - 1) == longer.charAt(longer.length() - 1)
                ? shorter.substring(1, n - 1)
                : shorter.substring(1);
        // Six letters only as consonants after the first ("incdnt" for incident): six with vowels are words.
        if (n == 6 && inner.chars().anyMatch(ch -> Words.isVowel((char) ch))) {
            return false;
        }
        if (shorter.charAt(0) != longer.charAt(0)
                || (shorter.charAt(1) != longer.charAt(1) && inner.chars().anyMatch(ch -> Words.isVowel((char) ch)))) {
            return false;
        }
        return lettersInOrder(shorter, longer);
    }

    /** Whether {@code shorter} is {@code longer} with letters left out, its first kept ("apprvd" of approved). */
    static boolean lettersInOrder(String shorter, String longer) {
        if (shorter.isEmpty() || longer.isEmpty() || shorter.charAt(0) != longer.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }
}
