package io.datasage.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** A WireMock stand-in for Ollama's chat API, configured as the chat-engine's only provider ({@code stub}). */
public class LlmStub implements QuarkusTestResourceLifecycleManager {

    static final String MODEL = "stub-model";
    private static final ObjectMapper JSON = new ObjectMapper();
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of(
                "datasage.llm.providers.stub.kind", "ollama",
                "datasage.llm.providers.stub.base-url", server.baseUrl(),
                "datasage.llm.providers.stub.model", MODEL,
                "datasage.llm.providers.stub.timeout", "3s",
                "datasage.llm.providers.stub.max-retries", "0",
                "datasage.llm.roles.chat-engine", "stub",
                "datasage.llm.health.ttl", "300ms",
                // Each test's failures stay its own.
                "datasage.llm.breaker.failures", "100");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** An answer in the compact answer schema. */
    static String answer(String text, String spec) {
        return "{\"response_text\": \"" + text + "\", \"chart_spec\": " + spec + ", \"confidence\": \"High\"}";
    }

    /** Ollama's reply carrying {@code content}, not streamed. */
    static ResponseDefinitionBuilder reply(String content) {
        return aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(line(content, true).toString());
    }

    /** Ollama's reply carrying {@code content}, streamed as NDJSON in pieces of {@code size} characters. */
    static ResponseDefinitionBuilder streamed(String content, int size) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < content.length(); i += size) {
            lines.append(line(content.substring(i, Math.min(content.length(), i + size)), false))
                    .append('\n');
        }
        lines.append(line("", true)).append('\n');
        return aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(lines.toString());
    }

    private static ObjectNode line(String content, boolean done) {
        ObjectNode body = JSON.createObjectNode().put("model", MODEL).put("created_at", "2024-05-01T10:00:00Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done", done);
        if (done) {
            body.put("done_reason", "stop").put("prompt_eval_count", 300).put("eval_count", 40);
        }
        return body;
    }

    /** Tests that run with the stub as the chat-engine provider. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LlmStub.class));
        }
    }
}
