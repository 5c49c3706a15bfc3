package io.datasage.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that leaves a resource into one {@code application/problem+json} body. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = build(Problem.of(e.status(), e.title(), e.getMessage()));
        if (e.retryAfter() != null) {
            builder.header("Retry-After", Math.max(1, (e.retryAfter().toMillis() + 999) / 1000));
        }
        return builder.build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e) {
        return build(Problem.of(
                        401,
                        "Unauthorized",
                        "A valid bearer token is required: log in and send it as 'Authorization: Bearer <token>'."))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return build(Problem.of(403, "Forbidden", "Your account may not perform this action."))
                .build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return build(Problem.of(400, "Bad Request", "The request body is not valid JSON: " + e.getOriginalMessage()))
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String title = original.getStatusInfo().getReasonPhrase();
        return build(Problem.of(status, title == null ? "Error" : title, detailFor(status, e)))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Log.error("Unhandled error", e);
        return build(Problem.of(
                        500, "Internal Server Error", "Something went wrong on our side; the error was logged."))
                .build();
    }

    private static String detailFor(int status, WebApplicationException e) {
        if (status == 404) {
            return "No resource at this address.";
        }
        if (status == 405) {
            return "This address does not accept that method.";
        }
        if (status == 415) {
            return "Unsupported content type: " + e.getMessage();
        }
        return e.getMessage();
    }

    private static Response.ResponseBuilder build(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
