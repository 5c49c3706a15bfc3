package io.datasage.vector.mapping;

import io.datasage.vector.repository.VectorDocumentEntity;
import io.datasage.vector.rest.SearchViews.StoredQuestion;
import java.util.Map;

/** Converts a stored question document into its API view. */
public final class QuestionMapper {

    private QuestionMapper() {}

    /** The view of a remembered question. */
    @SuppressWarnings("unchecked")
    public static StoredQuestion toView(VectorDocumentEntity doc) {
        Map<String, Object> payload = doc.payload == null ? Map.of() : doc.payload;
        Object spec = payload.get("chart_spec");
        return new StoredQuestion(
                doc.id,
                doc.datasetId,
                (String) payload.get("question"),
                spec instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of(),
                doc.createdAt);
    }
}
