package io.datasage.dashboard;

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

/** A WireMock stand-in for Ollama's chat API as the layout designer's and summary engine's only provider. */
public class ModelStub implements QuarkusTestResourceLifecycleManager {

    static final String MODEL = "stub-designer";
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
                // A loaded build machine must not turn an instant stub reply into a timeout.
                "datasage.llm.providers.stub.timeout", "20s",
                "datasage.llm.providers.stub.max-retries", "0",
                "datasage.llm.roles.layout-designer", "stub",
                "datasage.llm.roles.summary-engine", "stub",
                "datasage.llm.breaker.failures", "100");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Ollama's non-streamed reply carrying {@code content}. */
    static ResponseDefinitionBuilder reply(String content) {
        ObjectNode body = JSON.createObjectNode().put("model", MODEL).put("created_at", "2024-05-01T10:00:00Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done", true)
                .put("done_reason", "stop")
                .put("prompt_eval_count", 300)
                .put("eval_count", 40);
        return aResponse().withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** Tests that run with the stub as the layout designer and summary engine. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ModelStub.class));
        }
    }
}
