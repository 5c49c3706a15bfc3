package io.datasage.dashboard;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.datasage.infra.testing.OllamaStub;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** A WireMock stand-in for Ollama's chat API as the layout designer's and summary engine's only provider. */
public class ModelStub implements QuarkusTestResourceLifecycleManager {

    static final String MODEL = "stub-designer";
    private static OllamaStub stub;
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        stub = OllamaStub.start(MODEL);
        server = stub.server();
        // A loaded build machine must not turn an instant stub reply into a timeout.
        Map<String, String> settings = stub.providerSettings("20s");
        settings.put("datasage.llm.roles.layout-designer", "stub");
        settings.put("datasage.llm.roles.summary-engine", "stub");
        return settings;
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.stop();
        }
    }

    /** Ollama's non-streamed reply carrying {@code content}. */
    static ResponseDefinitionBuilder reply(String content) {
        return stub.reply(content);
    }

    /** Tests that run with the stub as the layout designer and summary engine. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ModelStub.class));
        }
    }
}
