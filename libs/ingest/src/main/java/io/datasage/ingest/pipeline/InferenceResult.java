package io.datasage.ingest.pipeline;

import io.datasage.ingest.infer.ColumnInference;
import io.datasage.ingest.stats.DuplicateRows;
import java.util.List;

/** What the first pass learned: the table's layout, every column's inference, and the row-level problems. */
record InferenceResult(
        TableLayout layout,
        long rows,
        long emptyRows,
        ColumnInference[] columns,
        long raggedRows,
        List<String> raggedExamples,
        long outsideRows,
        List<String> outsideExamples,
        DuplicateRows duplicates) {}
