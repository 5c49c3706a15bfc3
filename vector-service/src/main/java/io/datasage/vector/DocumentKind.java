package io.datasage.vector;

import java.util.Locale;

/** What an indexed document describes: a whole dataset, one of its columns, or a past question. */
public enum DocumentKind {
    DATASET,
    COLUMN,
    QUESTION;

    /** The stored form: {@code dataset}, {@code column} or {@code question}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind stored as {@code value}. */
    public static DocumentKind of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
