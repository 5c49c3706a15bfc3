package io.datasage.gateway.rest;

import java.time.Instant;
import java.util.List;

/** Response bodies of the auth endpoints. */
public final class AuthResponses {

    private AuthResponses() {}

    /** A user as the API shows it (never the password hash). */
    public record UserView(String id, String email, String fullName, Instant createdAt, List<String> groups) {}

    /** A bearer token and who it is for. */
    public record TokenView(String accessToken, String tokenType, long expiresIn, UserView user) {}
}
