package io.datasage.ai.llm;

import io.datasage.ai.validation.InvalidAnswerException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Asks a role's providers in order until one gives a reply that passes the caller's check. A reply that fails the
 * check is sent back to the same provider once with the error; a provider that fails (timeout, connection, HTTP
 * error) or whose circuit is open passes the question to the next one. Everything happens within the question's
 * deadline; when no provider produced a usable reply the result is empty and the caller answers offline. One
 * router serves the whole service: thread-safe; {@link #close()} at shutdown.
 */
public final class LlmRouter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LlmRouter.class.getName());

    private final RouterSettings settings;
    private final Map<String, Provider> providers = new LinkedHashMap<>();
    private final ExecutorService executor;
    private final HealthCache health;
    private final LongSupplier nanoClock;

    public LlmRouter(RouterSettings settings) {
        this(settings, System::nanoTime, Clock.systemUTC(), Provider.Sleeper.REAL);
    }

    LlmRouter(RouterSettings settings, LongSupplier nanoClock, Clock clock, Provider.Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.nanoClock = nanoClock;
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        this.health = new HealthCache(settings.healthTtl(), settings.healthTimeout(), clock);
        for (String name : usedProviders()) {
            ProviderSettings p = settings.providers().get(name);
            RetryPolicy retry = new RetryPolicy(p.maxRetries(), settings.retryBackoff(), settings.retryBackoffMax());
            providers.put(
                    name,
                    new Provider(
                            p,
                            new LangChainBackend(p, executor),
                            new CircuitBreaker(settings.breakerFailures(), settings.breakerOpenFor(), nanoClock),
                            retry,
                            sleeper));
        }
    }

    /** Whether {@code role} has at least one provider; without one the caller should not build a prompt at all. */
    public boolean configured(ModelRole role) {
        return !settings.providersFor(role).isEmpty();
    }

    /** The provider names of {@code role}, in order. */
    public List<String> providersFor(ModelRole role) {
        return settings.providersFor(role);
    }

    /**
     * Asks {@code role}'s providers for a reply that passes {@code check}.
     *
     * @param stream sees replies while they stream, or null to call the providers without streaming
     * @return the first usable value and its provider, or an empty result with every attempt
     */
    public <T> RouteResult<T> ask(ModelRole role, LlmRequest request, AnswerCheck<T> check, RawStream stream) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(check, "check");
        Deadline deadline = new Deadline(nanoClock, settings.deadline());
        List<Attempt> attempts = new ArrayList<>();
        for (String name : settings.providersFor(role)) {
            Provider provider = providers.get(name);
            LlmRequest current = request;
            for (int round = 0; round < 2; round++) {
                long start = nanoClock.getAsLong();
                String reply;
                try {
                    reply = provider.call(current, deadline, stream);
                } catch (ProviderFailure failure) {
                    discard(stream);
                    boolean skipped = failure.kind() == ProviderFailure.Kind.CIRCUIT_OPEN
                            || failure.kind() == ProviderFailure.Kind.DEADLINE;
                    attempts.add(new Attempt(
                            name,
                            skipped ? Attempt.Outcome.SKIPPED : Attempt.Outcome.FAILED,
                            failure.getMessage(),
                            millisSince(start)));
                    break;
                }
                try {
                    T value = check.check(reply);
                    attempts.add(new Attempt(name, Attempt.Outcome.ANSWERED, "", millisSince(start)));
                    return new RouteResult<>(value, name, provider.settings().model(), attempts);
                } catch (InvalidAnswerException invalid) {
                    discard(stream);
                    attempts.add(new Attempt(name, Attempt.Outcome.INVALID, invalid.getMessage(), millisSince(start)));
                    current = current.repair(reply, invalid.getMessage());
                } catch (RuntimeException bug) {
                    // A check that breaks on some reply must not break the answer: the next provider or the planner
                    // answers. It is a bug all the same, logged with its stack.
                    LOG.log(System.Logger.Level.WARNING, "The check of a reply from " + name + " failed", bug);
                    discard(stream);
                    attempts.add(
                            new Attempt(name, Attempt.Outcome.INVALID, "check failed: " + bug, millisSince(start)));
                    break;
                }
            }
        }
        return new RouteResult<>(null, null, null, attempts);
    }

    /** The providers' last known health (checks run in the background when stale; this never blocks). */
    public List<HealthStatus> health() {
        List<HealthStatus> statuses = new ArrayList<>();
        providers.values().forEach(p -> statuses.add(health.status(p)));
        return statuses;
    }

    /** Refreshes stale health results and completes with all of them. */
    public CompletableFuture<List<HealthStatus>> refreshHealth() {
        List<CompletableFuture<HealthStatus>> checks = new ArrayList<>();
        providers.values().forEach(p -> checks.add(health.refresh(p)));
        return CompletableFuture.allOf(checks.toArray(new CompletableFuture<?>[0]))
                .thenApply(v -> checks.stream().map(CompletableFuture::join).toList());
    }

    /** The circuit state of provider {@code name}. */
    public CircuitBreaker.State circuit(String name) {
        Provider p = providers.get(name);
        if (p == null) {
            throw new IllegalArgumentException("provider '" + name + "' is not used by any role");
        }
        return p.breaker().state();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Set<String> usedProviders() {
        Set<String> used = new LinkedHashSet<>();
        for (ModelRole role : ModelRole.values()) {
            used.addAll(settings.providersFor(role));
        }
        return used;
    }

    private long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - startNanos);
    }

    private static void discard(RawStream stream) {
        if (stream != null) {
            stream.discard();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "llm-call-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
