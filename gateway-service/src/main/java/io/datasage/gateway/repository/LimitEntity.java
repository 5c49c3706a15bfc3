package io.datasage.gateway.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.Date;
import org.bson.codecs.pojo.annotations.BsonId;

/** One rate-limit counter in the {@code rate_limits} collection, removed by a TTL index once it expires. */
@MongoEntity(collection = "rate_limits")
public class LimitEntity {

    /** What is counted and for whom, e.g. {@code login-address|10.0.0.7|2891234}. */
    @BsonId
    public String id;

    /** Events counted so far (failed logins, registrations). */
    public long count;

    /** No attempt is accepted before this instant; null when nothing waits. */
    public Date blockedUntil;

    /** When the store may forget the counter (a {@code Date}: MongoDB's TTL monitor only reads dates). */
    public Date expiresAt;
}
