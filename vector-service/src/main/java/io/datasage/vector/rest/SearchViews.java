package io.datasage.vector.rest;

import java.util.List;

/** Response bodies of the search endpoints. */
public final class SearchViews {

    private SearchViews() {}

    /** Ranked matches for a query. */
    public record DatasetSearch(String query, List<DatasetHit> results) {}

    /** One matching dataset with its score and the columns that matched. */
    public record DatasetHit(String datasetId, String name, double score, List<String> matchingColumns) {}
}
