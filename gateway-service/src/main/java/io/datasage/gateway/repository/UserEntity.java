package io.datasage.gateway.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/** A registered user as stored in the {@code users} collection. */
@MongoEntity(collection = "users")
public class UserEntity {

    @BsonId
    public String id;

    /** Lower-cased; unique. */
    public String email;

    public String passwordHash;
    public String fullName;
    public Instant createdAt;
}
