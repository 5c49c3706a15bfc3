package io.datasage.chat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.datasage.infra.testing.OllamaStub;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** A WireMock stand-in for Ollama's chat API, configured as the chat-engine's only provider ({@code stub}). */
public class LlmStub implements QuarkusTestResourceLifecycleManager {

    static final String MODEL = "stub-model";
    private static OllamaStub stub;
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        stub = OllamaStub.start(MODEL);
        server = stub.server();
        Map<String, String> settings = stub.providerSettings("3s");
        settings.put("datasage.llm.roles.chat-engine", "stub");
        settings.put("datasage.llm.health.ttl", "300ms");
        return settings;
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.stop();
        }
    }

    /** An answer in the compact answer schema. */
    static String answer(String text, String spec) {
        return "{\"response_text\": \"" + text + "\", \"chart_spec\": " + spec + ", \"confidence\": \"High\"}";
    }

    /** Ollama's reply carrying {@code content}, not streamed. */
    static ResponseDefinitionBuilder reply(String content) {
        return stub.reply(content);
    }

    /** Ollama's reply carrying {@code content}, streamed as NDJSON in pieces of {@code size} characters. */
    static ResponseDefinitionBuilder streamed(String content, int size) {
        return stub.streamed(content, size);
    }

    /** Tests that run with the stub as the chat-engine provider. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LlmStub.class));
        }
    }
}
