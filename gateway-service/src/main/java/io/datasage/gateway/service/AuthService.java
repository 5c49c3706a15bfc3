package io.datasage.gateway.service;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.datasage.gateway.repository.UserEntity;
import io.datasage.gateway.repository.UserRepository;
import io.datasage.platform.problem.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
    private final LoginRateLimiter limiter;

    public AuthService(UserRepository users, TokenIssuer tokens, LoginRateLimiter limiter) {
        this.users = users;
        this.tokens = tokens;
        this.limiter = limiter;
    }

    /** Creates an account; 400 for a malformed e-mail or short password, 409 when the e-mail is taken. */
    public Session register(String email, String password, String fullName) {
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
        try {
            users.persist(user);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw ProblemException.conflict(
                        "An account with the e-mail " + normalized + " already exists; log in instead.");
            }
            throw e;
        }
        return new Session(user, tokens.issue(user));
    }

    /** Checks the credentials; one identical 401 for an unknown e-mail and a wrong password. */
    public Session login(String email, String password, String clientAddress) {
        String normalized = normalize(email);
        limiter.acquire(normalized, clientAddress);
        UserEntity user = users.findByEmail(normalized).orElse(null);
        String hash = user == null ? DUMMY_HASH : user.passwordHash;
        boolean matches = password != null && BcryptUtil.matches(password, hash);
        if (user == null || !matches) {
            throw ProblemException.unauthorized(BAD_CREDENTIALS);
        }
        return new Session(user, tokens.issue(user));
    }

    /** The account behind a verified token, or 404 when it no longer exists. */
    public UserEntity me(String userId) {
        return users.findByIdOptional(userId)
                .orElseThrow(() -> ProblemException.notFound("This account no longer exists."));
    }

    private static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** A user with a fresh token. */
    public record Session(UserEntity user, TokenIssuer.IssuedToken token) {}
}
