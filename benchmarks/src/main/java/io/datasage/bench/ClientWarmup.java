package io.datasage.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Readies the benchmark's own side before the stack's first requests are timed: its HTTP client and JSON parsing
 * run compiled (warmed against a loopback sink in this JVM, never against the stack), and the files it just wrote are
 * on disk rather than being written back while the stack works. Without this the "first vs tenth" row timed a cold
 * client next to a warm one; a browser or curl brings no such cost.
 */
final class ClientWarmup {

    private static final byte[] ANSWER =
            "{\"dataset\":{\"id\":\"warm-up\",\"status\":\"READY\"}}".getBytes(StandardCharsets.UTF_8);

    private ClientWarmup() {}

    /** Sends {@code file} as an upload {@code times} times to a sink that drains it, and reads each answer. */
    static void warm(Path file, int times) throws IOException, InterruptedException {
        HttpServer sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sink.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ANSWER.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ANSWER);
            }
        });
        sink.start();
        try {
            StackClient client =
                    new StackClient("http://127.0.0.1:" + sink.getAddress().getPort());
            for (int i = 0; i < times; i++) {
                client.upload(file, file.getFileName().toString());
                client.get("/api/datasets/warm-up");
            }
        } finally {
            sink.stop(0);
        }
    }

    /** Forces each file's written pages to disk, so that their write-back does not overlap the timed requests. */
    static void flush(Path... files) throws IOException {
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }
}
