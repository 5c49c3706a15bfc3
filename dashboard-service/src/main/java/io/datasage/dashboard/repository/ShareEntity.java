package io.datasage.dashboard.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A read-only link to one dashboard, in {@code shares}. Only the SHA-256 of the link's token is stored, so the
 * store alone cannot open a dashboard; revoking deletes the document.
 */
@MongoEntity(collection = "shares")
public class ShareEntity {

    /** The share's own id (for listing and revoking), not the token. */
    @BsonId
    public String id;

    /** Hex SHA-256 of the token in the link. */
    public String tokenHash;

    public String dashboardId;
    public String ownerId;
    public String datasetId;
    public Instant createdAt;
    /** After this the link answers 404; null for a link that never expires. */
    public Instant expiresAt;
}
