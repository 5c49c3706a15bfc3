package io.datasage.gateway.repository;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.codecs.pojo.annotations.BsonId;

/** A registered user as stored in the {@code users} collection. */
@MongoEntity(collection = "users")
public class UserEntity {

    /** The group every account has. */
    public static final String USER = "user";
    /** The group that may call admin endpoints; given only by {@code ./datasage admin create}. */
    public static final String ADMIN = "admin";

    @BsonId
    public String id;

    /** Lower-cased; unique. */
    public String email;

    public String passwordHash;
    public String fullName;
    public Instant createdAt;

    /** Token groups; accounts stored before groups existed have none stored and are plain users. */
    public List<String> groups;

    /** The groups to put into this user's tokens. */
    public Set<String> groupsOrDefault() {
        return groups == null || groups.isEmpty() ? Set.of(USER) : Set.copyOf(groups);
    }
}
