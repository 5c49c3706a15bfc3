package io.datasage.ai.planner;

import java.util.Set;

/**
 * Columns that hold the total of their siblings ("Global_Sales" beside NA_Sales and EU_Sales, "Total Charges"
 * beside Monthly Charges): the one a plain "sales" means when several columns carry the word.
 */
final class Totals {

    private static final Set<String> WORDS = Words.set("""
        total global overall all worldwide grand combined world gross
        """);

    private Totals() {}

    static boolean isTotal(ColumnInfo c) {
        for (String w : c.words()) {
            if (WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
