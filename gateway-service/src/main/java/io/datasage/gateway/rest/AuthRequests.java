package io.datasage.gateway.rest;

/** Request bodies of the auth endpoints. */
public final class AuthRequests {

    private AuthRequests() {}

    /** {@code POST /api/auth/register}. */
    public record Register(String email, String password, String fullName) {}

    /** {@code POST /api/auth/login}. */
    public record Login(String email, String password) {}
}
