package io.datasage.ai.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Reads what went wrong from the exceptions LangChain4j and the JDK HTTP client throw. */
final class Failures {

    private static final int MAX_MESSAGE = 300;

    private Failures() {}

    static ProviderFailure classify(String provider, Throwable error) {
        if (error instanceof ProviderFailure) {
            return (ProviderFailure) error;
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException) {
                int status = ((HttpException) t).statusCode();
                return failure(provider, kindOf(status), status, t, error);
            }
            if (t instanceof HttpConnectTimeoutException
                    || t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException
                    || t instanceof UnresolvedModelServerException) {
                return failure(provider, ProviderFailure.Kind.CONNECTION, 0, t, error);
            }
            if (t instanceof HttpTimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return failure(provider, ProviderFailure.Kind.TIMEOUT, 0, t, error);
            }
            if (t instanceof RateLimitException) {
                return failure(provider, ProviderFailure.Kind.RATE_LIMITED, 429, t, error);
            }
            if (t instanceof InternalServerException) {
                return failure(provider, ProviderFailure.Kind.SERVER_ERROR, 500, t, error);
            }
        }
        return failure(provider, ProviderFailure.Kind.OTHER, 0, error, error);
    }

    private static ProviderFailure.Kind kindOf(int status) {
        if (status == 429) {
            return ProviderFailure.Kind.RATE_LIMITED;
        }
        if (status == 408) {
            return ProviderFailure.Kind.TIMEOUT;
        }
        return status >= 500 ? ProviderFailure.Kind.SERVER_ERROR : ProviderFailure.Kind.CLIENT_ERROR;
    }

    private static ProviderFailure failure(
            String provider, ProviderFailure.Kind kind, int status, Throwable found, Throwable error) {
        String detail = found.getMessage() == null ? found.getClass().getSimpleName() : found.getMessage();
        if (detail.length() > MAX_MESSAGE) {
            detail = detail.substring(0, MAX_MESSAGE) + "...";
        }
        String what = status > 0
                ? kind.name().toLowerCase(java.util.Locale.ROOT) + " (HTTP " + status + ")"
                : kind.name().toLowerCase();
        return new ProviderFailure(kind, status, "provider '" + provider + "': " + what + ": " + detail, error);
    }
}
