package io.datasage.vector.index;

import io.datasage.vector.DocumentKind;
import java.util.Objects;
import java.util.Set;

/**
 * Which documents a search may return. Always scoped to one owner, so that no query can see another user's
 * data.
 *
 * @param kind null for every kind
 * @param datasetIds empty for every dataset of the owner
 * @param terms empty for any; otherwise documents indexed with at least one of these words
 */
public record IndexFilter(String ownerId, DocumentKind kind, Set<String> datasetIds, Set<String> terms) {

    public IndexFilter {
        if (ownerId == null || ownerId.isBlank()) {
            throw new IllegalArgumentException("an index filter needs an owner id");
        }
        datasetIds = datasetIds == null ? Set.of() : Set.copyOf(datasetIds);
        terms = terms == null ? Set.of() : Set.copyOf(terms);
    }

    /** Everything of one owner. */
    public static IndexFilter owner(String ownerId) {
        return new IndexFilter(ownerId, null, Set.of(), Set.of());
    }

    /** Only documents of {@code kind}. */
    public IndexFilter kind(DocumentKind only) {
        return new IndexFilter(ownerId, Objects.requireNonNull(only), datasetIds, terms);
    }

    /** Only documents of these datasets. */
    public IndexFilter datasets(Set<String> ids) {
        return new IndexFilter(ownerId, kind, ids, terms);
    }

    /** Only documents of one dataset. */
    public IndexFilter dataset(String id) {
        return datasets(Set.of(id));
    }

    /** Only documents indexed with one of these words. */
    public IndexFilter terms(Set<String> words) {
        return new IndexFilter(ownerId, kind, datasetIds, words);
    }
}
