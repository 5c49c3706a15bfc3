package io.datasage.systemtest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in OpenTelemetry collector on loopback: accepts OTLP/HTTP exports and keeps their bodies, so a test can
 * see which services reported spans of a trace (trace ids and service names appear verbatim in the protobuf).
 */
final class SpanSink implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private SpanSink(HttpServer server) {
        this.server = server;
    }

    /** Starts listening on a free loopback port. */
    static SpanSink start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        SpanSink sink = new SpanSink(server);
        server.createContext("/", exchange -> {
            sink.exports.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return sink;
    }

    /** The endpoint to give the services. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether an export holds a span of {@code traceId} reported by {@code service}. */
    boolean received(String traceId, String service) {
        byte[] id = HexFormat.of().parseHex(traceId);
        byte[] name = service.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return exports.stream().anyMatch(body -> contains(body, id) && contains(body, name));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
