package io.datasage.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the gateway: token lifetime, login limits and where each service lives. */
@ConfigMapping(prefix = "datasage.gateway")
public interface GatewayConfig {

    /** Issuer written into every token; services verify it. */
    @WithDefault("datasage")
    String issuer();

    /** How long a token is valid. */
    @WithDefault("50M")
    Duration tokenLifetime();

    /** Login attempts allowed per e-mail and client address within {@link #loginWindow()}. */
    @WithDefault("10")
    int loginAttempts();

    /** The window over which login attempts are counted. */
    @WithDefault("1M")
    Duration loginWindow();

    /** Base URLs of the services the gateway routes to. */
    Services services();

    /** Base URL of each routed service, e.g. {@code http://localhost:8081}. */
    interface Services {
        /** dataset-service: {@code /api/datasets/**}. */
        @WithDefault("http://localhost:8081")
        String dataset();

        /** chat-service: {@code /api/chat/**}. */
        @WithDefault("http://localhost:8083")
        String chat();

        /** dashboard-service: {@code /api/dashboards/**} and {@code /api/charts/**}. */
        @WithDefault("http://localhost:8084")
        String dashboard();

        /** vector-service: {@code /api/search/**}. */
        @WithDefault("http://localhost:8085")
        String vector();
    }
}
