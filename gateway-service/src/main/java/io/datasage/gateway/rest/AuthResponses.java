package io.datasage.gateway.rest;

import java.time.Instant;

/** Response bodies of the auth endpoints. */
public final class AuthResponses {

    private AuthResponses() {}

    /** A user as the API shows it (never the password hash). */
    public record UserView(String id, String email, String fullName, Instant createdAt) {}

    /** A bearer token and who it is for. */
    public record TokenView(String accessToken, String tokenType, long expiresIn, UserView user) {}
}
