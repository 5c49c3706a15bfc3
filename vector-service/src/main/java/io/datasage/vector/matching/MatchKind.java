package io.datasage.vector.matching;

import java.util.Locale;

/** How a column matched a phrase: by its exact name, by a close name, or only by meaning. */
public enum MatchKind {
    EXACT,
    NEAR,
    SEMANTIC;

    /** The API form: {@code exact}, {@code near} or {@code semantic}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
