package io.datasage.gateway.routing;

import io.datasage.gateway.config.GatewayConfig;
import io.datasage.platform.problem.Problem;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes {@code /api/<area>/**} to the service that owns the area, balancing over its instances when there are
 * several. Bodies and server-sent events stream through Vert.x's reverse proxy chunk by chunk: nothing is buffered
 * whole, so a 1 GiB upload costs no heap. Admin paths are never routed ({@link AdminPaths}).
 */
@ApplicationScoped
public class ServiceRoutes {

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, SharedLinkLimiter limiter) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true).setConnectTimeout(5_000));
        router.route("/api/*").order(-11).handler(AdminPaths::guard);
        // Share links need no account: limit them per client address before they reach dashboard-service.
        router.routeWithRegex("^/api/shared(/.*)?$").order(-12).handler(ctx -> {
            long wait = limiter.acquire(ctx.request().remoteAddress().host());
            if (wait == 0) {
                ctx.next();
                return;
            }
            ctx.response()
                    .setStatusCode(429)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", Long.toString(wait))
                    .end(Json.encode(Problem.of(
                            429,
                            "Too Many Requests",
                            "Too many requests for shared dashboards from your address; try again in " + wait
                                    + " seconds.")));
        });
        long pause = config.instanceDownPause().toMillis();
        for (Map.Entry<String, List<String>> route : routes(config).entrySet()) {
            InstancePool pool = new InstancePool(route.getKey(), route.getValue(), pause);
            HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider((request, c) -> pool.connect(c));
            router.routeWithRegex("^/api/" + route.getKey() + "(/.*)?$")
                    .order(-10)
                    .handler(ProxyHandler.create(proxy));
            Log.infof("Routing /api/%s/** to %s", route.getKey(), pool.instances());
        }
    }

    /** Area under {@code /api/} to the base URLs of its owner's instances. */
    static Map<String, List<String>> routes(GatewayConfig config) {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put("datasets", config.services().dataset());
        routes.put("chat", config.services().chat());
        routes.put("dashboards", config.services().dashboard());
        routes.put("charts", config.services().dashboard());
        routes.put("shared", config.services().dashboard());
        routes.put("search", config.services().vector());
        return routes;
    }
}
