package io.datasage.platform.problem;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The document store is unreachable (restarting, failing over, network): 503 with a problem body and a
 * Retry-After, so that clients retry instead of reading a 500 as a bug.
 */
public class StoreUnavailableMapper {

    /** Seconds a client should wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper({MongoTimeoutException.class, MongoSocketException.class})
    public Response storeUnavailable(RuntimeException e) {
        Log.warnf("The document store is unreachable: %s", e.getMessage());
        return Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(Problem.of(
                        503,
                        "Service Unavailable",
                        "The document store is unreachable right now (it may be restarting), so this request was"
                                + " not completed; what was saved before is safe. Try again in a few seconds."))
                .build();
    }
}
