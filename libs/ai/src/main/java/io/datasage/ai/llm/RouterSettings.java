package io.datasage.ai.llm;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole router configuration: providers, each role's ordered fallback list, and the shared limits.
 *
 * @param providers every configured provider, by name
 * @param roles each role's providers, tried in order; a role without providers is answered without an LLM
 * @param deadline the longest a whole question may spend on LLMs (all providers, retries and re-asks); what is
 *     left when it runs out goes to the offline planner
 * @param breakerFailures consecutive failures that open a provider's circuit
 * @param breakerOpenFor how long an open circuit skips its provider before one probe call is let through
 * @param retryBackoff the wait before the first retry; doubled for each further retry
 * @param retryBackoffMax the longest wait between retries
 * @param healthTtl how long a health check result is reused
 * @param healthTimeout the longest a health check may take
 */
public record RouterSettings(
        Map<String, ProviderSettings> providers,
        Map<ModelRole, List<String>> roles,
        Duration deadline,
        int breakerFailures,
        Duration breakerOpenFor,
        Duration retryBackoff,
        Duration retryBackoffMax,
        Duration healthTtl,
        Duration healthTimeout) {

    public RouterSettings {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
        Map<ModelRole, List<String>> copy = new EnumMap<>(ModelRole.class);
        if (roles != null) {
            roles.forEach((role, names) -> copy.put(role, names == null ? List.of() : List.copyOf(names)));
        }
        for (Map.Entry<ModelRole, List<String>> role : copy.entrySet()) {
            for (String name : role.getValue()) {
                if (!providers.containsKey(name)) {
                    throw new IllegalArgumentException("role " + role.getKey().configKey() + " names provider '" + name
                            + "', which is not configured; providers are: " + String.join(", ", providers.keySet()));
                }
            }
        }
        roles = Map.copyOf(copy);
        requirePositive("deadline", deadline);
        requirePositive("breaker open-for", breakerOpenFor);
        requirePositive("retry backoff", retryBackoff);
        requirePositive("retry backoff max", retryBackoffMax);
        requirePositive("health ttl", healthTtl);
        requirePositive("health timeout", healthTimeout);
        if (breakerFailures < 1) {
            throw new IllegalArgumentException("breaker failures must be 1 or more; got " + breakerFailures);
        }
    }

    /** Settings with the defaults: 45 s deadline, circuit opens after 3 failures for 30 s, retries after 250 ms (max 2 s), health cached 30 s. */
    public static RouterSettings of(Map<String, ProviderSettings> providers, Map<ModelRole, List<String>> roles) {
        return new RouterSettings(
                providers,
                roles,
                Duration.ofSeconds(45),
                3,
                Duration.ofSeconds(30),
                Duration.ofMillis(250),
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                Duration.ofSeconds(2));
    }

    /** No provider at all: every role is answered offline. */
    public static RouterSettings none() {
        return of(Map.of(), Map.of());
    }

    /** The same settings with another deadline. */
    public RouterSettings withDeadline(Duration newDeadline) {
        return new RouterSettings(
                providers,
                roles,
                newDeadline,
                breakerFailures,
                breakerOpenFor,
                retryBackoff,
                retryBackoffMax,
                healthTtl,
                healthTimeout);
    }

    /** The same settings with another circuit breaker. */
    public RouterSettings withBreaker(int failures, Duration openFor) {
        return new RouterSettings(
                providers, roles, deadline, failures, openFor, retryBackoff, retryBackoffMax, healthTtl, healthTimeout);
    }

    /** The same settings with other retry waits. */
    public RouterSettings withRetryBackoff(Duration first, Duration max) {
        return new RouterSettings(
                providers, roles, deadline, breakerFailures, breakerOpenFor, first, max, healthTtl, healthTimeout);
    }

    /** The same settings with another health check timeout. */
    public RouterSettings withHealthTimeout(Duration timeout) {
        return new RouterSettings(
                providers,
                roles,
                deadline,
                breakerFailures,
                breakerOpenFor,
                retryBackoff,
                retryBackoffMax,
                healthTtl,
                timeout);
    }

    /** The providers of {@code role}, in order. */
    public List<String> providersFor(ModelRole role) {
        return roles.getOrDefault(role, List.of());
    }

    private static void requirePositive(String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive; got " + value);
        }
    }
}
