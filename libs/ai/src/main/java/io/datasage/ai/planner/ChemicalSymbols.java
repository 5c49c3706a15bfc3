package io.datasage.ai.planner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Elements written as their symbols in lab and monitoring exports ("K (mg/l)", "Mg", "Pb ug/L", an ELEMENT column
 * holding Au and Cu): a reader asks for "potassium", "magnesium", "lead", "gold". Symbols count only written as symbols
 * are (capital, then lower case), never C (a temperature) or S (seconds).
 */
final class ChemicalSymbols {

    /** Each line: a symbol, then the words people use for it. */
    private static final Map<String, Set<String>> NAMES = table("""
        N nitrogen nitrate
        P phosphorus phosphate
        K potassium potash
        Ca calcium
        Mg magnesium
        Na sodium
        Fe iron
        Zn zinc
        Cu copper
        Mn manganese
        Mo molybdenum
        Pb lead
        Cd cadmium
        Hg mercury
        As arsenic
        Cr chromium
        Ni nickel
        Al aluminium aluminum
        Cl chloride chlorine
        Au gold
        Ag silver
        Co cobalt
        Li lithium
        Sn tin
        Pt platinum
        Pd palladium
        Sb antimony
        U uranium
        """);

    private ChemicalSymbols() {}

    private static Map<String, Set<String>> table(String text) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : text.strip().split("\n")) {
            String[] words = line.strip().split("\\s+");
            out.put(words[0], Set.copyOf(Arrays.asList(words).subList(1, words.length)));
        }
        return Map.copyOf(out);
    }

    /** The names of the element a word of a column's name writes as its symbol, as written; empty when none. */
    static Set<String> names(String raw) {
        return NAMES.getOrDefault(raw, Set.of());
    }
}
