package io.datasage.platform.security;

import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as the verified JWT names them. */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken jwt;

    public CurrentUser(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    /** The user id (the token's subject); every owned resource is keyed by it. */
    public String id() {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw ProblemException.unauthorized("The token names no user.");
        }
        return subject;
    }

    /** The user's e-mail address (the token's {@code upn}). */
    public String email() {
        return jwt.getClaim("upn");
    }

    /** The raw bearer token, for calls to other services on the user's behalf. */
    public String rawToken() {
        return jwt.getRawToken();
    }
}
