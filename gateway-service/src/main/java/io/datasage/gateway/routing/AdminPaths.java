package io.datasage.gateway.routing;

import io.datasage.platform.problem.Problem;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Keeps every {@code admin} path away from the routes: operators call admin endpoints on the service itself, inside
 * the network, so the gateway answers 404 as if they did not exist, whatever the encoding or dot segments.
 */
final class AdminPaths {

    private AdminPaths() {}

    /** Answers 404 for an admin path; passes every other request on. */
    static void guard(RoutingContext ctx) {
        if (isAdmin(ctx.request().path()) || isAdmin(ctx.normalizedPath())) {
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(Problem.of(404, "Not Found", "No resource at this address.")));
            return;
        }
        ctx.next();
    }

    /** True when any segment of the path, percent-decoded and in any case, is {@code admin}. */
    static boolean isAdmin(String path) {
        if (path == null) {
            return false;
        }
        String decoded = path;
        // Decode repeatedly: %2561dmin becomes %61dmin, then admin.
        for (int i = 0; i < 3 && decoded.indexOf('%') >= 0; i++) {
            try {
                decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return true; // not a path any service would route; refuse rather than guess
            }
        }
        for (String segment : decoded.split("[/\\\\;]")) {
            if (segment.strip().toLowerCase(Locale.ROOT).equals("admin")) {
                return true;
            }
        }
        return false;
    }
}
