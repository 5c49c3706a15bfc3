package io.datasage.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.datasage.infra.testing.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Admin endpoints are never routed: whatever the spelling of the path, the gateway answers 404 itself instead of
 * passing the request to the service (which, not running here, would make the proxy answer 502).
 */
@QuarkusTest
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class AdminRoutingTest {

    @TestHTTPResource("/")
    URL gateway;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/search/admin/reindex",
                "/api/search/ADMIN/reindex",
                "/api/search/%61dmin/reindex",
                "/api/search/%2561dmin/reindex",
                "/api/search/./admin/reindex",
                "/api/search/x/../admin/reindex",
                "/api/search//admin/reindex",
                "/api/search/admin;x=1/reindex",
                "/api/datasets/admin",
                "/api/chat/admin/anything"
            })
    void adminPathsAnswer404FromTheGateway(String path) throws IOException {
        String response = rawPost(path);
        assertThat(response).startsWith("HTTP/1.1 404");
        assertThat(response).contains("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search/datasets", "/api/datasets/administration-costs"})
    void otherPathsAreStillRouted(String path) throws IOException {
        // Nothing listens behind the route in this test: reaching the proxy shows as 502 or 503.
        assertThat(rawPost(path)).matches("(?s)HTTP/1.1 50[23].*");
    }

    /** Sends the path byte for byte, with no client-side normalisation. */
    private String rawPost(String path) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            in.transferTo(body);
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
