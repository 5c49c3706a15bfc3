package io.datasage.ai.llm;

import java.time.Instant;

/**
 * What is known about one provider's health: informational, it never stops the service from answering (the
 * planner does when no provider can).
 *
 * @param provider the provider's name
 * @param kind its API
 * @param model its model
 * @param state {@code up}, {@code down} or {@code unknown} (not checked yet)
 * @param detail what the last check saw ({@code HTTP 200}, {@code connection refused}, ...)
 * @param circuit the circuit breaker's state
 * @param checkedAt when the last check finished, or null
 */
public record HealthStatus(
        String provider,
        ProviderKind kind,
        String model,
        String state,
        String detail,
        CircuitBreaker.State circuit,
        Instant checkedAt) {

    /** Whether the last check reached the provider. */
    public boolean up() {
        return "up".equals(state);
    }

    /** One line for a readiness report: {@code up, llama3.1, circuit closed}, with what a failed check saw. */
    public String summary() {
        return state + ", " + model + ", circuit " + circuit.name().toLowerCase(java.util.Locale.ROOT)
                + (up() ? "" : " (" + detail + ")");
    }
}
