package io.datasage.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Finds loopback ports nobody listens on, for tests that start real servers. */
public final class FreePorts {

    /**
     * Every port handed out in this JVM: the system may offer a port again once its probe socket is closed, and two
     * servers given the same number collide (a CI run once gave chat-service dataset-service's port).
     */
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    /** A port that was free a moment ago on 127.0.0.1 and that no earlier call returned. */
    public static int next() {
        while (true) {
            int port = probe();
            if (GIVEN.add(port)) {
                return port;
            }
        }
    }

    private static int probe() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
