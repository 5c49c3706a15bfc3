package io.datasage.platform.problem;

import java.time.Duration;

/** Thrown by services to end a request with a specific status and a message the caller can act on. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Duration retryAfter;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ProblemException(int status, String title, String detail, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    /** 400: the request itself is wrong. */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    /** 401: no valid credentials. */
    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail);
    }

    /** 404: missing, or owned by someone else (never confirm another user's ids). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    /** 409: conflicts with what is stored. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    /** 413: the body is larger than allowed. */
    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "Payload Too Large", detail);
    }

    /** 415: the content is not of a kind we accept. */
    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "Unsupported Media Type", detail);
    }

    /** 422: well-formed but does not fit the data. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail);
    }

    /** 507: the server has no room to store what was sent. */
    public static ProblemException insufficientStorage(String detail) {
        return new ProblemException(507, "Insufficient Storage", detail);
    }

    /** 429: slow down; {@code retryAfter} says for how long. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(429, "Too Many Requests", detail, retryAfter);
    }

    /** HTTP status. */
    public int status() {
        return status;
    }

    /** Short, status-level title. */
    public String title() {
        return title;
    }

    /** How long the client should wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
