package io.datasage.ai.planner;

/**
 * A column that a {@link SemanticColumnMatcher} proposes for a phrase.
 *
 * @param column the column's exact name
 * @param score similarity, 0-1
 */
public record ColumnMatch(String column, double score) {}
