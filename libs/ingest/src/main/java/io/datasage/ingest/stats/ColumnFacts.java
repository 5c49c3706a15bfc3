package io.datasage.ingest.stats;

import io.datasage.ingest.infer.ColumnSpec;
import java.util.List;

/**
 * What the passes learned about a column outside its statistics.
 *
 * @param nulls empty cells and null tokens
 * @param invalid values that did not parse as the column's type
 * @param samples up to five distinct values as written
 * @param dateShapes {dominant, total} written shapes of a date column's values, or null
 */
public record ColumnFacts(
        ColumnSpec spec,
        long nulls,
        long invalid,
        List<String> invalidExamples,
        List<String> samples,
        long[] dateShapes) {}
