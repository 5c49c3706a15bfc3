package io.datasage.vector.index;

import io.datasage.vector.DocumentKind;

/**
 * One search result.
 *
 * @param similarity cosine similarity between the query vector and the document's, -1 to 1
 */
public record IndexHit(
        String id,
        DocumentKind kind,
        String ownerId,
        String datasetId,
        String label,
        String detail,
        double similarity) {}
