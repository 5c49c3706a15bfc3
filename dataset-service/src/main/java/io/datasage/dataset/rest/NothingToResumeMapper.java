package io.datasage.dataset.rest;

import io.datasage.dataset.service.ProgressStream;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A progress stream resumed after its final event: 204, the SSE way of saying "do not reconnect". */
public class NothingToResumeMapper {

    @ServerExceptionMapper
    public Response nothingToResume(ProgressStream.NothingToResume e) {
        return Response.noContent().build();
    }
}
