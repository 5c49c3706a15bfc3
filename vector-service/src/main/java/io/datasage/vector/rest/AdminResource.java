package io.datasage.vector.rest;

import io.datasage.vector.rest.SearchViews.ReindexAccepted;
import io.datasage.vector.service.IndexAdminService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Operations on the index itself, for the {@code admin} group only; the gateway never routes them, so operators call
 * the service directly.
 */
@Path("/api/search/admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final IndexAdminService admin;

    public AdminResource(IndexAdminService admin) {
        this.admin = admin;
    }

    /** Rebuilds the index from the document store in the background; searches keep answering from the old one meanwhile. */
    @POST
    @Path("/reindex")
    public Response reindex() {
        return Response.accepted(new ReindexAccepted("rebuilding", admin.requestRebuild()))
                .build();
    }
}
