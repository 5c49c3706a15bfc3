package io.datasage.gateway.repository;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/** Users in the document store, unique by e-mail. */
@ApplicationScoped
public class UserRepository implements PanacheMongoRepositoryBase<UserEntity, String> {

    void createIndexes(@Observes StartupEvent event) {
        // The unique index, not a lookup before insert, is what makes concurrent registrations safe.
        mongoCollection()
                .createIndex(
                        Indexes.ascending("email"),
                        new IndexOptions().unique(true).name("email_unique"));
    }

    /** The user with this (lower-cased) e-mail. */
    public Optional<UserEntity> findByEmail(String email) {
        return find("email", email).firstResultOptional();
    }
}
