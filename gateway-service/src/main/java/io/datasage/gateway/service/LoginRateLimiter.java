package io.datasage.gateway.service;

import io.datasage.gateway.config.GatewayConfig;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts login attempts per (e-mail, client address) in fixed windows and refuses the ones over the limit,
 * so that passwords cannot be guessed quickly.
 */
@ApplicationScoped
public class LoginRateLimiter {

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration length;
    private final Clock clock;

    @Inject
    public LoginRateLimiter(GatewayConfig config) {
        this(config.loginAttempts(), config.loginWindow(), Clock.systemUTC());
    }

    LoginRateLimiter(int limit, Duration length, Clock clock) {
        this.limit = limit;
        this.length = length;
        this.clock = clock;
    }

    /** Records one attempt; throws 429 with the time until the window ends when over the limit. */
    public void acquire(String email, String clientAddress) {
        Instant now = clock.instant();
        String key = email + '|' + clientAddress;
        Window window =
                windows.compute(key, (k, w) -> w == null || !now.isBefore(w.end) ? new Window(now.plus(length)) : w);
        int used;
        synchronized (window) {
            used = ++window.count;
        }
        if (used > limit) {
            Duration wait = Duration.between(now, window.end);
            throw ProblemException.tooManyRequests(
                    "Too many login attempts for this account from your address; try again in "
                            + Math.max(1, wait.toSeconds()) + " seconds.",
                    wait);
        }
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !now.isBefore(w.end));
        }
    }

    private static final class Window {
        final Instant end;
        int count;

        Window(Instant end) {
            this.end = end;
        }
    }
}
