package io.datasage.vector.matching;

/**
 * How well a column name matches a phrase by its letters alone.
 *
 * @param name 0-1 from equal, singular, prefix and one-typo word matches; 1.0 only for the same name
 * @param synonyms 0-1 share of the phrase's unmatched words that have a synonym in the name
 */
public record LexicalScore(double name, double synonyms) {

    /** No resemblance at all. */
    public static final LexicalScore NONE = new LexicalScore(0, 0);

    /** True when the name is the phrase, up to case, spacing and punctuation. */
    public boolean exact() {
        return name >= 1.0;
    }
}
