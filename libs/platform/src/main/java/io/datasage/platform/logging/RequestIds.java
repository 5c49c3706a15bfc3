package io.datasage.platform.logging;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it looks sane, a new one otherwise. The
 * id is in every log line written for the request ({@code requestId} in the JSON logs), is answered in the
 * response header, and travels on with the request, so the gateway's id is the same in every service it calls.
 */
@ApplicationScoped
public class RequestIds {

    /** The header that carries the id. */
    public static final String HEADER = "X-Request-Id";
    /** The log context key. */
    public static final String MDC_KEY = "requestId";

    // Anything else (too long, control characters) is replaced rather than written into logs.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(-100).handler(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !SANE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                rc.request().headers().set(HEADER, id);
            }
            MDC.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        });
    }
}
