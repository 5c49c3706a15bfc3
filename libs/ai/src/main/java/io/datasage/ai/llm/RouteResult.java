package io.datasage.ai.llm;

import java.util.List;

/**
 * What asking a role produced: the checked value and who produced it, or nothing when every provider failed, and
 * every attempt on the way.
 *
 * @param value the checked value, or null
 * @param provider the provider that produced it, or null
 * @param model that provider's model, or null
 * @param attempts every call made or skipped, in order
 * @param <T> the checked value's type
 */
public record RouteResult<T>(T value, String provider, String model, List<Attempt> attempts) {

    public RouteResult {
        attempts = List.copyOf(attempts);
    }

    /** Whether a provider produced a usable value. */
    public boolean answered() {
        return value != null;
    }

    /** Whether the value needed a second try (it was sent back once with its error). */
    public boolean repaired() {
        return answered()
                && attempts.size() > 1
                && attempts.get(attempts.size() - 2).outcome() == Attempt.Outcome.INVALID
                && attempts.get(attempts.size() - 2).provider().equals(provider);
    }
}
