package io.datasage.vector.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.vector.DocumentKind;
import io.datasage.vector.index.IndexEntry;
import io.datasage.vector.matching.NameNormalizer;
import io.datasage.vector.repository.VectorDocumentEntity;
import java.util.List;
import java.util.Map;

/** Converts stored documents into index entries, and a question's stored chart spec back into JSON. */
public final class IndexEntries {

    // Chart specs are plain JSON objects; no naming strategy applies to their keys.
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private IndexEntries() {}

    /** The index entry of a document and its vector. */
    public static IndexEntry from(VectorDocumentEntity doc, float[] vector) {
        DocumentKind kind = DocumentKind.of(doc.kind);
        Map<String, Object> payload = doc.payload == null ? Map.of() : doc.payload;
        return switch (kind) {
            case DATASET -> entry(doc, kind, string(payload.get("name")), null, List.of(), vector);
            case COLUMN -> {
                String name = string(payload.get("name"));
                yield entry(doc, kind, name, string(payload.get("type")), NameNormalizer.indexTerms(name), vector);
            }
            case QUESTION ->
                entry(doc, kind, string(payload.get("question")), toJson(payload.get("chart_spec")), List.of(), vector);
        };
    }

    /** The index entry of a document that carries its vector. */
    public static IndexEntry from(VectorDocumentEntity doc) {
        return from(doc, VectorBytes.toVector(doc.embedding));
    }

    /** A chart spec stored as JSON text, as an object again. */
    public static Map<String, Object> chartSpec(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored chart spec is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static IndexEntry entry(
            VectorDocumentEntity doc,
            DocumentKind kind,
            String label,
            String detail,
            List<String> terms,
            float[] vector) {
        return new IndexEntry(doc.id, kind, doc.ownerId, doc.datasetId, label, detail, terms, vector);
    }

    private static String toJson(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chart spec cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
