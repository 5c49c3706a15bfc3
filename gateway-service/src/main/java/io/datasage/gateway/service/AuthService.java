package io.datasage.gateway.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.datasage.gateway.repository.UserEntity;
import io.datasage.gateway.repository.UserRepository;
import io.datasage.platform.problem.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Registration and login: checks credentials, stores bcrypt hashes, hands out tokens. */
@ApplicationScoped
public class AuthService {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final String BAD_CREDENTIALS = "E-mail or password is incorrect.";
    // Compared against when the e-mail is unknown, so both failures cost the same bcrypt time.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    private final UserRepository users;
    private final TokenIssuer tokens;
    private final LoginLimiter logins;
    private final RegistrationLimiter registrations;

    public AuthService(
            UserRepository users, TokenIssuer tokens, LoginLimiter logins, RegistrationLimiter registrations) {
        this.users = users;
        this.tokens = tokens;
        this.logins = logins;
        this.registrations = registrations;
    }

    /**
     * Creates an account with the {@code user} group only (admins are made by {@code ./datasage admin create});
     * 400 for a malformed e-mail or short password, 409 when the e-mail is taken, 429 past the address's limit.
     */
    public Session register(String email, String password, String fullName, String clientAddress) {
        registrations.acquire(clientAddress);
        UserEntity user = newUser(email, password, fullName);
        try {
            users.persist(user);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw ProblemException.conflict(
                        "An account with the e-mail " + user.email + " already exists; log in instead.");
            }
            throw e;
        }
        return new Session(user, tokens.issue(user));
    }

    /** A valid new account (not stored yet) in the {@code user} group; 400 for a bad e-mail or password. */
    public UserEntity newUser(String email, String password, String fullName) {
        String normalized = normalize(email);
        if (!EMAIL.matcher(normalized).matches()) {
            throw ProblemException.badRequest(
                    "'" + email + "' is not an e-mail address; use the form name@example.com.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ProblemException.badRequest(
                    "The password must be at least " + MIN_PASSWORD_LENGTH + " characters long.");
        }
        UserEntity user = new UserEntity();
        user.id = UUID.randomUUID().toString();
        user.email = normalized;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.fullName = fullName == null ? null : fullName.strip();
        user.createdAt = Instant.now();
        user.groups = List.of(UserEntity.USER);
        return user;
    }

    /** Checks the credentials; one identical 401 for an unknown e-mail and a wrong password. */
    public Session login(String email, String password, String clientAddress) {
        String normalized = normalize(email);
        logins.check(normalized, clientAddress);
        UserEntity user = users.findByEmail(normalized).orElse(null);
        String hash = user == null ? DUMMY_HASH : user.passwordHash;
        boolean matches = password != null && BcryptUtil.matches(password, hash);
        if (user == null || !matches) {
            logins.failed(normalized, clientAddress);
            throw ProblemException.unauthorized(BAD_CREDENTIALS);
        }
        logins.succeeded(normalized, clientAddress);
        return new Session(user, tokens.issue(user));
    }

    /** The account behind a verified token, or 404 when it no longer exists. */
    public UserEntity me(String userId) {
        return users.findByIdOptional(userId)
                .orElseThrow(() -> ProblemException.notFound("This account no longer exists."));
    }

    /** E-mail addresses are compared stripped and lower-cased. */
    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** A user with a fresh token. */
    public record Session(UserEntity user, TokenIssuer.IssuedToken token) {}
}
