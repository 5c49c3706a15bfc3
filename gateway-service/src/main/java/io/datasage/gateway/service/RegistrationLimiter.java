package io.datasage.gateway.service;

import io.datasage.gateway.config.GatewayConfig;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Caps registrations per client address in a fixed window, so that accounts cannot be minted in bulk. */
@ApplicationScoped
public class RegistrationLimiter {

    private final RateCounters counters;
    private final GatewayConfig.Limits limits;

    public RegistrationLimiter(RateCounters counters, GatewayConfig config) {
        this.counters = counters;
        this.limits = config.limits();
    }

    /** Counts one registration attempt from {@code address}; 429 with the wait when over the limit. */
    public void acquire(String address) {
        long used = counters.count("register|" + address, limits.registrationWindow());
        if (used > limits.registrationsPerAddress()) {
            var wait = counters.untilWindowEnds(limits.registrationWindow());
            throw ProblemException.tooManyRequests(
                    "Too many new accounts from your address; try again in " + Math.max(1, wait.toMinutes())
                            + " minutes, or log in to an existing account.",
                    wait);
        }
    }
}
