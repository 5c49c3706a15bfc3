package io.datasage.infra.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.HashMap;
import java.util.Map;

/**
 * A WireMock stand-in for Ollama's chat API on loopback, for the services' tests of their LLM roles (no model
 * weights exist on a build machine): the server, the provider settings that point at it, and Ollama's replies.
 */
public final class OllamaStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final String model;

    private OllamaStub(WireMockServer server, String model) {
        this.server = server;
        this.model = model;
    }

    /** A started stub answering as {@code model}. */
    public static OllamaStub start(String model) {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return new OllamaStub(server, model);
    }

    public WireMockServer server() {
        return server;
    }

    /** The settings of provider {@code stub} pointing here, no retries, a circuit breaker that stays closed. */
    public Map<String, String> providerSettings(String timeout) {
        Map<String, String> settings = new HashMap<>();
        settings.put("datasage.llm.providers.stub.kind", "ollama");
        settings.put("datasage.llm.providers.stub.base-url", server.baseUrl());
        settings.put("datasage.llm.providers.stub.model", model);
        settings.put("datasage.llm.providers.stub.timeout", timeout);
        settings.put("datasage.llm.providers.stub.max-retries", "0");
        // Each test's failures stay its own.
        settings.put("datasage.llm.breaker.failures", "100");
        return settings;
    }

    /** Ollama's reply carrying {@code content}, not streamed. */
    public ResponseDefinitionBuilder reply(String content) {
        return aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(line(content, true).toString());
    }

    /** Ollama's reply carrying {@code content}, streamed as NDJSON in pieces of {@code size} characters. */
    public ResponseDefinitionBuilder streamed(String content, int size) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < content.length(); i += size) {
            lines.append(line(content.substring(i, Math.min(content.length(), i + size)), false))
                    .append('\n');
        }
        lines.append(line("", true)).append('\n');
        return aResponse().withHeader("Content-Type", "application/x-ndjson").withBody(lines.toString());
    }

    public void stop() {
        server.stop();
    }

    private ObjectNode line(String content, boolean done) {
        ObjectNode body = JSON.createObjectNode().put("model", model).put("created_at", "2024-05-01T10:00:00Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done", done);
        if (done) {
            body.put("done_reason", "stop").put("prompt_eval_count", 300).put("eval_count", 40);
        }
        return body;
    }
}
