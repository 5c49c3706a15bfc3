package io.datasage.ai.planner;

/** How a word of the question was matched to a column or a value; the order is best first. */
enum Quality {
    EXACT,
    /** A synonym, an alias or an abbreviation. */
    SYNONYM,
    /** Part of a longer name, where another column shares the word. */
    PARTIAL,
    /** A misspelling. */
    FUZZY,
    /** By meaning, from the semantic matcher. */
    SEMANTIC,
    /** Not named by the user: a default the planner chose. */
    DEFAULT
}
