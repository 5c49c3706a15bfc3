package io.datasage.vector.matching;

/** A column's combined score for a phrase and how it matched. */
public record ColumnScore(double score, MatchKind match) {}
