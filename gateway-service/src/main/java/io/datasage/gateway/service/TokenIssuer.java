package io.datasage.gateway.service;

import io.datasage.gateway.config.GatewayConfig;
import io.datasage.gateway.repository.UserEntity;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

/** Issues RS256 tokens that every service verifies with the public key. */
@ApplicationScoped
public class TokenIssuer {

    private final GatewayConfig config;

    public TokenIssuer(GatewayConfig config) {
        this.config = config;
    }

    /** A signed token for {@code user}: subject the user id, {@code upn} the e-mail, the user's groups, the API audience. */
    public IssuedToken issue(UserEntity user) {
        long seconds = config.tokenLifetime().toSeconds();
        String token = Jwt.issuer(config.issuer())
                .subject(user.id)
                .audience(config.audience())
                .upn(user.email)
                .groups(user.groupsOrDefault())
                .claim("name", user.fullName == null ? "" : user.fullName)
                .expiresIn(seconds)
                .sign();
        return new IssuedToken(token, seconds);
    }

    /** A token and its lifetime in seconds. */
    public record IssuedToken(String token, long expiresIn) {}
}
