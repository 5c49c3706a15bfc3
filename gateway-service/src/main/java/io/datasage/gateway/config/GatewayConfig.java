package io.datasage.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Settings of the gateway: tokens, login and registration limits, and where each service lives. */
@ConfigMapping(prefix = "datasage.gateway")
public interface GatewayConfig {

    /** Issuer written into every token; services verify it. */
    @WithDefault("datasage")
    String issuer();

    /** How long a token is valid. */
    @WithDefault("50M")
    Duration tokenLifetime();

    /** Audience written into every token; every service accepts only tokens for it. */
    @WithDefault("datasage-api")
    String audience();

    /** Limits on logins and registrations, counted in the document store so that every gateway sees them. */
    Limits limits();

    /** Requests to public share links ({@code /api/shared/**}) allowed per client address within {@link #sharedWindow()}. */
    @WithDefault("60")
    int sharedRequests();

    /** The window over which share-link requests are counted (the bucket refills evenly over it). */
    @WithDefault("1M")
    Duration sharedWindow();

    /** Base URLs of the services the gateway routes to. */
    Services services();

    /** How long an instance that refused a connection is tried only after the others. */
    @WithDefault("10S")
    Duration instanceDownPause();

    /**
     * Base URLs of each routed service, e.g. {@code http://localhost:8081}; a comma-separated list names several
     * instances, which take requests in turn (behind a Kubernetes Service there is one URL).
     */
    interface Services {
        /** dataset-service: {@code /api/datasets/**}. */
        @WithDefault("http://localhost:8081")
        List<String> dataset();

        /** chat-service: {@code /api/chat/**}. */
        @WithDefault("http://localhost:8083")
        List<String> chat();

        /** dashboard-service: {@code /api/dashboards/**}, {@code /api/charts/**} and {@code /api/shared/**}. */
        @WithDefault("http://localhost:8084")
        List<String> dashboard();

        /** vector-service: {@code /api/search/**}. */
        @WithDefault("http://localhost:8085")
        List<String> vector();
    }

    /** Failed-login and registration limits; see the gateway README for how they combine. */
    interface Limits {
        /** Failed logins one client address may make within {@link #addressWindow()}, whatever the accounts. */
        @WithDefault("30")
        int failedLoginsPerAddress();

        /** The fixed window over which an address's failed logins are counted. */
        @WithDefault("10M")
        Duration addressWindow();

        /** Failed logins for one account from one address before each further attempt must wait. */
        @WithDefault("5")
        int freeFailuresPerAccountAndAddress();

        /** Failed logins for one account from all addresses within {@link #accountWindow()} before it must wait. */
        @WithDefault("50")
        int freeFailuresPerAccount();

        /** The fixed window over which an account's failed logins from all addresses are counted. */
        @WithDefault("1H")
        Duration accountWindow();

        /** The first wait after the free failures; each further failure doubles it. */
        @WithDefault("1S")
        Duration firstBackoff();

        /** The longest wait for one account from one address. */
        @WithDefault("15M")
        Duration maxBackoff();

        /** The longest wait for one account from all addresses (short: this one also delays the owner). */
        @WithDefault("1M")
        Duration maxAccountBackoff();

        /** How long failures for one account from one address are remembered after the last one. */
        @WithDefault("1H")
        Duration failureMemory();

        /** Registrations one client address may make within {@link #registrationWindow()}. */
        @WithDefault("20")
        int registrationsPerAddress();

        /** The fixed window over which registrations are counted. */
        @WithDefault("1H")
        Duration registrationWindow();
    }
}
