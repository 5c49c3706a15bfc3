package io.datasage.ai.planner;

import java.util.Map;
import java.util.Set;

/**
 * Elements written as their symbols in lab and monitoring exports ("K (mg/l)", "Mg", "Pb ug/L", an ELEMENT column
 * holding Au and Cu): a reader asks for "potassium", "magnesium", "lead", "gold". Symbols count only written as symbols are (capital, then lower case), never C (a
 * temperature) or S (seconds).
 */
final class ChemicalSymbols {

    private static final Map<String, Set<String>> NAMES = Map.ofEntries(
            Map.entry("N", Set.of("nitrogen", "nitrate")),
            Map.entry("P", Set.of("phosphorus", "phosphate")),
            Map.entry("K", Set.of("potassium", "potash")),
            Map.entry("Ca", Set.of("calcium")),
            Map.entry("Mg", Set.of("magnesium")),
            Map.entry("Na", Set.of("sodium")),
            Map.entry("Fe", Set.of("iron")),
            Map.entry("Zn", Set.of("zinc")),
            Map.entry("Cu", Set.of("copper")),
            Map.entry("Mn", Set.of("manganese")),
            Map.entry("Mo", Set.of("molybdenum")),
            Map.entry("Pb", Set.of("lead")),
            Map.entry("Cd", Set.of("cadmium")),
            Map.entry("Hg", Set.of("mercury")),
            Map.entry("As", Set.of("arsenic")),
            Map.entry("Cr", Set.of("chromium")),
            Map.entry("Ni", Set.of("nickel")),
            Map.entry("Al", Set.of("aluminium", "aluminum")),
            Map.entry("Cl", Set.of("chloride", "chlorine")),
            Map.entry("Au", Set.of("gold")),
            Map.entry("Ag", Set.of("silver")),
            Map.entry("Co", Set.of("cobalt")),
            Map.entry("Li", Set.of("lithium")),
            Map.entry("Sn", Set.of("tin")),
            Map.entry("Pt", Set.of("platinum")),
            Map.entry("Pd", Set.of("palladium")),
            Map.entry("Sb", Set.of("antimony")),
            Map.entry("U", Set.of("uranium")));

    private ChemicalSymbols() {}

    /** The names of the element a word of a column's name writes as its symbol, as written; empty when none. */
    static Set<String> names(String raw) {
        return NAMES.getOrDefault(raw, Set.of());
    }
}
