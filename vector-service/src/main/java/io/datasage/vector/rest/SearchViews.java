package io.datasage.vector.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the search endpoints (snake_case on the wire). */
public final class SearchViews {

    private SearchViews() {}

    /** Ranked datasets for a query. */
    public record DatasetSearch(String query, List<DatasetHit> results) {}

    /** One matching dataset with its score and the columns that matched. */
    public record DatasetHit(String datasetId, String name, double score, List<String> matchingColumns) {}

    /** The columns of one dataset that best match a phrase. */
    public record ColumnSearch(String datasetId, String query, List<ColumnHit> matches) {}

    /**
     * One column match.
     *
     * @param match {@code exact}, {@code near} or {@code semantic}
     */
    public record ColumnHit(String column, String type, double score, String match) {}

    /** {@code POST /api/search/questions}: a question that was answered well, with the chart spec that answered it. */
    public record QuestionRequest(String datasetId, String question, Map<String, Object> chartSpec) {}

    /** A remembered question. */
    public record StoredQuestion(
            String id, String datasetId, String question, Map<String, Object> chartSpec, Instant createdAt) {}

    /** Past questions like a new one, as few-shot examples. */
    public record QuestionExamples(String datasetId, String query, List<QuestionExample> examples) {}

    /**
     * One past question.
     *
     * @param sameDataset false when it was asked about another of the owner's datasets with a similar schema
     */
    public record QuestionExample(
            String question, Map<String, Object> chartSpec, String datasetId, double score, boolean sameDataset) {}

    /** {@code POST /api/search/admin/reindex} accepted. */
    public record ReindexAccepted(String status, long storedDocuments) {}
}
