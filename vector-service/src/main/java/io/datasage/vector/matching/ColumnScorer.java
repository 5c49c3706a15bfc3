package io.datasage.vector.matching;

/**
 * Combines a column's name match with its vector similarity, so that the exact or a near-exact name beats a
 * column that is only loosely related in meaning.
 */
public final class ColumnScorer {

    // Synonyms lift a column without making it a name match: half the weight of a matching name.
    static final double SYNONYM_WEIGHT = 0.5;
    static final double EXACT_FLOOR = 0.9;

    private final double lexicalWeight;
    private final double nearThreshold;

    /**
     * @param lexicalWeight weight of the name score against the vector similarity, 0-1
     * @param nearThreshold name score from which a match counts as {@code near}
     */
    public ColumnScorer(double lexicalWeight, double nearThreshold) {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexicalWeight must be within 0-1; got " + lexicalWeight);
        }
        this.lexicalWeight = lexicalWeight;
        this.nearThreshold = nearThreshold;
    }

    /** Scores column {@code name} for {@code phrase}, given the cosine similarity of their embeddings. */
    public ColumnScore score(String phrase, String name, double similarity) {
        double vector = Math.max(0, similarity);
        LexicalScore lexical = LexicalMatcher.score(phrase, name);
        if (lexical.exact()) {
            return new ColumnScore(EXACT_FLOOR + (1 - EXACT_FLOOR) * vector, MatchKind.EXACT);
        }
        double letters = Math.min(1, lexical.name() + SYNONYM_WEIGHT * lexical.synonyms() * (1 - lexical.name()));
        double combined = lexicalWeight * letters + (1 - lexicalWeight) * vector;
        MatchKind kind = lexical.name() >= nearThreshold ? MatchKind.NEAR : MatchKind.SEMANTIC;
        // Keep every non-exact match below the exact floor so that ranking and label never disagree.
        return new ColumnScore(Math.min(combined, EXACT_FLOOR - 0.001), kind);
    }
}
