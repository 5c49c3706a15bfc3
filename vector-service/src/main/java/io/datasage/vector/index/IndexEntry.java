package io.datasage.vector.index;

import io.datasage.vector.DocumentKind;
import java.util.List;
import java.util.Objects;

/**
 * One document of the vector index.
 *
 * @param id unique id, the same as in the {@code vector_documents} collection
 * @param label what a hit shows: the dataset name, the column name or the question
 * @param detail extra stored text: a column's type, a question's chart spec as JSON; may be null
 * @param terms lower-case words for lexical look-up (column names); may be empty
 * @param vector the embedding, of the index's dimension
 */
public record IndexEntry(
        String id,
        DocumentKind kind,
        String ownerId,
        String datasetId,
        String label,
        String detail,
        List<String> terms,
        float[] vector) {

    public IndexEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(vector, "vector");
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
