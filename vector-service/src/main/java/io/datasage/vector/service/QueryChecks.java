package io.datasage.vector.service;

import io.datasage.platform.problem.ProblemException;

/** Argument checks shared by the search endpoints, with messages that say what to send instead. */
final class QueryChecks {

    static final int MAX_QUERY_CHARS = 1000;

    private QueryChecks() {}

    /** The trimmed query, or 400. */
    static String query(String q, String parameter) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("Give the search words in the '" + parameter + "' query parameter, e.g. ?"
                    + parameter + "=monthly sales.");
        }
        String trimmed = q.strip();
        if (trimmed.length() > MAX_QUERY_CHARS) {
            throw ProblemException.badRequest("'" + parameter + "' may be at most " + MAX_QUERY_CHARS
                    + " characters; got " + trimmed.length() + ".");
        }
        return trimmed;
    }

    /** {@code value} when within bounds, or 400. */
    static int range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw ProblemException.badRequest(
                    name + " must be between " + min + " and " + max + "; got " + value + ".");
        }
        return value;
    }

    /** The dataset id, or 400. */
    static String datasetId(String datasetId) {
        if (datasetId == null || datasetId.isBlank()) {
            throw ProblemException.badRequest("Name the dataset in 'dataset_id'.");
        }
        return datasetId.strip();
    }

    /** 404 for a dataset that is not indexed for the caller (never confirm another user's ids). */
    static ProblemException datasetNotFound(String datasetId) {
        return ProblemException.notFound("No indexed dataset with id " + datasetId + ".");
    }

    /** A score rounded for display. */
    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
