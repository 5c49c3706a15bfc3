package io.datasage.ai.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Cached health checks: Ollama's {@code GET /api/tags}, an OpenAI-compatible {@code GET /models}. A result is
 * reused for the TTL; a stale one is refreshed in the background, so asking never blocks.
 */
final class HealthCache {

    private final HttpClient http;
    private final Duration ttl;
    private final Duration timeout;
    private final Clock clock;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    HealthCache(Duration ttl, Duration timeout, Clock clock) {
        this.ttl = ttl;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The last result for {@code provider}, starting a refresh when it is missing or stale. */
    HealthStatus status(Provider provider) {
        refresh(provider);
        return toStatus(provider, entries.get(provider.settings().name()));
    }

    /** Refreshes {@code provider} when stale and completes when its result is current. */
    CompletableFuture<HealthStatus> refresh(Provider provider) {
        String name = provider.settings().name();
        Entry entry = entries.computeIfAbsent(name, n -> new Entry());
        CompletableFuture<Void> running;
        synchronized (entry) {
            boolean fresh = entry.checkedAt != null && entry.checkedAt.plus(ttl).isAfter(clock.instant());
            if (entry.running == null && !fresh) {
                CompletableFuture<Void> started = check(provider, entry);
                // A check that failed at once has already recorded its result.
                entry.running = started.isDone() ? null : started;
                running = started;
            } else {
                running = entry.running == null ? CompletableFuture.completedFuture(null) : entry.running;
            }
        }
        return running.thenApply(v -> toStatus(provider, entry));
    }

    private CompletableFuture<Void> check(Provider provider, Entry entry) {
        ProviderSettings s = provider.settings();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(s.baseUrl() + s.kind().healthPath()))
                .timeout(timeout)
                .GET();
        if (s.apiKey() != null) {
            request.header("Authorization", "Bearer " + s.apiKey());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    synchronized (entry) {
                        if (error != null) {
                            entry.state = "down";
                            entry.detail = Failures.classify(s.name(), error).getMessage();
                        } else {
                            entry.state = response.statusCode() < 400 ? "up" : "down";
                            entry.detail = "HTTP " + response.statusCode();
                        }
                        entry.checkedAt = clock.instant();
                        entry.running = null;
                    }
                    return null;
                });
    }

    private static HealthStatus toStatus(Provider provider, Entry entry) {
        ProviderSettings s = provider.settings();
        synchronized (entry) {
            return new HealthStatus(
                    s.name(),
                    s.kind(),
                    s.model(),
                    entry.state,
                    entry.detail,
                    provider.breaker().state(),
                    entry.checkedAt);
        }
    }

    private static final class Entry {
        String state = "unknown";
        String detail = "not checked yet";
        Instant checkedAt;
        CompletableFuture<Void> running;
    }
}
