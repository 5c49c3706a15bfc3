package io.datasage.charts.spec;

import java.util.Locale;

/** Normalises the free-form words an LLM writes for enum values ("Stacked Bar", "avg", "Monthly"). */
final class Names {

    private Names() {}

    /** lower case, spaces and hyphens as underscores, trimmed. */
    static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
