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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Refuses an upload whose declared length is over the limit, or more than the storage root has free, before a
 * byte of it is read, with the same problem body as every other error (Vert.x's own limit would answer with an
 * empty 413, and a full disk with a broken upload).
 */
@ApplicationScoped
public class UploadSizeFilter {

    // Multipart framing around the file: boundaries, part headers and the small form fields.
    private static final long FORM_OVERHEAD = 64 * 1024;

    private static final Pattern FILE = Pattern.compile("/api/datasets/[^/]+/file");

    private final long maxBytes;
    private final Path storageRoot;
    private final ObjectMapper mapper;

    public UploadSizeFilter(DatasetConfig config, ObjectMapper mapper) {
        this.maxBytes = config.maxUploadBytes();
        this.storageRoot = config.storageRoot();
        this.mapper = mapper;
    }

    @RouteFilter(100)
    void limitUploads(RoutingContext rc) throws JsonProcessingException {
        String length = rc.request().getHeader("Content-Length");
        if (isUpload(rc) && length != null) {
            long declared = parse(length);
            if (declared > maxBytes + FORM_OVERHEAD) {
                refuse(rc, Problem.of(413, "Payload Too Large", Sizes.tooLarge(declared, maxBytes)));
                return;
            }
            long free = freeSpace();
            if (declared > free) {
                refuse(rc, Problem.of(507, "Insufficient Storage", Sizes.storageFull(declared, free)));
                return;
            }
        }
        rc.next();
    }

    /** A new dataset ({@code POST /api/datasets}) or a new file for one ({@code PUT /api/datasets/{id}/file}). */
    private static boolean isUpload(RoutingContext rc) {
        String path = rc.normalizedPath();
        return (rc.request().method() == HttpMethod.POST && "/api/datasets".equals(path))
                || (rc.request().method() == HttpMethod.PUT
                        && FILE.matcher(path).matches());
    }

    private void refuse(RoutingContext rc, Problem problem) throws JsonProcessingException {
        rc.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(mapper.writeValueAsString(problem));
    }

    private long freeSpace() {
        try {
            return Files.getFileStore(storageRoot).getUsableSpace();
        } catch (IOException e) {
            // Unknown: let the upload try; a write that fails is answered by the upload itself.
            return Long.MAX_VALUE;
        }
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
