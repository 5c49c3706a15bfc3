package io.datasage.ai.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health checks and the question's deadline, against WireMock stubs. */
class LlmRouterTest {

    private static WireMockServer server;

    @BeforeAll
    static void startStubs() {
        server = ProviderStubs.start();
    }

    @AfterAll
    static void stopStubs() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    @Test
    void healthIsCheckedWithTheProvidersCheapEndpointsAndCached() throws Exception {
        server.stubFor(get("/api/tags")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"models\":[]}")));
        server.stubFor(get("/v1/models").willReturn(aResponse().withStatus(401)));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, ProviderSettings> providers = new LinkedHashMap<>();
        providers.put("local", ProviderSettings.of("local", ProviderKind.OLLAMA, server.baseUrl(), "llama3.1", null));
        providers.put(
                "cloud",
                ProviderSettings.of("cloud", ProviderKind.OPENAI, server.baseUrl() + "/v1", "gpt-4o-mini", "sk-test"));
        providers.put(
                "gone",
                ProviderSettings.of("gone", ProviderKind.OLLAMA, "http://127.0.0.1:" + closedPort, "qwen3:0.6b", null));
        providers.put(
                "unused",
                ProviderSettings.of("unused", ProviderKind.OPENAI, "https://api.openai.com/v1", "gpt-4o", "sk-x"));
        try (LlmRouter router = new LlmRouter(RouterSettings.of(
                        providers,
                        Map.of(
                                ModelRole.CHAT_ENGINE,
                                List.of("local", "cloud"),
                                ModelRole.VISUALIZATION_ENGINE,
                                List.of("gone")))
                // A loaded build machine can take seconds to answer the first request: "up" must not depend on it.
                .withHealthTimeout(Duration.ofSeconds(20)))) {

            List<HealthStatus> first = router.refreshHealth().get(30, TimeUnit.SECONDS);
            List<HealthStatus> cached = router.health();

            assertThat(first).extracting(HealthStatus::provider).containsExactly("local", "cloud", "gone");
            assertThat(first).extracting(HealthStatus::state).containsExactly("up", "down", "down");
            assertThat(first.get(1).detail()).isEqualTo("HTTP 401");
            assertThat(first.get(2).detail()).contains("connection");
            assertThat(cached).isEqualTo(first);
            server.verify(1, getRequestedFor(urlEqualTo("/api/tags")));
            server.verify(
                    1,
                    getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization", equalTo("Bearer sk-test")));
        }
    }

    @Test
    void theQuestionsDeadlineCutsASlowCallShortAndSkipsTheRestWithoutBlamingTheProvider() {
        server.stubFor(post("/api/chat")
                .willReturn(ProviderStubs.ollama("llama3.1", "{}").withFixedDelay(3_000)));
        Map<String, ProviderSettings> providers = new LinkedHashMap<>();
        providers.put("local", ProviderSettings.of("local", ProviderKind.OLLAMA, server.baseUrl(), "llama3.1", null));
        providers.put(
                "cloud",
                ProviderSettings.of("cloud", ProviderKind.OPENAI, server.baseUrl() + "/v1", "gpt-4o-mini", "sk-test"));
        RouterSettings settings = RouterSettings.of(providers, Map.of(ModelRole.CHAT_ENGINE, List.of("local", "cloud")))
                .withDeadline(Duration.ofMillis(500))
                .withBreaker(1, Duration.ofSeconds(30));
        try (LlmRouter router = new LlmRouter(settings)) {
            long start = System.nanoTime();

            RouteResult<String> result =
                    router.ask(ModelRole.CHAT_ENGINE, LlmRequest.of("rules", "question", null), reply -> reply, null);

            assertThat(result.answered()).isFalse();
            assertThat(result.attempts())
                    .extracting(Attempt::outcome)
                    .containsExactly(Attempt.Outcome.FAILED, Attempt.Outcome.SKIPPED);
            assertThat(result.attempts().get(1).detail()).contains("no time left");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_500);
            assertThat(router.circuit("local")).isEqualTo(CircuitBreaker.State.CLOSED);
        }
    }
}
