package io.datasage.gateway.routing;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The instances of one routed service, taken in turn. An instance that refuses a connection is skipped for a
 * while and the request goes to the next one; nothing has been sent at that point, so even an upload is safe to
 * hand on. When every instance looks down, each is still tried once, in order.
 */
final class InstancePool {

    private final String service;
    private final List<SocketAddress> instances;
    private final AtomicLongArray downUntil;
    private final AtomicInteger next = new AtomicInteger();
    private final long pauseNanos;

    InstancePool(String service, List<String> baseUrls, long pauseMillis) {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("no instance configured for " + service);
        }
        this.service = service;
        this.instances = baseUrls.stream()
                .map(url -> URI.create(url.trim()))
                .map(uri -> SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost()))
                .toList();
        this.downUntil = new AtomicLongArray(instances.size());
        this.pauseNanos = pauseMillis * 1_000_000L;
    }

    /** The instances, for logging. */
    List<SocketAddress> instances() {
        return instances;
    }

    /** A request connected to the first instance that accepts, in round-robin order with healthy ones first. */
    Future<HttpClientRequest> connect(HttpClient client) {
        return attempt(client, order(), 0, null);
    }

    private Future<HttpClientRequest> attempt(HttpClient client, List<Integer> order, int i, Throwable last) {
        if (i == order.size()) {
            return Future.failedFuture(last);
        }
        int index = order.get(i);
        SocketAddress target = instances.get(index);
        return client.request(new RequestOptions().setServer(target)).recover(error -> {
            downUntil.set(index, System.nanoTime() + pauseNanos);
            if (i + 1 < order.size()) {
                Log.warnf(
                        "%s at %s refused the connection (%s); trying the next instance",
                        service, target, error.getMessage());
            }
            return attempt(client, order, i + 1, error);
        });
    }

    /** Every instance once, starting at the round-robin position; instances marked down go last. */
    private List<Integer> order() {
        int n = instances.size();
        int start = Math.floorMod(next.getAndIncrement(), n);
        long now = System.nanoTime();
        List<Integer> up = new ArrayList<>(n);
        List<Integer> down = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int index = (start + k) % n;
            (downUntil.get(index) - now > 0 ? down : up).add(index);
        }
        up.addAll(down);
        return up;
    }
}
