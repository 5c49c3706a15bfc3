package io.datasage.dashboard;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock stand-in for dataset-service and chat-service (other services: the one kind of HTTP peer tests may
 * stub); each test registers the datasets and conversations its user owns.
 */
public class PeerServicesStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of(
                "quarkus.rest-client.dataset-service.url", server.baseUrl(),
                "quarkus.rest-client.chat-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
