package io.datasage.vector.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.codecs.pojo.annotations.BsonProperty;

/**
 * One indexed item in {@code vector_documents}, the source of truth the Lucene index is derived from. Its vector
 * is kept too, so that a lost index is rebuilt without running the model again.
 */
@MongoEntity(collection = "vector_documents")
public class VectorDocumentEntity {

    @BsonId
    public String id;

    /** {@code dataset}, {@code column} or {@code question}. */
    public String kind;

    @BsonProperty("owner_id")
    public String ownerId;

    @BsonProperty("dataset_id")
    public String datasetId;

    /** The text that is embedded. */
    public String text;

    /** What a hit shows: name, description and columns; column name and type; question and chart spec. */
    public Map<String, Object> payload;

    /** The vector as little-endian float32, or null while the document waits to be embedded. */
    public byte[] embedding;

    /** The model that computed {@link #embedding}; null while pending. */
    @BsonProperty("embedding_model")
    public String embeddingModel;

    @BsonProperty("created_at")
    public Instant createdAt;
}
