package io.datasage.dataset.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.dataset.config.DatasetConfig;
import io.datasage.dataset.service.Sizes;
import io.datasage.platform.problem.Problem;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses an upload whose declared length is over the limit before a byte of it is read, with the same
 * problem body as every other error (Vert.x's own limit would answer with an empty 413).
 */
@ApplicationScoped
public class UploadSizeFilter {

    // Multipart framing around the file: boundaries, part headers and the small form fields.
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final ObjectMapper mapper;

    public UploadSizeFilter(DatasetConfig config, ObjectMapper mapper) {
        this.maxBytes = config.maxUploadBytes();
        this.mapper = mapper;
    }

    @RouteFilter(100)
    void limitUploads(RoutingContext rc) throws JsonProcessingException {
        String length = rc.request().getHeader("Content-Length");
        if (rc.request().method() == HttpMethod.POST && "/api/datasets".equals(rc.normalizedPath()) && length != null) {
            long declared = parse(length);
            if (declared > maxBytes + FORM_OVERHEAD) {
                Problem problem = Problem.of(413, "Payload Too Large", Sizes.tooLarge(declared, maxBytes));
                rc.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(mapper.writeValueAsString(problem));
                return;
            }
        }
        rc.next();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
