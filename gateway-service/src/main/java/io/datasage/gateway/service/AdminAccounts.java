package io.datasage.gateway.service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.datasage.gateway.repository.UserEntity;
import io.datasage.gateway.repository.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;

/** Grants and revokes the {@code admin} group: done by an operator's command, never through the API. */
@ApplicationScoped
public class AdminAccounts {

    private final UserRepository users;
    private final AuthService auth;

    public AdminAccounts(UserRepository users, AuthService auth) {
        this.users = users;
        this.auth = auth;
    }

    /** What {@link #grant} did. */
    public enum Outcome {
        CREATED,
        PROMOTED
    }

    /**
     * Gives the account with {@code email} the admin group; when there is no such account, creates it with the
     * password {@code password} supplies (asked only then).
     */
    public Outcome grant(String email, Supplier<String> password) {
        String normalized = AuthService.normalize(email);
        if (users.findByEmail(normalized).isPresent()) {
            // Both groups: accounts stored before groups existed have no groups field to add to.
            users.mongoCollection()
                    .updateOne(
                            Filters.eq("email", normalized),
                            Updates.addEachToSet("groups", List.of(UserEntity.USER, UserEntity.ADMIN)));
            return Outcome.PROMOTED;
        }
        UserEntity user = auth.newUser(normalized, password.get(), null);
        user.groups = List.of(UserEntity.USER, UserEntity.ADMIN);
        users.persist(user);
        return Outcome.CREATED;
    }

    /** Takes the admin group away; false when there is no such account. Tokens already issued keep it until they expire. */
    public boolean revoke(String email) {
        String normalized = AuthService.normalize(email);
        if (users.findByEmail(normalized).isEmpty()) {
            return false;
        }
        users.mongoCollection()
                .updateOne(Filters.eq("email", normalized), Updates.set("groups", List.of(UserEntity.USER)));
        return true;
    }
}
